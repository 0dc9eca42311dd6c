package io.github.fiscaltransfer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The command as a user runs it: {@code java -jar fiscal-transfer.jar} in a process of its own, on one document of
 * every way in (JSON, text, PDF, workbook), so that whatever the shaded jar lacks fails here and not for the user.
 */
class CommandJarIT {

  private static final Path JAR = Path.of("target", "fiscal-transfer.jar");
  private static final Path REPOSITORY = Path.of("..");

  @Test
  void aRealFinalAccountsPdfIsReadByTheJar() throws Exception {
    Run run = run("validate", "reader/src/test/resources/real/putuo-social-work-2024-final-accounts.pdf");
    // exit 1: its 情况说明 misstates two percentages (ValidateSourcesCommandTest names them)
    assertEquals(1, run.exitCode, run.out + run.err);
    assertTrue(run.out.contains("final accounts (部门决算)"), run.out);
    assertEquals("", run.err);
  }

  @Test
  void aWorkbookIsReadByTheJarWithoutAWordOnStandardError() throws Exception {
    Run run = run("validate", "--issuer", "江门市", "reader/src/test/resources/sheets/002-jiangmen-3-attachment1.xlsx");
    assertEquals(0, run.exitCode, run.out + run.err);
    assertEquals("", run.err);
  }

  @Test
  void theSeedsAreReportedByTheJarAsTheReadmeSays() throws Exception {
    Path report = Files.createTempFile("fiscal-transfer-report", ".html");
    Run run = run("report", "examples/src/main/resources/seeds", "-o", report.toString());
    assertEquals(1, run.exitCode, run.out + run.err);
    assertTrue(run.out.contains("5 documents, 17 error(s), 16 warning(s), 7 info"), run.out);
    assertTrue(Files.size(report) > 0);
    Files.delete(report);
  }

  /** The jar's bundles: the command's words, and the reader's and core's messages found through their services. */
  @Test
  void theJarSpeaksChineseWithTheReadersAndTheRulesMessages() throws Exception {
    Run read = run("validate", "--lang", "zh", "reader/src/test/resources/seeds/002-jiangmen-16.txt");
    assertTrue(read.out.contains("读取原文：") && read.out.contains("第78–100行为绩效目标表，只读取其项目名称"), read.out);
    Path report = Files.createTempFile("fiscal-transfer-report", ".html");
    Run run = run("report", "--lang", "zh", "examples/src/main/resources/seeds", "-o", report.toString());
    assertTrue(run.out.contains("5 份文件，错误 17 条，警告 16 条，提示 7 条"), run.out);
    assertTrue(Files.readString(report, StandardCharsets.UTF_8).contains("相差"), "core's messages in Chinese");
    Files.delete(report);
  }

  private static Run run(String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", JAR.toAbsolutePath().toString()));
    command.addAll(List.of(arguments));
    Path out = Files.createTempFile("fiscal-transfer", ".out");
    Path err = Files.createTempFile("fiscal-transfer", ".err");
    Process process = new ProcessBuilder(command).directory(REPOSITORY.toFile()).redirectOutput(out.toFile())
        .redirectError(err.toFile()).start();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("fiscal-transfer.jar did not finish within five minutes: " + command);
    }
    Run run = new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
    Files.delete(out);
    Files.delete(err);
    return run;
  }

  private record Run(int exitCode, String out, String err) {}
}
