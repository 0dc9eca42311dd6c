package io.github.fiscaltransfer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

  @TempDir
  Path folder;

  /** The report's data, as the page's script reads it. */
  static JsonNode data(String html) throws IOException {
    String start = "<script type=\"application/json\" id=\"report-data\">";
    int from = html.indexOf(start) + start.length();
    return JsonMapper.builder().build().readTree(html.substring(from, html.indexOf("</script>", from)));
  }

  @Test
  void oneDocumentIsCountedInTheSingular() {
    Path report = folder.resolve("one.html");
    CommandRun run = CommandRun.of("report", CommandRun.SEEDS.resolve("004-shenzhen-healthcare-security-2022.json"), "-o", report);
    assertTrue(run.out().startsWith("Wrote " + report + ": 1 document, "), run.out());
  }

  @Test
  void theSeedReportIsSelfContained() throws IOException {
    Path report = folder.resolve("report.html");
    CommandRun run = CommandRun.of("report", CommandRun.SEEDS, "-o", report);
    // Seed 001's target table is the blank template, so the seeds have errors.
    assertEquals(ExitCode.FINDINGS, run.exitCode(), run.err());
    // Four notice documents and seed 004's department budget.
    assertTrue(run.out().startsWith("Wrote " + report + ": 5 documents, "), run.out());
    String html = Files.readString(report, StandardCharsets.UTF_8);
    assertFalse(html.contains("<script src") || html.contains("<link"), "nothing is loaded from elsewhere");
    assertTrue(html.contains("Licensed to the Apache Software Foundation") || html.contains("Apache License"),
        "ECharts' licence is kept");
    assertTrue(html.contains("Apache ECharts\nCopyright 2017-2022 The Apache Software Foundation"), "its NOTICE");
  }

  @Test
  void eachGrantAndYearHasItsOwnSankeyWithOneNodePerUnitAndTheTablesTheirPrintedFigures() throws IOException {
    Path report = folder.resolve("report.html");
    CommandRun.of("report", CommandRun.SEEDS, "-o", report);
    JsonNode data = data(Files.readString(report, StandardCharsets.UTF_8));
    List<String> names = new ArrayList<>();
    data.path("sankey").path("series").forEach(series -> names.add(series.path("name").asText()));
    assertEquals(SeedUnits.CHAINS, names, "307号's 2022 grant and 2023's three grants of 江门市 are never added up");
    // 307号: 广东省, its 省级留用 and 20 cities; 江财社〔2023〕3号: 江门市's 市本级 and its 7 districts and cities.
    assertEquals(SeedUnits.GUANGDONG_CHAIN, nodes(data.path("sankey").path("series").path(0)));
    assertEquals(SeedUnits.JIANGMEN_CHAIN, nodes(data.path("sankey").path("series").path(3)));
    JsonNode taishan = data.path("sankey").path("series").path(3).path("links").path(4);
    assertEquals("江门市", taishan.path("source").asText());
    assertEquals("台山市", taishan.path("target").asText());
    assertEquals("25.54", taishan.path("value").asText(), "3号's line alone, not the three grants' sum");
    JsonNode guangzhou = data.path("sankey").path("series").path(0).path("links").path(1);
    assertEquals("广东省", guangzhou.path("source").asText());
    assertEquals("广州市", guangzhou.path("target").asText());
    assertEquals("357", guangzhou.path("value").asText());
    JsonNode table = data.path("documents").path(0).path("tables").path(0);
    assertEquals("d0/notice/allocations/0/table", table.path("id").asText());
    assertEquals("10,831万元", table.path("declaredTotal").asText());
    assertEquals("357万元", table.path("rows").path(1).path("amount").asText());
  }

  private static List<String> nodes(JsonNode series) {
    List<String> nodes = new ArrayList<>();
    series.path("nodes").forEach(node -> nodes.add(node.path("name").asText()));
    return nodes.stream().sorted().toList();
  }

  @Test
  void aFindingLinksToTheRowItNames() throws IOException {
    Path broken = BrokenCopies.guangdong(folder, "\"name\": \"广州市\",\n                \"code\": \"440100\"",
        "\"name\": \"珠海市\",\n                \"code\": \"440400\"");
    Path report = folder.resolve("report.html");
    CommandRun run = CommandRun.of("report", broken, "-o", report);
    assertEquals(ExitCode.FINDINGS, run.exitCode(), run.err());
    JsonNode findings = data(Files.readString(report, StandardCharsets.UTF_8)).path("findings");
    JsonNode duplicate = null;
    for (JsonNode linked : findings) {
      if (linked.path("finding").path("rule").asText().equals("table.duplicate-recipient")) {
        duplicate = linked;
      }
    }
    assertEquals("d0/notice/allocations/0/table/lines/2", duplicate.path("anchor").asText(), findings.toString());
    assertEquals(broken.toString(), duplicate.path("finding").path("file").asText());
  }

  @Test
  void publishedSourcesAndBudgetsShowTheirFindings() throws IOException {
    Path report = folder.resolve("sources.html");
    Path book = SourceCopies.jiangmen3(folder.resolve("3.xlsx"), 195.00);
    CommandRun run = CommandRun.of("report", "--issuer", "江门市", SourceCopies.text("002-jiangmen-16.txt"), book,
        CommandRun.seed("004-shenzhen-healthcare-security-2022.json"), "-o", report);
    assertEquals(ExitCode.FINDINGS, run.exitCode(), run.err());
    JsonNode data = data(Files.readString(report, StandardCharsets.UTF_8));
    assertEquals(3, data.path("documents").size());
    assertEquals("3.xlsx", data.path("documents").path(1).path("reference").asText());
    JsonNode sheet = data.path("documents").path(1).path("tables").path(0);
    assertEquals("195.00万元", sheet.path("declaredTotal").asText(), "the workbook's table is shown, not only its findings");
    assertEquals("70.91万元", sheet.path("rows").path(0).path("amount").asText());
    assertEquals("d1/lines/0", sheet.path("rows").path(0).path("id").asText());
    assertTrue(sheet.path("statedTotal").isMissingNode() || sheet.path("statedTotal").isNull(), sheet::toString);
    List<String> rules = new ArrayList<>();
    data.path("findings").forEach(finding -> rules.add(finding.path("finding").path("rule").asText()));
    assertTrue(rules.contains("read.not-read"), "the text's reading findings: " + rules);
    assertTrue(rules.contains("table.sum"), "the workbook's 合计 195.00 against lines of 194.00: " + rules);
    data.path("findings").forEach(linked -> {
      if (linked.path("finding").path("rule").asText().equals("table.sum")) {
        assertEquals("d1", linked.path("anchor").asText(), "linked to the workbook's document, which shows its table");
      }
    });
    assertTrue(rules.contains("budget.row-sum"), "the budget's findings: " + rules);
  }

  @Test
  void aBudgetReadFromItsTextListsItsStatementsBesideItsTablesEachFindingAtItsLine() throws IOException {
    Path report = folder.resolve("budget.html");
    CommandRun run = CommandRun.of("report", SourceCopies.text("004-shenzhen-budget-2022.txt"), "-o", report);
    assertEquals(ExitCode.CLEAN, run.exitCode(), "seed 004's tables and prose have warnings only: " + run.err());
    JsonNode data = data(Files.readString(report, StandardCharsets.UTF_8));
    JsonNode printed = data.path("documents").path(0).path("printed");
    JsonNode statements = printed.path(printed.size() - 1);
    assertEquals("d0/statements", statements.path("id").asText(), "after 表1–表11, the 文字部分");
    JsonNode rows = statements.path("blocks").path(0).path("rows");
    assertEquals(121, rows.size(), "seed 004's 121 statements");
    // Line 127: 医药支付管理 554万元 … 增幅37% (148/406 = 36.45%): its row shows the line, the finding links to it.
    JsonNode row = null;
    for (JsonNode candidate : rows) {
      if (candidate.path("cells").path("source").path("text").asText().equals("line 127, column 1")) {
        row = candidate;
      }
    }
    assertEquals("warning statement.percent", row.path("cells").path("verdict").path("text").asText());
    JsonNode percent = null;
    List<String> rules = new ArrayList<>();
    for (JsonNode linked : data.path("findings")) {
      rules.add(linked.path("finding").path("rule").asText());
      if (linked.path("finding").path("rule").asText().equals("statement.percent")) {
        percent = linked;
      }
    }
    assertEquals(row.path("id").asText(), percent.path("anchor").asText());
    assertEquals("line 127, column 1", percent.path("finding").path("source").asText());
    assertTrue(rules.contains("budget.subject-sum"), "the tables' findings beside the statements': " + rules);
    assertTrue(rules.contains("statement.figure") && rules.contains("statement.table-missing"), rules::toString);
    CommandRun quiet = CommandRun.of("report", "--disable", "statement.percent",
        SourceCopies.text("004-shenzhen-budget-2022.txt"), "-o", report);
    assertFalse(Files.readString(report, StandardCharsets.UTF_8).contains("\"rule\":\"statement.percent\""),
        quiet.out());
  }
}
