package io.github.fiscaltransfer.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Every {@code ```java} block of every README.md in the project compiles as written with {@code -Xlint:all -Werror}
 * against what a user's build has (this module's test class path: the published artifacts, no test-jar), and runs
 * from the repository root with the output its comments show.
 *
 * <p>A block shows its own imports. A block that declares a type is compiled as a file; any other block is a run
 * of statements, compiled as the body of {@code static void run() throws Exception} and run. The comment lines
 * that start a line ({@code // …}, not a comment after code) right below a line that prints are what the block
 * prints, in order: compared with whitespace runs as one space, {@code …} standing for any text. A declared type holding jqwik properties or JUnit
 * tests is named as surefire finds test classes by default, and runs with at least one test and no failure.
 */
class ReadmeCodeBlocksTest {

  private static final Path ROOT = Path.of("").toAbsolutePath();
  private static final String FENCE = "```";
  /** Surefire's default includes: {@code Test*}, {@code *Test}, {@code *Tests}, {@code *TestCase}. */
  private static final Pattern SUREFIRE_NAME = Pattern.compile("Test\\w*|\\w*(Test|Tests|TestCase)");
  private static final Pattern TYPE = Pattern.compile(
      "^(?:public |final |abstract )*(?:class|record|enum|interface) (\\w+).*", Pattern.MULTILINE);

  @TempDir
  Path classes;

  /**
   * A {@code ```java} block.
   *
   * @param file the README
   * @param index the block's place among all READMEs' blocks
   * @param line the line of the block's first code line
   * @param code the block's text
   */
  record Block(Path file, int index, int line, String code) {

    String className() {
      return declaredType().orElse("ReadmeBlock" + index + "AtLine" + line);
    }

    Optional<String> declaredType() {
      var matcher = TYPE.matcher(code);
      return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** The compilation unit: the block as written, or its statements in a method. */
    String source() {
      if (declaredType().isPresent()) {
        return code;
      }
      List<String> lines = code.lines().toList();
      String imports = lines.stream().filter(l -> l.startsWith("import ")).collect(Collectors.joining("\n"));
      String body = lines.stream().filter(l -> !l.startsWith("import ")).collect(Collectors.joining("\n"));
      return imports + "\nclass " + className() + " {\n static void run() throws Exception {\n" + body + "\n }\n}\n";
    }

    /**
     * What the block's comment lines say it prints: each run of lines starting with {@code //} right below a line
     * that prints ({@code System.out}), in order; empty if the block shows no output.
     */
    String expectedOutput() {
      List<String> shown = new ArrayList<>();
      boolean belowPrint = false;
      for (String line : code.lines().toList()) {
        if (line.startsWith("//")) {
          if (belowPrint) {
            shown.add(line.substring(2));
          }
        } else {
          belowPrint = line.contains("System.out");
        }
      }
      return String.join("\n", shown);
    }

    boolean holdsTests() {
      return code.contains("@Property") || code.contains("@Test") || code.contains("@Example");
    }

    @Override
    public String toString() {
      return ROOT.relativize(file) + " line " + line;
    }
  }

  static List<Block> blocks() throws IOException {
    List<Block> blocks = new ArrayList<>();
    for (Path readme : readmes()) {
      List<String> lines = Files.readAllLines(readme, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).strip().equals(FENCE + "java")) {
          int end = i + 1;
          while (!lines.get(end).strip().equals(FENCE)) {
            end++;
          }
          blocks.add(new Block(readme, blocks.size(), i + 2, String.join("\n", lines.subList(i + 1, end))));
          i = end;
        }
      }
    }
    return blocks;
  }

  static List<Path> readmes() throws IOException {
    try (Stream<Path> files = Files.walk(ROOT)) {
      return files.filter(path -> path.getFileName().toString().equals("README.md"))
          .filter(path -> !path.toString().contains("target") && !path.toString().contains("node_modules"))
          .sorted().toList();
    }
  }

  @TestFactory
  Stream<DynamicTest> everyJavaBlockCompilesStrictlyAndRunsAsShown() throws IOException {
    List<Block> blocks = blocks();
    assertFalse(blocks.isEmpty(), "the README shows Java");
    return blocks.stream().map(block -> DynamicTest.dynamicTest(block.toString(), () -> {
      assertEquals("", compile(block), "javac -Xlint:all -Werror");
      if (block.holdsTests()) {
        runTests(block);
      } else if (block.declaredType().isEmpty()) {
        assertPrints(block, run(block));
      }
    }));
  }

  private String compile(Block block) {
    JavaFileObject source = new SimpleJavaFileObject(URI.create("string:///" + block.className() + ".java"),
        JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return block.source();
      }
    };
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<String> options = List.of("-Xlint:all", "-Werror", "-proc:none", "-classpath", classPath(),
        "-d", classes.toString());
    compiler.getTask(null, null, diagnostics, options, null, List.of(source)).call();
    return diagnostics.getDiagnostics().stream().filter(d -> d.getKind() != Diagnostic.Kind.NOTE)
        .map(d -> d.getKind() + " " + d.getMessage(Locale.ROOT) + " in: " + lineOf(block.source(), d.getLineNumber()))
        .collect(Collectors.joining("\n"));
  }

  private static String classPath() {
    return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
  }

  /** Runs a block of statements and returns what it printed. */
  private String run(Block block) throws Exception {
    PrintStream out = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try (URLClassLoader loader = loader()) {
      var method = loader.loadClass(block.className()).getDeclaredMethod("run");
      method.setAccessible(true);
      System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
      method.invoke(null);
    } finally {
      System.setOut(out);
    }
    return printed.toString(StandardCharsets.UTF_8);
  }

  private URLClassLoader loader() throws IOException {
    return new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader());
  }

  private static void assertPrints(Block block, String printed) {
    String expected = block.expectedOutput();
    if (expected.isBlank()) {
      return;
    }
    String pattern = Stream.of(normalized(expected).split("…", -1)).map(Pattern::quote)
        .collect(Collectors.joining(".*"));
    assertTrue(Pattern.compile(pattern, Pattern.DOTALL).matcher(normalized(printed)).matches(),
        () -> block + " prints\n" + printed + "\nwhere its comments show\n" + expected);
  }

  private static String normalized(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }

  /** Runs a block's tests as surefire would find them: by the class name, on the JUnit Platform. */
  private void runTests(Block block) throws IOException, ClassNotFoundException {
    String name = block.className();
    assertTrue(SUREFIRE_NAME.matcher(name).matches(), name + " is not a name surefire runs by default");
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    try (URLClassLoader loader = loader()) {
      Thread.currentThread().setContextClassLoader(loader);
      LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
          .selectors(DiscoverySelectors.selectClass(loader.loadClass(name))).build(), listener);
    } finally {
      Thread.currentThread().setContextClassLoader(context);
    }
    TestExecutionSummary summary = listener.getSummary();
    assertTrue(summary.getTestsSucceededCount() > 0, name + " ran no test");
    assertEquals(0, summary.getTotalFailureCount(), () -> name + " failed: " + summary.getFailures());
  }

  private static String lineOf(String source, long line) {
    return source.lines().skip(Math.max(0, line - 1)).findFirst().orElse("").strip();
  }
}
