package io.github.fiscaltransfer.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The serialization module's descriptor, as compiled: it exports its API only ({@code jackson}, {@code jackson.csv}),
 * opens its JSON shapes to Jackson alone, and provides its Jackson {@code Module} for discovery.
 */
class SerializationModuleTest {

  private static ModuleDescriptor descriptor() throws URISyntaxException {
    Path classes = Path.of(FiscalTransferModule.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Set<ModuleReference> modules = ModuleFinder.of(classes).findAll();
    assertEquals(1, modules.size(), "one module at " + classes);
    return modules.iterator().next().descriptor();
  }

  @Test
  void exportsOnlyTheApiPackages() throws URISyntaxException {
    ModuleDescriptor module = descriptor();
    assertEquals("io.github.fiscaltransfer.jackson", module.name());
    assertEquals(Map.of("io.github.fiscaltransfer.jackson", Set.of(), "io.github.fiscaltransfer.jackson.csv", Set.of()),
        module.exports().stream().collect(
            Collectors.toMap(ModuleDescriptor.Exports::source, ModuleDescriptor.Exports::targets)));
  }

  @Test
  void opensTheJsonShapesToJacksonAlone() throws URISyntaxException {
    assertEquals(Map.of("io.github.fiscaltransfer.jackson.binding", Set.of("com.fasterxml.jackson.databind")),
        descriptor().opens().stream().collect(
            Collectors.toMap(ModuleDescriptor.Opens::source, ModuleDescriptor.Opens::targets)));
  }

  @Test
  void providesItsJacksonModule() throws URISyntaxException {
    assertEquals(Map.of("com.fasterxml.jackson.databind.Module", List.of(FiscalTransferModule.class.getName())),
        descriptor().provides().stream().collect(
            Collectors.toMap(ModuleDescriptor.Provides::service, ModuleDescriptor.Provides::providers)));
  }
}
