package io.github.fiscaltransfer.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.fiscaltransfer.budget.DepartmentBudget;
import io.github.fiscaltransfer.budget.FinalAccounts;
import io.github.fiscaltransfer.document.NoticeDocument;
import io.github.fiscaltransfer.evaluation.SelfEvaluation;
import io.github.fiscaltransfer.jackson.FiscalTransferMappers;
import io.github.fiscaltransfer.money.AmountParseException;
import io.github.fiscaltransfer.money.AmountUnit;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.notice.AllocationTable;
import io.github.fiscaltransfer.reader.ReadResult;
import io.github.fiscaltransfer.reader.SeedTexts;
import io.github.fiscaltransfer.reader.sheet.AllocationSheetReader;
import io.github.fiscaltransfer.reader.text.SelfEvaluationTextReader;
import io.github.fiscaltransfer.unit.UnitRegistry;
import io.github.fiscaltransfer.validation.Finding;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue #35: one grammar per value, whichever way in. The same bad figures, years and scales are fed to every JSON
 * document kind (the seed notices, the self-evaluation, the department budget and the 部门决算, at every place each
 * holds such a value), to the self-evaluation text reader, to the workbook reader and to the value type itself; each refuses them
 * with the same words, as an exception (JSON, value type) or a finding at the source (text, workbook).
 */
class OneGrammarTest {

  private static final JsonMapper MAPPER = FiscalTransferMappers.newMapper();
  private static final String BUDGET = "/seeds/004-shenzhen-healthcare-security-2022.json";
  private static final List<String> FINAL_ACCOUNTS = List.of("/real/putuo-planning-resources-2024-final-accounts.json",
      "/real/putuo-social-work-2024-final-accounts.json");
  private static final Pattern YEAR = Pattern.compile("\"(?:fiscalYear|year|fundsYear)\": (\\d+)");
  private static final Pattern SCALE = Pattern.compile("\"scale\": (\\d+)");
  private static final Pattern NOTICE_FIGURE = Pattern.compile("\"figure\": (\"10831\")");
  private static final Pattern BUDGET_FIGURE = Pattern.compile("\"governmentFund\": (\"1477\")");
  private static final Pattern FINAL_FIGURE = Pattern.compile("\"total\": (\"307.82\")");
  /** 21 integer digits in 万元: one more than the 24 in 元 allow. */
  private static final String TOO_LONG = "100000000000000000000";
  private static final String DIGIT_LIMIT = "20 integer digits in 万元 (24 in 元)";

  @TempDir
  Path dir;

