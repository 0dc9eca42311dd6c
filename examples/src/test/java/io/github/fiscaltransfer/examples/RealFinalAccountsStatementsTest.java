package io.github.fiscaltransfer.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fiscaltransfer.budget.FinalAccounts;
import io.github.fiscaltransfer.policy.ValidationPolicy;
import io.github.fiscaltransfer.reader.ReadRule;
import io.github.fiscaltransfer.statement.Narrative;
import io.github.fiscaltransfer.statement.NarrativeValidator;
import io.github.fiscaltransfer.statement.StatementRule;
import io.github.fiscaltransfer.statement.StatementVerdict;
import io.github.fiscaltransfer.validation.Finding;
import io.github.fiscaltransfer.validation.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The 情况说明 of the two filled 决算 of the corpus, statement by statement: {@code real-*-statements.txt} list every
 * statement with the cell it restates and its verdict, each group explained in a comment from the document; what
 * they report is asserted here with its figures.
 */
class RealFinalAccountsStatementsTest {

  private static final List<StatementVerdict> PLANNING = RealFinalAccountsStatements.verdicts(0);
  private static final List<StatementVerdict> SOCIAL_WORK = RealFinalAccountsStatements.verdicts(1);

  @ParameterizedTest
  @CsvSource({"0, real-planning-resources-statements.txt, 74, 39", "1, real-social-work-statements.txt, 53, 26"})
  void everyStatementWithItsCellAndVerdict(int index, String file, int statements, int linked) throws IOException {
    List<String> expected = expected(file);
    List<StatementVerdict> verdicts = index == 0 ? PLANNING : SOCIAL_WORK;
    List<String> actual = verdicts.stream().map(StatementVerdict::toString).toList();
    for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
      assertEquals(expected.get(i), actual.get(i), "statement " + i);
    }
    assertEquals(expected.size(), actual.size());
    assertEquals(statements, actual.size());
    assertEquals(linked, verdicts.stream().filter(v -> v.cell().isPresent()).count());
  }

  @Test
  void planningReportsTheTruncatedRatesTheHealthClassAndTheBasicExpenditureOfTheWrongTable() {
    List<Finding> reported = reported(PLANNING);
    assertEquals(5, reported.size(), reported::toString);
    // Line 623: 占本年支出合计的 99.86%, but 9746.50 / 9759.38 = 99.868%.
    assertFinding(reported.get(0), StatementRule.PERCENT, Severity.ERROR, "line 623, column 3", "99.87%", "99.86%");
    // Line 637: 卫生健康支出（类）236.63万元; 一般公共预算财政拨款支出决算表's 210 row prints 236.64.
    assertFinding(reported.get(1), StatementRule.FIGURE, Severity.WARNING, "line 637, column 33", "236.64万元",
        "236.63万元");
    // Line 647: 年初预算为 10210.34 万元，支出决算为 9746.50 万元，完成年初预算的 95.45% — 95.457%.
    assertFinding(reported.get(2), StatementRule.PERCENT, Severity.ERROR, "line 647, column 33", "95.46%", "95.45%");
    // Line 785: 一般公共预算财政拨款基本支出 5377.64万元。其中：人员经费 4896.98 万元 — the 基本支出决算表 prints
    // 人员经费合计 4884.09 and 公用经费合计 480.66.
    assertFinding(reported.get(3), StatementRule.FIGURE, Severity.ERROR, "line 785, column 3", "5,364.75万元",
        "5,377.64万元");
    assertFinding(reported.get(4), StatementRule.FIGURE, Severity.ERROR, "line 785, column 32", "4,884.09万元",
        "4,896.98万元");
    assertEquals("上海市普陀区规划和自然资源局 2024 决算", reported.get(0).document());
  }

  @Test
  void socialWorkReportsTheShareRoundedToAddUpTheRateOfNothingAndTheBasicExpenditureOneFenShort() {
    List<Finding> reported = reported(SOCIAL_WORK);
    assertEquals(3, reported.size(), reported::toString);
    // Line 484: 住房保障支出（类）29.42 万元，占 9.55%: 29.42 / 307.82 = 9.557%.
    assertFinding(reported.get(0), StatementRule.PERCENT, Severity.ERROR, "line 484, column 9", "9.56%", "9.55%");
    // Line 488–490: 年初预算为 0 万元，全年预算为 321.02 万元，支出决算为 307.82 万元，完成年初预算的 95.89%.
    assertFinding(reported.get(1), StatementRule.PERCENT, Severity.ERROR, "line 490, column 11", "no percentage",
        "95.89%");
    // Line 571: 一般公共预算财政拨款基本支出 105.58 万元; 人员经费合计 95.36 + 公用经费合计 10.23 = 105.59.
    assertFinding(reported.get(2), StatementRule.FIGURE, Severity.WARNING, "line 571, column 3", "105.59万元",
        "105.58万元");
  }

  @Test
  void everyChangeIsUncheckedAgainstATableForA决算PrintsNoLastYear() {
    // 收入支出总计 增加 1062.85: the 总表 prints 2024 alone.
    Finding first = PLANNING.get(0).findings().get(0);
    assertEquals(StatementRule.CHANGE_UNCHECKED.id(), first.ruleId());
    assertTrue(PLANNING.stream().flatMap(v -> v.findings().stream())
        .noneMatch(f -> f.ruleId().equals(StatementRule.CHANGE.id())));
  }

  @Test
  void aPolicyTurnsTheNarrativeRulesOff() {
    ValidationPolicy.Builder quiet = ValidationPolicy.builder();
    for (StatementRule rule : StatementRule.values()) {
      quiet.disable(rule);
    }
    for (int i = 0; i < 2; i++) {
      FinalAccounts accounts = RealFinalAccountsStatements.accounts(i);
      Narrative prose = RealFinalAccountsStatements.read(i).document().orElseThrow();
      assertTrue(NarrativeValidator.of(quiet.build()).validate(accounts, prose).isEmpty());
    }
  }

  @Test
  void theReaderNamesTheFiguresItAttachesToNoStatement() {
    List<Finding> notRead = RealFinalAccountsStatements.read(0).report().findings().findings(ReadRule.NOT_READ.id());
    // 较上一度增加 1133.95 万元 three times (a change of no figure the paragraph states), 完成预算的 rates four times
    // in a sentence after the one stating the budget or of an item whose budget is not stated (line 698, 七（一）),
    // 与上一年度持平 twice, three shares of no stated whole (七（二）), 单价 100 万元（含）以上 (a threshold), and
    // line 627's "增长 13.95。", a change printed with neither % nor unit (line 614 prints the same 13.95%).
    assertEquals(14, notRead.size(), notRead::toString);
    assertTrue(notRead.stream().anyMatch(f -> f.key().equals("read.not-read.prose-bare-change")
        && f.source().orElse("").startsWith("line 627,") && f.actual().orElse("").equals("增长 13.95")),
        notRead::toString);
    // 社会工作部: only its 单价 100 万元（含）以上.
    assertEquals(1, RealFinalAccountsStatements.read(1).report().findings().findings(ReadRule.NOT_READ.id()).size());
  }

  private static List<Finding> reported(List<StatementVerdict> verdicts) {
    return verdicts.stream().flatMap(v -> v.findings().stream()).filter(f -> f.severity() != Severity.INFO).toList();
  }

  private static void assertFinding(Finding finding, StatementRule rule, Severity severity, String source,
      String expected, String actual) {
    assertEquals(rule.id(), finding.ruleId(), finding::toString);
    assertEquals(severity, finding.severity(), finding::toString);
    assertEquals(source, finding.source().orElseThrow());
    assertEquals(expected, finding.expected().orElseThrow());
    assertEquals(actual, finding.actual().orElseThrow());
  }

  private static List<String> expected(String file) throws IOException {
    try (InputStream in = RealFinalAccountsStatementsTest.class.getResourceAsStream("/" + file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(line -> !line.startsWith("#") && !line.isBlank()).toList();
    }
  }
}
