package io.github.fiscaltransfer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The HTML report of the seed flow opened in headless Chromium. */
class ReportBrowserTest {

  private static final Path WORK = Path.of("target", "browser-test").toAbsolutePath();
  private static final Path REPORT = WORK.resolve("seed-report.html");
  /** The same report in Chinese ({@code --lang zh}). */
  private static final Path REPORT_ZH = WORK.resolve("seed-report-zh.html");
  private static final Pattern SVG_TEXT = Pattern.compile("<text[^>]*>([^<]+)</text>");
  /** A Sankey node's label: the unit and the amount through it, such as {@code 广州市 357万元}. */
  private static final Pattern NODE_LABEL = Pattern.compile("(.+) ([0-9.]+)万元");
  /** Seed 004's 表7 row 21015 医疗保障管理事务 (深圳市医疗保障局), whose 支出总计 12,168 is 1 below its 项 rows. */
  static final String ROW_21015 = "d4/generalPublic/sections/0/rows/7";
  /**
   * Rows an A4 page holds at the print stylesheet's size, with a table's findings under it: a longer table (seed
   * 004's 表11: 16 tasks, 6 goals, 52 indicators) cannot avoid a break and may break between rows.
   */
  private static final int ROWS_ON_A_PAGE = 50;
  private static final Pattern FINDING = Pattern.compile("<li class=\"finding [a-z]+\"([^>]*)>");

  private static Chromium chromium;
  private static JsonNode data;
  private static JsonNode dataZh;
  private static Chromium.Page unfiltered;
  private static Chromium.Page chinese;

  @BeforeAll
  static void writeTheSeedReport() throws IOException {
    chromium = Chromium.onPath();
    Files.createDirectories(WORK);
    CommandRun run = CommandRun.of("report", CommandRun.SEEDS, "-o", REPORT);
    assertTrue(Files.size(REPORT) > 0, run.err());
    data = ReportCommandTest.data(Files.readString(REPORT, StandardCharsets.UTF_8));
    CommandRun zh = CommandRun.of("report", "--lang", "zh", CommandRun.SEEDS, "-o", REPORT_ZH);
    assertTrue(Files.size(REPORT_ZH) > 0, zh.err());
    dataZh = ReportCommandTest.data(Files.readString(REPORT_ZH, StandardCharsets.UTF_8));
  }

  /** The Chinese page as it opens: loaded once. */
  private static synchronized Chromium.Page chinese() throws IOException, InterruptedException {
    if (chinese == null) {
      chinese = chromium.open(REPORT_ZH.toUri().toString(), "--dump-dom", WORK);
    }
    return chinese;
  }

  private static Chromium.Page open(String hash) throws IOException, InterruptedException {
    return chromium.open(REPORT.toUri() + hash, "--dump-dom", WORK);
  }

  /** The page as it opens, without a filter in the address: loaded once, for two tests. */
  private static synchronized Chromium.Page unfiltered() throws IOException, InterruptedException {
    if (unfiltered == null) {
      unfiltered = open("");
    }
    return unfiltered;
  }

  @Test
  void theChartDrawsOneSankeyNodePerUnitWithoutAConsoleMessage() throws Exception {
    Chromium.Page page = unfiltered();
    assertTrue(page.dom().contains("data-chart=\"ready\""), "the chart finished rendering");
    assertEquals(List.of(), page.console(), "no console message");
    assertFalse(page.dom().contains("data-errors="), "no script error");
    assertEquals(SeedUnits.GUANGDONG_CHAIN, List.copyOf(nodes(page).keySet()), "one labelled node per unit");
    // 粤财社〔2021〕307号's figures (seed 000): the total, the province's own share, two cities' lines.
    assertEquals("10831", nodes(page).get("广东省"));
    assertEquals("6800", nodes(page).get("广东省 省级留用"));
    assertEquals("357", nodes(page).get("广州市"));
    assertEquals("196", nodes(page).get("江门市"));
  }

  @Test
  void theGrantChoiceDrawsAnotherChain() throws Exception {
    Chromium.Page page = open("#series=3");
    assertTrue(page.dom().contains("data-chart=\"ready\""), "the chart finished rendering");
    assertEquals(SeedUnits.JIANGMEN_CHAIN, List.copyOf(nodes(page).keySet()), "江财社〔2023〕3号's chain alone");
    // 江财社〔2023〕3号's lines (seed 002).
    assertEquals("70.91", nodes(page).get("江门市 市本级"));
    assertEquals("16.57", nodes(page).get("蓬江区"));
  }

