package io.github.fiscaltransfer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

/**
 * Every {@code ```java} block of every README.md in the project compiles as written, against the modules on this
 * module's test class path.
 *
 * <p>A block shows its own imports. A block that declares a type is compiled as a file; any other block is a run
 * of statements, compiled as the body of {@code static void run() throws Exception}. Nothing else is added.
 */
class ReadmeCodeBlocksTest {

  private static final Path ROOT = Path.of("..");
  private static final String FENCE = "```";

  @TempDir
  Path classes;

  /**
   * A {@code ```java} block.
   *
   * @param file the README
   * @param line the line of the block's first code line
   * @param code the block's text
   */
  record Block(Path file, int line, String code) {

    /** The compilation unit: the block as written, or its statements in a method. */
    String source(String className) {
      List<String> lines = code.lines().toList();
      String imports = lines.stream().filter(l -> l.startsWith("import ")).collect(Collectors.joining("\n"));
      String body = lines.stream().filter(l -> !l.startsWith("import ")).collect(Collectors.joining("\n"));
      boolean declaresType = body.lines().anyMatch(l -> l.matches("(public |final |abstract )*(class|record|enum|interface) .*"));
      return declaresType ? code : imports + "\nclass " + className + " {\n static void run() throws Exception {\n"
          + body + "\n }\n}\n";
    }
  }

  static List<Block> blocks(Path readme) throws IOException {
    List<String> lines = Files.readAllLines(readme, StandardCharsets.UTF_8);
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().equals(FENCE + "java")) {
        int start = i + 1;
        int end = start;
        while (!lines.get(end).strip().equals(FENCE)) {
          end++;
        }
        blocks.add(new Block(readme, start + 1, String.join("\n", lines.subList(start, end))));
        i = end;
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
  Stream<DynamicTest> everyJavaBlockCompiles() throws IOException {
    List<Block> blocks = new ArrayList<>();
    for (Path readme : readmes()) {
      blocks.addAll(blocks(readme));
    }
    assertFalse(blocks.isEmpty(), "the README shows Java");
    return blocks.stream().map(block -> DynamicTest.dynamicTest(
        ROOT.relativize(block.file()) + " line " + block.line(), () -> assertEquals("", compile(block))));
  }

  private String compile(Block block) throws IOException {
    String className = "ReadmeBlockAtLine" + block.line();
    JavaFileObject source = new SimpleJavaFileObject(URI.create("string:///" + className + ".java"),
        JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return block.source(className);
      }
    };
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> options = List.of("-proc:none", "-classpath", classPath, "-d", classes.toString());
    compiler.getTask(null, null, diagnostics, options, null, List.of(source)).call();
    return diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
        .map(d -> d.getMessage(Locale.ROOT) + " in: " + lineOf(block.source(className), d.getLineNumber()))
        .collect(Collectors.joining("\n"));
  }

  private static String lineOf(String source, long line) {
    return source.lines().skip(Math.max(0, line - 1)).findFirst().orElse("").strip();
  }
}
