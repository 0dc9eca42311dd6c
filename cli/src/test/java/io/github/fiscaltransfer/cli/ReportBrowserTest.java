package io.github.fiscaltransfer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The HTML report of the seed flow opened in headless Chromium. */
class ReportBrowserTest {

  private static final Path WORK = Path.of("target", "browser-test").toAbsolutePath();
  private static final Path REPORT = WORK.resolve("seed-report.html");
  private static final Pattern SVG_TEXT = Pattern.compile("<text[^>]*>([^<]+)</text>");
  private static final Pattern FINDING = Pattern.compile("<li class=\"finding [a-z]+\"([^>]*)>");

  private static Chromium chromium;
  private static JsonNode data;
  private static Chromium.Page unfiltered;

  @BeforeAll
  static void writeTheSeedReport() throws IOException {
    chromium = Chromium.onPath();
    Files.createDirectories(WORK);
    CommandRun run = CommandRun.of("report", CommandRun.SEEDS, "-o", REPORT);
    assertTrue(Files.size(REPORT) > 0, run.err());
    data = ReportCommandTest.data(Files.readString(REPORT, StandardCharsets.UTF_8));
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
    assertEquals(SeedUnits.GUANGDONG_CHAIN, labels(page), "one labelled node per unit of the first chain");
  }

  @Test
  void theGrantChoiceDrawsAnotherChain() throws Exception {
    Chromium.Page page = open("#series=3");
    assertTrue(page.dom().contains("data-chart=\"ready\""), "the chart finished rendering");
    assertEquals(SeedUnits.JIANGMEN_CHAIN, labels(page), "江财社〔2023〕3号's chain alone");
  }

  private static List<String> labels(Chromium.Page page) {
    TreeSet<String> labels = new TreeSet<>();
    Matcher text = SVG_TEXT.matcher(page.dom());
    while (text.find()) {
      labels.add(text.group(1));
    }
    return List.copyOf(labels);
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
