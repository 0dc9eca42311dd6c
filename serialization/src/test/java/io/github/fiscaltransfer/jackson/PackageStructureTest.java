package io.github.fiscaltransfer.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The compiled classes of the serialization module, as shipped: the only public types are the API and the binding
 * package's one entry point, and the packages' references to one another form no cycle.
 */
class PackageStructureTest {

  private static final String ROOT = "io.github.fiscaltransfer.jackson";
  private static final Set<String> API = Set.of(
      ROOT + ".FiscalTransferModule", ROOT + ".FiscalTransferMappers", ROOT + ".FiscalTransferFeature",
      ROOT + ".DocumentFormat", ROOT + ".csv.AllocationTableCsv", ROOT + ".csv.AllocationTableCsvException",
      ROOT + ".binding.JsonBindings");
  /** A class name of this module as it appears in a class file's constant pool. */
  private static final Pattern REFERENCE =
      Pattern.compile("io/github/fiscaltransfer/jackson/(?:[a-z]+/)*[A-Z][A-Za-z0-9_$]*");

  private static Path classes() throws URISyntaxException {
    return Path.of(FiscalTransferModule.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  private static List<Path> classFiles() throws IOException, URISyntaxException {
    Path root = classes();
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(f -> f.toString().endsWith(".class"))
          .filter(f -> !f.getFileName().toString().equals("module-info.class")
              && !f.getFileName().toString().equals("package-info.class"))
          .sorted().toList();
    }
  }

  private static String className(Path file) throws URISyntaxException {
    String relative = classes().relativize(file).toString().replace('\\', '/');
    return relative.substring(0, relative.length() - ".class".length()).replace('/', '.');
  }

  private static String packageOf(String className) {
    return className.substring(0, className.lastIndexOf('.'));
  }

  /** Whether code outside the package can name the type: it and every type enclosing it are public. */
  private static boolean visible(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getDeclaringClass()) {
      if (!Modifier.isPublic(t.getModifiers())) {
        return false;
      }
    }
    return !type.isAnonymousClass() && !type.isLocalClass() && !type.isSynthetic();
  }

  @Test
  void theOnlyPublicTypesAreTheApiAndTheBindingEntryPoint() throws Exception {
    Set<String> visible = new TreeSet<>();
    for (Path file : classFiles()) {
      Class<?> type = Class.forName(className(file), false, FiscalTransferModule.class.getClassLoader());
      if (visible(type)) {
        visible.add(type.getName());
      }
    }
    assertEquals(new TreeSet<>(API), visible);
  }

  @Test
  void thePackagesReferenceEachOtherWithoutACycle() throws Exception {
    Map<String, Set<String>> uses = new TreeMap<>();
    for (Path file : classFiles()) {
      String from = packageOf(className(file));
      Set<String> targets = uses.computeIfAbsent(from, p -> new TreeSet<>());
      Matcher m = REFERENCE.matcher(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
      while (m.find()) {
        String to = packageOf(m.group().replace('/', '.'));
        if (!to.equals(from)) {
          targets.add(to);
        }
      }
    }
    assertTrue(uses.keySet().containsAll(Set.of(ROOT, ROOT + ".binding", ROOT + ".csv")), uses.toString());
    assertTrue(uses.get(ROOT).contains(ROOT + ".binding"), "the scan sees the API's use of the binding: " + uses);
    List<String> cycle = findCycle(uses);
    assertTrue(cycle.isEmpty(), "package cycle " + cycle + " in " + uses);
    assertFalse(uses.get(ROOT + ".binding").contains(ROOT), "the binding package imports the API package");
  }

  @Test
  void theCycleSearchFindsACycle() {
    assertEquals(List.of("a", "b", "c", "a"),
        findCycle(Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d", Set.of("a"))));
    assertEquals(List.of(), findCycle(Map.of("a", Set.of("b"), "b", Set.of("c"), "d", Set.of("a", "c"))));
  }

  /** Returns one cycle of the graph, its first node repeated at the end, or an empty list. */
  private static List<String> findCycle(Map<String, Set<String>> graph) {
    Map<String, Boolean> onPath = new HashMap<>();
    Set<String> done = new HashSet<>();
    for (String start : new TreeSet<>(graph.keySet())) {
      List<String> path = new ArrayList<>();
      List<String> cycle = visit(start, graph, path, onPath, done);
      if (!cycle.isEmpty()) {
        return cycle;
      }
    }
    return List.of();
  }

  private static List<String> visit(String node, Map<String, Set<String>> graph, List<String> path,
      Map<String, Boolean> onPath, Set<String> done) {
    if (onPath.getOrDefault(node, false)) {
      List<String> cycle = new ArrayList<>(path.subList(path.indexOf(node), path.size()));
      cycle.add(node);
      return cycle;
    }
    if (!done.add(node)) {
      return List.of();
    }
    onPath.put(node, true);
    path.add(node);
    for (String next : new TreeSet<>(graph.getOrDefault(node, Set.of()))) {
      List<String> cycle = visit(next, graph, path, onPath, done);
      if (!cycle.isEmpty()) {
        return cycle;
      }
    }
    path.remove(path.size() - 1);
    onPath.put(node, false);
    return List.of();
  }
}