  private static String resource(String name) {
    try (InputStream in = OneGrammarTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Replaces the value at each place a pattern finds in a document, one place at a time, and checks that each
   * variant is refused in the words given.
   *
   * @return how many places were refused
   */
  private static int refusedAtEveryPlace(String json, Class<?> kind, Pattern place, String literal, String words) {
    int places = 0;
    Matcher matcher = place.matcher(json);
    while (matcher.find()) {
      String variant = json.substring(0, matcher.start(1)) + literal + json.substring(matcher.end(1));
      String message = assertThrows(JsonProcessingException.class, () -> MAPPER.readValue(variant, kind), variant)
          .getMessage();
      assertTrue(message.contains(words), message);
      places++;
    }
    return places;
  }

  /**
   * The refusals at every place of a pattern in every JSON document kind: the seed notices and self-evaluation, the
   * seed department budget, and the two 部门决算 of the corpus.
   */
  private static int refusedEverywhere(Pattern place, String literal, String words) {
    int places = refusedAtEveryPlace(resource(BUDGET), DepartmentBudget.class, place, literal, words);
    for (String file : FINAL_ACCOUNTS) {
      places += refusedAtEveryPlace(resource(file), FinalAccounts.class, place, literal, words);
    }
    for (String file : SeedDocuments.FILES) {
      places += refusedAtEveryPlace(resource(file), NoticeDocument.class, place, literal, words);
    }
    assertTrue(places > 0, place::pattern);
    return places;
  }

  @ParameterizedTest
  @ValueSource(strings = {"20222", "0", "2022.5", "\"2022\"", "2.022E3", "-2022", "2022.0"})
  void aBadYearIsRefusedByEveryJsonKindInTheSameWords(String year) {
    assertEquals(17, refusedEverywhere(YEAR, year, "a year is a JSON integer from 1 to 9999"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"20222", "0", "2022.5"})
  void aBadYearIsNotReadFromTheSelfEvaluationText(String year) {
    String text = resource(SeedTexts.SELF_EVALUATION).replaceFirst("2022 年度", year + " 年度");
    ReadResult<SelfEvaluation> read = SelfEvaluationTextReader.builtIn().read(text);
    assertTrue(read.document().isEmpty(), () -> "read as " + read.document().orElseThrow().year());
    assertTrue(read.report().toString().contains("year"), read.report()::toString);
  }

  /** The 28 table formats: 10 of seed 004, 9 of each 决算. */
  @ParameterizedTest
  @ValueSource(strings = {"1.5", "\"2\"", "5", "-1", "2.0", "1E0", "true"})
  void aBadScaleIsRefusedInTheSameWords(String scale) {
    assertEquals(28, refusedEverywhere(SCALE, scale, "a scale is a JSON integer from 0 to 4"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"１０８３１\"", "\"010831\"", "\"−10831\"", "\"10,831\"", "\"+10831\"", "\"10831 \"",
      "\"1.0831E4\"", "\"-0\""})
  void aFigureOutsideThePlainDecimalIsRefusedByEveryJsonKindInTheSameWords(String figure) {
    String words = "plain decimal such as \"194.00\"";
    assertTrue(refusedEverywhere(NOTICE_FIGURE, figure, words) > 0);
    assertTrue(refusedEverywhere(FINAL_FIGURE, figure, words) > 0);
    assertEquals(4, refusedEverywhere(BUDGET_FIGURE, figure.replace("0831", "477").replace("10,831", "1,477"),
        words));
  }

  @Test
  void aFigureOverTheDigitLimitGetsTheSameAnswerEverywhere() throws IOException {
    AmountParseException value = assertThrows(AmountParseException.class,
        () -> PrintedAmount.parse(TOO_LONG, AmountUnit.WAN_YUAN));
    assertTrue(value.getMessage().contains(DIGIT_LIMIT), value::getMessage);
    assertTrue(refusedEverywhere(NOTICE_FIGURE, "\"" + TOO_LONG + "\"", DIGIT_LIMIT) > 0);
    assertTrue(refusedEverywhere(FINAL_FIGURE, "\"" + TOO_LONG + "\"", DIGIT_LIMIT) > 0);
    assertEquals(4, refusedEverywhere(BUDGET_FIGURE, "\"" + TOO_LONG + "\"", DIGIT_LIMIT));

    String text = resource(SeedTexts.SELF_EVALUATION).replace("自评资金总额为 204.16万元", "自评资金总额为 " + TOO_LONG + "万元");
    assertFinding(SelfEvaluationTextReader.builtIn().read(text).report().findings().findings(), "line ");

    Path workbook = TableWorkbook.write(dir.resolve("one-line.xlsx"),
        List.of(new TableWorkbook.Line("蓬江区", TOO_LONG, "@")));
    ReadResult<AllocationTable> sheet = AllocationSheetReader.builtIn().read(workbook,
        UnitRegistry.builtIn().byName("江门市").orElseThrow());
    assertFinding(sheet.report().findings().findings(), "附件1 row 4, column 2");
  }

  private static void assertFinding(List<Finding> findings, String where) {
    assertTrue(findings.stream().anyMatch(f -> f.ruleId().equals("read.value") && f.message().contains(DIGIT_LIMIT)
        && f.source().orElseThrow().startsWith(where)), findings::toString);
  }
}
