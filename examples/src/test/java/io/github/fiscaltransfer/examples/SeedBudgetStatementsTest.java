package io.github.fiscaltransfer.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fiscaltransfer.budget.DepartmentBudget;
import io.github.fiscaltransfer.policy.ValidationPolicy;
import io.github.fiscaltransfer.reader.ReadRule;
import io.github.fiscaltransfer.reader.SeedTexts;
import io.github.fiscaltransfer.reader.text.BudgetTextReader;
import io.github.fiscaltransfer.reader.text.NarrativeTextReader;
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

/**
 * Seed 004's prose, statement by statement: {@code seed-004-statements.txt} lists every statement with the cell it
 * restates and its verdict, each group explained in a comment from the document; the three it reports are asserted
 * here with their figures.
 */
class SeedBudgetStatementsTest {

  private static final List<StatementVerdict> VERDICTS = SeedBudgetStatements.verdicts();

  @Test
  void everyStatementWithItsCellAndVerdict() throws IOException {
    List<String> expected = expected();
    List<String> actual = VERDICTS.stream().map(StatementVerdict::toString).toList();
    for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
      assertEquals(expected.get(i), actual.get(i), "statement " + i);
    }
    assertEquals(expected.size(), actual.size());
    assertEquals(121, actual.size());
    assertEquals(36, VERDICTS.stream().filter(v -> v.cell().isPresent()).count());
  }

  @Test
  void reportsTheMissingTableTheRoundedPercentageAndTheTaskOffByOne() {
    List<Finding> reported = VERDICTS.stream().flatMap(v -> v.findings().stream())
        .filter(f -> f.severity() != Severity.INFO).toList();
    assertEquals(3, reported.size(), reported::toString);
    // 目录 line 24 announces (四) 基本支出总表; the text carries no 表4.
    assertFinding(reported.get(0), StatementRule.TABLE_MISSING, "line 24, column 3", "present", "absent");
    // Line 127: 医药支付管理 554万元 … 增加148万元，增幅37%: 148 / (554 − 148) = 36.45%, printed 36% if rounded half up.
    assertFinding(reported.get(1), StatementRule.PERCENT, "line 127, column 1", "36%", "37%");
    // Line 221 (第七部分): 医疗保障综合管理 3,528; 表11 prints 3,527 for the same task.
    assertFinding(reported.get(2), StatementRule.FIGURE, "line 221, column 1", "3,527万元", "3,528万元");
    assertEquals(Severity.WARNING, reported.get(1).severity());
    assertEquals("深圳市医疗保障局 2022 预算", reported.get(2).document());
  }

  @Test
  void aPolicyTurnsTheNarrativeRulesOff() {
    ValidationPolicy quiet = ValidationPolicy.builder().disable(StatementRule.PERCENT).disable("statement.figure")
        .severity(StatementRule.TABLE_MISSING, Severity.INFO).build();
    var budget = SeedBudget.document();
    var narrative = SeedBudgetStatements.read(budget).document().orElseThrow();
    assertTrue(NarrativeValidator.of(quiet).verdicts(budget, narrative).stream().allMatch(StatementVerdict::passes));
    assertTrue(NarrativeValidator.of(quiet).validate(budget, narrative).findings("statement.percent").isEmpty());
  }

  @Test
  void theBudgetReadFromTheTextGivesTheSameVerdictsAsTheREADMEShows() {
    String text = SeedTexts.text(SeedTexts.SHENZHEN_BUDGET);
    DepartmentBudget read = BudgetTextReader.create().read(text).document().orElseThrow();
    Narrative prose = NarrativeTextReader.create().read(text, read).document().orElseThrow();
    assertEquals(VERDICTS.stream().map(Object::toString).toList(),
        NarrativeValidator.builtIn().verdicts(read, prose).stream().map(Object::toString).toList());
    ValidationPolicy.Builder quiet = ValidationPolicy.builder();
    for (StatementRule rule : StatementRule.values()) {
      quiet.disable(rule);
    }
    assertTrue(NarrativeValidator.of(quiet.build()).validate(read, prose).isEmpty());
  }

  @Test
  void theReaderNamesTheFiguresItAttachesToNoStatement() {
    List<Finding> notRead = SeedBudgetStatements.read(SeedBudget.document()).report().findings()
        .findings(ReadRule.NOT_READ.id());
    // 预算收支增加主要原因 (line 103): 一是 … 四是, four changes of no statement; line 153: 实际预算增加4,396万元，
    // 增幅2%; five thresholds (5 万元及以上, 单价 50/100 万元以上 twice).
    assertEquals(11, notRead.size(), notRead::toString);
    assertTrue(notRead.stream().allMatch(f -> f.severity() == Severity.INFO));
  }

  private static void assertFinding(Finding finding, StatementRule rule, String source, String expected,
      String actual) {
    assertEquals(rule.id(), finding.ruleId(), finding::toString);
    assertEquals(source, finding.source().orElseThrow());
    assertEquals(expected, finding.expected().orElseThrow());
    assertEquals(actual, finding.actual().orElseThrow());
  }

  private static List<String> expected() throws IOException {
    try (InputStream in = SeedBudgetStatementsTest.class.getResourceAsStream("/seed-004-statements.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(line -> !line.startsWith("#") && !line.isBlank()).toList();
    }
  }
}
