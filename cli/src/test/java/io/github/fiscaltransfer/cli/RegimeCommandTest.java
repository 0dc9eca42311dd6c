package io.github.fiscaltransfer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #31 on the command line: an allocation is exact, so a table that does not add up is an error and
 * {@code validate} exits 1; {@code --rounded} declares the tables rounded, and the same difference is a warning naming
 * the declaration; the report shows each table's regime beside it.
 */
class RegimeCommandTest {

  @TempDir
  Path folder;

  /** 粤财社〔2021〕307号 with 广州市 at 367万元: the lines hand out 10万元 more than the 10,831万元 declared. */
  private Path guangzhou367() throws IOException {
    return BrokenCopies.guangdong(folder, "\"figure\": \"357\"", "\"figure\": \"367\"");
  }

  @Test
  void seed000WithGuangzhouAt367IsAnErrorAndValidateExits1() throws IOException {
    CommandRun run = CommandRun.of("validate", guangzhou367());
    assertEquals(ExitCode.FINDINGS, run.exitCode(), run.out());
    assertTrue(run.out().contains("ERROR table.sum at 粤财社〔2021〕307号#/notice/allocations/0/table/declaredTotal: expected "
        + "10,831万元, actual 10,841万元 — the lines add up to 10,841万元 but the declared total is 10,831万元 "
        + "(difference 10万元); the figures are exact (no rounding is declared), so one of them is wrong"), run.out());
    assertFalse(run.out().contains("within"), run.out());
  }

  @Test
  void theFlowCommandTakesTheDeclarationToo() throws IOException {
    CommandRun run = CommandRun.of("flow", "--rounded", "尾数四舍五入", guangzhou367());
    assertEquals(ExitCode.CLEAN, run.exitCode(), run.out() + run.err());
  }

  @Test
  void seed002sFirstNoticeWithTaishanOneYuanOverIsOneError() throws IOException {
    Path broken = BrokenCopies.seed(folder, "002-jiangmen-16.json", "\"figure\": \"33695182\"",
        "\"figure\": \"33695183\"");
    CommandRun run = CommandRun.of("validate", "--format", "json", broken);
    assertEquals(ExitCode.FINDINGS, run.exitCode(), run.out());
    assertEquals(1, count(run.out(), "\"table.sum\""), run.out());
    assertTrue(run.out().contains("(difference 1元); the figures are exact"), run.out());
  }

  @Test
  void aTableDeclaredRoundedGivesAWarningNamingTheDeclaration() throws IOException {
    CommandRun run = CommandRun.of("validate", "--rounded", "附件 figures rounded to 万元", guangzhou367());
    assertEquals(ExitCode.CLEAN, run.exitCode(), run.out());
    assertTrue(run.out().contains("WARNING table.sum"), run.out());
    assertTrue(run.out().contains("(difference 10万元); within the ±11万元 that rounding (四舍五入) 22 printed "
        + "figures allows (--rounded: 附件 figures rounded to 万元)"), run.out());
    CommandRun strict = CommandRun.of("validate", "--strict", "--rounded=附件 figures rounded to 万元", guangzhou367());
    assertEquals(ExitCode.FINDINGS, strict.exitCode(), strict.out());
  }

  @Test
  void theReportShowsEachTablesRegime() throws IOException {
    Path report = folder.resolve("report.html");
    CommandRun.of("report", CommandRun.seed("000-guangdong-307.json"), "-o", report);
    JsonNode table = ReportCommandTest.data(Files.readString(report, StandardCharsets.UTF_8)).path("documents").path(0)
        .path("tables").path(0);
    assertEquals("exact", table.path("precision").asText());
    CommandRun.of("report", "--rounded=尾数四舍五入", guangzhou367(), "-o", report);
    String html = Files.readString(report, StandardCharsets.UTF_8);
    assertEquals("rounded: --rounded: 尾数四舍五入", ReportCommandTest.data(html).path("documents").path(0).path("tables").path(0)
        .path("precision").asText());
    assertEquals(" · 精度 {0}", ReportCommandTest.data(html).path("text").path("precision").asText());
    assertTrue(html.contains("tr('precision', t.precision === 'exact'"), "the page prints it in the table's caption");
  }

  private static int count(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }
}
