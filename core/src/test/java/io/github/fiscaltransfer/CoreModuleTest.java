package io.github.fiscaltransfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fiscaltransfer.money.CnyAmount;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Core's module descriptor, as compiled: every domain package exported to all, {@code internal} to none. */
class CoreModuleTest {

  static ModuleDescriptor descriptorOf(Class<?> type) throws URISyntaxException {
    Path classes = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    Set<ModuleReference> modules = ModuleFinder.of(classes).findAll();
    assertEquals(1, modules.size(), "one module at " + classes);
    return modules.iterator().next().descriptor();
  }

  @Test
  void exportsEveryPackageButInternal() throws URISyntaxException {
    ModuleDescriptor core = descriptorOf(CnyAmount.class);
    assertEquals("io.github.fiscaltransfer.core", core.name());
    Set<String> exported = core.exports().stream()
        .peek(export -> assertTrue(export.targets().isEmpty(), "unqualified: " + export))
        .map(ModuleDescriptor.Exports::source).collect(Collectors.toCollection(TreeSet::new));
    Set<String> expected = new TreeSet<>(core.packages());
    expected.remove("io.github.fiscaltransfer.internal");
    assertEquals(expected, exported);
    assertEquals(Set.of("io.github.fiscaltransfer.allocation", "io.github.fiscaltransfer.budget",
        "io.github.fiscaltransfer.deadline", "io.github.fiscaltransfer.document", "io.github.fiscaltransfer.evaluation",
        "io.github.fiscaltransfer.hierarchy", "io.github.fiscaltransfer.identifier", "io.github.fiscaltransfer.money",
        "io.github.fiscaltransfer.notice", "io.github.fiscaltransfer.performance", "io.github.fiscaltransfer.policy",
        "io.github.fiscaltransfer.rules",
        "io.github.fiscaltransfer.subject", "io.github.fiscaltransfer.target", "io.github.fiscaltransfer.unit",
        "io.github.fiscaltransfer.validation",
        "io.github.fiscaltransfer"), exported);
    assertTrue(core.opens().isEmpty(), "nothing opened");
  }

  @Test
  void requiresTheMoneyApiAndNoImplementation() throws URISyntaxException {
    Set<String> required = descriptorOf(CnyAmount.class).requires().stream()
        .map(ModuleDescriptor.Requires::name).collect(Collectors.toSet());
    assertEquals(Set.of("java.base", "java.money", "org.immutables.value.annotations"), required);
  }
}