  /** The Sankey's node labels: each unit's amount in 万元, by unit, sorted by unit. */
  private static Map<String, String> nodes(Chromium.Page page) {
    Map<String, String> nodes = new TreeMap<>();
    Matcher text = SVG_TEXT.matcher(page.dom());
    while (text.find()) {
      Matcher label = NODE_LABEL.matcher(text.group(1));
      assertTrue(label.matches(), "a node label with its amount: " + text.group(1));
      nodes.put(label.group(1), label.group(2));
    }
    return nodes;
  }

  @Test
  void seed004sTable7ShowsThe21015RowHighlightedAndLinkedBothWaysToItsFinding() throws Exception {
    String finding = table7Finding(unfiltered().dom());
    assertTrue(finding.contains("expected 12,169万元, actual 12,168万元"), finding);
  }

  /** The Chinese report: the same row and cell, the finding in Chinese with the English on hover, the chart. */
  @Test
  void theChineseReportShowsTable7ItsFindingInChineseAndTheSankeyWithAmounts() throws Exception {
    Chromium.Page page = chinese();
    assertTrue(page.dom().contains("data-chart=\"ready\""), "the chart finished rendering");
    assertEquals(List.of(), page.console(), "no console message");
    assertFalse(page.dom().contains("data-errors="), "no script error");
    assertTrue(page.dom().contains("<h1>资金链审核报告</h1>") && page.dom().contains("<h2>审核意见</h2>"), "Chinese headings");
    assertEquals("10831", nodes(page).get("广东省"), "amounts on the Sankey's nodes");
    assertEquals("357", nodes(page).get("广州市"));
    JsonNode linked = LanguageCommandTest.subjectSum(dataZh);
    String finding = table7Finding(page.dom());
    assertTrue(finding.contains("<span class=\"severity\">警告</span>"), finding);
    assertTrue(finding.contains("应为 12,169万元，实为 12,168万元——"), finding);
    assertTrue(finding.contains("<span class=\"message\" title=\"" + linked.path("finding").path("message").asText()
        + "\">" + linked.path("message").asText() + "</span>"), "Chinese, the English on hover: " + finding);
    assertTrue(linked.path("message").asText().contains("21015 医疗保障管理事务") && linked.path("message").asText()
        .contains("12,169万元"), linked.path("message").asText());
  }

  /** 表7 with its title, the 21015 row highlighted, its 支出总计 cell linked to its finding: returns the finding. */
  private static String table7Finding(String dom) {
    String table = between(dom, "<table id=\"d4/generalPublic\">", "</table>");
    assertTrue(dom.contains("<h4>表7 一般公共预算支出表（按功能分类）（单位：万元）</h4><table id=\"d4/generalPublic\">"),
        "表7 with its title and unit");
    String row = between(table, "<tr id=\"" + ROW_21015 + "\" class=\"has-finding\">", "</tr>");
    assertTrue(row.contains("<td id=\"" + ROW_21015 + "/subject\" class=\"\">21015 医疗保障管理事务</td>"), row);
    Matcher cell = Pattern.compile("<td id=\"" + Pattern.quote(ROW_21015) + "/total\" class=\"amount has-finding\">"
        + "12168<a class=\"back\" href=\"#(f[0-9]+)\"").matcher(row);
    assertTrue(cell.find(), "the 支出总计 cell highlighted and linked to its finding: " + row);
    String finding = between(dom, "<li class=\"finding warning\" id=\"" + cell.group(1) + "\"", "</li>");
    assertTrue(finding.contains("budget.subject-sum"), finding);
    assertTrue(finding.contains("<a href=\"#" + ROW_21015 + "/total\">"), "the finding links to the cell: " + finding);
    return finding;
  }

  @Test
  void printedOnA4NoTableOfSeed004IsSplitAndItsFindingsPrintWithIt() throws Exception {
    List<String> pages = printed(REPORT, data);
    int table7 = page(pages, "表7 一般公共预算支出表（按功能分类）（单位");
    assertTrue(pages.get(table7).contains("WARNINGbudget.subject-sum:expected12,169万元,actual12,168万元"),
        "表7's findings print under it: " + pages.get(table7));
  }

  @Test
  void printedInChineseNoTableOfSeed004IsSplitAndItsChineseFindingsPrintWithIt() throws Exception {
    List<String> pages = printed(REPORT_ZH, dataZh);
    int table7 = page(pages, "表7 一般公共预算支出表（按功能分类）（单位");
    String message = LanguageCommandTest.subjectSum(dataZh).path("message").asText().replaceAll("\\s+", "");
    assertTrue(pages.get(table7).contains("警告budget.subject-sum：应为12,169万元，实为12,168万元——"
        + message.substring(0, 20)), "表7's finding prints under it in Chinese: " + pages.get(table7));
  }

