package io.github.fiscaltransfer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command in Chinese and English: {@code --lang}, the default locale, and its words in both languages. */
class LanguageCommandTest {

  private static final Path MAIN = Path.of("src", "main");
  private static final Path JIANGMEN_16 = Path.of("..", "reader", "src", "test", "resources", "seeds",
      "002-jiangmen-16.txt");
  private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d)}");

  @TempDir
  Path folder;

  private static Properties bundle(String suffix) throws IOException {
    Properties properties = new Properties();
    String resource = "/" + CliText.BUNDLE.replace('.', '/') + suffix + ".properties";
    try (InputStream in = LanguageCommandTest.class.getResourceAsStream(resource)) {
      assertTrue(in != null, resource);
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  @Test
  void everyLineHasBothLanguagesWithTheSameArguments() throws IOException {
    Properties english = bundle("");
    Properties chinese = bundle("_zh");
    assertEquals(english.stringPropertyNames(), chinese.stringPropertyNames());
    for (String key : english.stringPropertyNames()) {
      assertEquals(arguments(english.getProperty(key)), arguments(chinese.getProperty(key)), key);
    }
  }

  /** Every key the command's code and the report's page ask for is in the bundle. */
  @Test
  void everyLineTheCommandPrintsIsInTheBundle() throws IOException {
    Set<String> asked = new TreeSet<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        collect(Pattern.compile("\\.text\\(\"([a-z.-]*[a-z])\""), text, "", asked);
        collect(Pattern.compile("\\$\\{t:([a-z.-]+)}"), text, "", asked);
        collect(Pattern.compile("tr\\('([a-z.-]*[a-z])'"), text, "html.", asked);
      }
    }
    assertTrue(asked.size() > 60, asked.toString());
    asked.removeAll(bundle("").stringPropertyNames());
    assertEquals(Set.of(), asked, "asked for but not in CliMessages");
  }

  private static void collect(Pattern pattern, String text, String prefix, Set<String> keys) {
    Matcher key = pattern.matcher(text);
    while (key.find()) {
      keys.add(prefix + key.group(1));
    }
  }

  private static Set<String> arguments(String pattern) {
    Set<String> arguments = new TreeSet<>();
    Matcher argument = ARGUMENT.matcher(pattern);
    while (argument.find()) {
      arguments.add(argument.group(1));
    }
    return arguments;
  }

  @Test
  void theSeedReportInChineseSaysSoAndCarriesTheEnglishOnHover() throws IOException {
    Path report = folder.resolve("report.html");
    CommandRun run = CommandRun.of("report", "--lang", "zh", CommandRun.SEEDS, "-o", report);
    assertEquals(ExitCode.FINDINGS, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("已写入 " + report + "：5 份文件，错误 "), run.out());
    String html = Files.readString(report, StandardCharsets.UTF_8);
    assertTrue(html.contains("<html lang=\"zh-CN\">") && html.contains("<h1>资金链审核报告</h1>"), "Chinese headings");
    JsonNode data = ReportCommandTest.data(html);
    assertEquals("zh", data.path("lang").asText());
    assertEquals("合计", data.path("text").path("total").asText());
    JsonNode linked = subjectSum(data);
    assertEquals("budget.subject-sum", linked.path("finding").path("rule").asText());
    assertTrue(linked.path("message").asText().contains("万元"), linked.toString());
    assertTrue(linked.path("message").asText().codePoints().anyMatch(c -> c >= 0x4e00 && c <= 0x9fff)
        && !linked.path("message").asText().equals(linked.path("finding").path("message").asText()), linked.toString());
    assertEquals(linked.path("finding").path("message").asText(), linked.path("hover").asText(),
        "the English on hover, as the JSON keeps it");
  }

  /** Seed 004's 表7 finding on 21015 医疗保障管理事务's 支出总计. */
  static JsonNode subjectSum(JsonNode data) {
    for (JsonNode linked : data.path("findings")) {
      if (linked.path("anchor").asText().equals(ReportBrowserTest.ROW_21015 + "/total")) {
        return linked;
      }
    }
    throw new AssertionError("no finding at 表7's 21015 row: " + data.path("findings"));
  }

  @Test
  void theEnglishReportShowsEnglishAndCarriesTheChineseOnHover() throws IOException {
    Path report = folder.resolve("report.html");
    CommandRun run = CommandRun.of("report", "--lang", "en", CommandRun.SEEDS, "-o", report);
    assertTrue(run.out().startsWith("Wrote " + report + ": 5 documents, "), run.out());
    JsonNode data = ReportCommandTest.data(Files.readString(report, StandardCharsets.UTF_8));
    assertEquals("en", data.path("lang").asText());
    JsonNode linked = subjectSum(data);
    assertEquals(linked.path("finding").path("message").asText(), linked.path("message").asText());
    assertTrue(linked.path("hover").asText().contains("相差"), linked.toString());
  }

  @Test
  void validatePrintsTheReadingAndItsLinesInChinese() {
    CommandRun run = CommandRun.of("validate", "--lang", "zh", JIANGMEN_16);
    assertEquals(ExitCode.CLEAN, run.exitCode(), run.out() + run.err());
    assertTrue(run.out().contains(JIANGMEN_16 + "  资金下达通知 江财社〔2023〕16号："), run.out());
    assertTrue(run.out().contains("  读取原文：错误 0 条，警告 "), run.out());
    assertTrue(run.out().contains("警告 read.not-read（江财社〔2023〕16号#/notice (line 78, column 1)）：第78–100行为绩效目标表，"
        + "只读取其项目名称"), run.out());
    assertTrue(run.out().contains("提示 read.not-read（江财社〔2023〕16号#/notice (line 25, column 1)）：第25行「江门市财政局办公室」："
        + "印发机关，通知中没有对应项"), run.out());
    assertTrue(run.out().contains("  文件审核：未发现问题"), run.out());
  }

  @Test
  void theDefaultLocaleChoosesTheLanguageAndLangOverridesIt() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.CHINA);
      assertTrue(CommandRun.of("validate", JIANGMEN_16).out().contains("读取原文："));
      assertTrue(CommandRun.of("validate", "--lang", "en", JIANGMEN_16).out().contains("reading the source (读取): "));
      Locale.setDefault(Locale.FRANCE);
      assertTrue(CommandRun.of("validate", JIANGMEN_16).out().contains("reading the source (读取): "),
          "English where the default is neither");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void jsonKeepsTheRuleIdTheArgumentsAndTheEnglishWhateverTheLanguage() throws IOException {
    CommandRun run = CommandRun.of("validate", "--lang", "zh", "--format", "json", JIANGMEN_16);
    JsonNode reading = JsonMapper.builder().build().readTree(run.out()).path("files").path(0).path("reading");
    JsonNode notRead = null;
    for (JsonNode finding : reading) {
      if ("78".equals(finding.path("arguments").path("line").asText())) {
        notRead = finding;
      }
    }
    assertTrue(notRead != null, reading.toString());
    assertEquals("read.not-read", notRead.path("rule").asText());
    assertEquals("read.not-read.target-table", notRead.path("key").asText());
    assertTrue(notRead.path("message").asText().startsWith("a performance target table (绩效目标表) on lines 78–"),
        notRead.toString());
  }

  @Test
  void flowPrintsItsHeadingsAndChainFindingsInChinese() {
    CommandRun run = CommandRun.of("flow", "--lang", "zh", CommandRun.SEEDS);
    assertTrue(run.out().startsWith("资金链：4 份文件，"), run.out());
    assertTrue(run.out().contains("\n根文件：\n") && run.out().contains("\n不属于资金链的文件：\n"), run.out());
    assertTrue(run.out().contains("资金链审核：错误 "), run.out());
  }

  /** Seed 000's text lost its title in extraction: no notice is read, and the error says why in Chinese. */
  @Test
  void anUnreadableSourceIsNamedWithItsReadingErrorsInChinese() {
    Path seed000 = JIANGMEN_16.resolveSibling("000-guangdong-307.txt");
    CommandRun run = CommandRun.of("validate", "--lang", "zh", seed000);
    assertEquals(ExitCode.UNREADABLE, run.exitCode(), run.out());
    assertTrue(run.err().contains("错误：" + seed000 + "：未能读出资金下达通知：错误 read.absent（/title）：原文未列示标题，"
        + "而通知必须有标题"), run.err());
  }

  @Test
  void aBadRuleIsAUsageErrorInTheLanguageAsked() {
    CommandRun run = CommandRun.of("validate", "--lang", "zh", "--disable", "table.summ", JIANGMEN_16);
    assertEquals(ExitCode.UNREADABLE, run.exitCode());
    assertTrue(run.err().contains("--disable table.summ: 没有编号为 table.summ 的规则；最接近的规则编号是 table.sum"),
        run.err());
  }
}