  /**
   * Prints a report on A4 (emulated print media) and checks that each of seed 004's tables up to a page long ends
   * on the page it starts on, 表7 with its 21015 row; returns the text of each page.
   */
  private static List<String> printed(Path report, JsonNode data) throws IOException, InterruptedException {
    Path pdf = WORK.resolve(report.getFileName() + ".pdf");
    Files.deleteIfExists(pdf);
    chromium.open(report.toUri().toString(), "--print-to-pdf=" + pdf, WORK);
    List<String> pages = pages(pdf);
    assertTrue(pages.size() > 5, "the report on A4 pages: " + pages.size());
    JsonNode budget = data.path("documents").get(4);
    assertEquals("深圳市医疗保障局 2022 预算", budget.path("reference").asText());
    int whole = 0;
    for (JsonNode table : budget.path("printed")) {
      int count = 0;
      for (JsonNode block : table.path("blocks")) {
        count += block.path("rows").size();
      }
      if (count > ROWS_ON_A_PAGE) {
        continue;
      }
      whole++;
      JsonNode rows = table.path("blocks").get(table.path("blocks").size() - 1).path("rows");
      // The start of the last row's first cell, such as a subject's code: a wrapped cell's text is cut by figures.
      String last = rows.get(rows.size() - 1).path("cells").elements().next().path("text").asText()
          .replaceAll("\\s+", "");
      last = last.substring(0, Math.min(7, last.length()));
      int page = page(pages, table.path("title").asText() + "（单位");
      assertTrue(pages.get(page).contains(last), table.path("title").asText() + " ends on the page it starts on, "
          + page + ", with " + last + ":\n" + pages.get(page));
    }
    assertEquals(9, whole, "表1–表3 and 表5–表10 (seed 004 prints no 表4; 表11 is longer than a page)");
    int table7 = page(pages, "表7 一般公共预算支出表（按功能分类）（单位");
    assertTrue(pages.get(table7).contains("21015医疗保障管理事务12168"), pages.get(table7));
    return pages;
  }

  private static String between(String text, String start, String end) {
    int from = text.indexOf(start);
    assertTrue(from >= 0, "no " + start);
    return text.substring(from, text.indexOf(end, from));
  }

  /** The text of each page, in order. */
  private static List<String> pages(Path pdf) throws IOException {
    List<String> pages = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      for (int i = 1; i <= document.getNumberOfPages(); i++) {
        stripper.setStartPage(i);
        stripper.setEndPage(i);
        // Cells wrap their text inside narrow columns: compare without white space.
        pages.add(stripper.getText(document).replaceAll("\\s+", ""));
      }
    }
    return pages;
  }

  /** The index of the one page that holds a text. */
  private static int page(List<String> pages, String text) {
    List<Integer> found = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      if (pages.get(i).contains(text.replaceAll("\\s+", ""))) {
        found.add(i);
      }
    }
    assertEquals(1, found.size(), "one page with " + text + ": " + found);
    return found.get(0);
  }

  @Test
  void theFiltersChangeWhichFindingsAreShown() throws Exception {
    long errors = count("severity", "error");
    long orphans = count("rule", "chain.orphan");
    assertTrue(errors > 0 && orphans > 0 && errors + orphans < data.path("findings").size(), data.toString());
    assertEquals(data.path("findings").size(), shown(unfiltered()));
    assertEquals(errors, shown(open("#severity=error")));
    assertEquals(orphans, shown(open("#rule=chain.orphan")));
    assertEquals(0, shown(open("#severity=warning&rule=chain.orphan")));
  }

  @Test
  void aScreenshotIsSaved() throws Exception {
    Path shot = WORK.resolve("seed-report.png");
    Files.deleteIfExists(shot);
    chromium.open(REPORT.toUri().toString(), "--screenshot=" + shot, WORK);
    assertTrue(Files.size(shot) > 10_000, "a picture of the page in " + shot);
  }

  private static long count(String field, String value) {
    long count = 0;
    for (JsonNode linked : data.path("findings")) {
      count += linked.path("finding").path(field).asText().equals(value) ? 1 : 0;
    }
    return count;
  }

  private static long shown(Chromium.Page page) {
    Matcher finding = FINDING.matcher(page.dom());
    long shown = 0;
    while (finding.find()) {
      shown += finding.group(1).contains("hidden") ? 0 : 1;
    }
    return shown;
  }
}
