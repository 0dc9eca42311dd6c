package io.github.fiscaltransfer.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fiscaltransfer.ValueContract;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.performance.IndicatorLevel1;
import io.github.fiscaltransfer.performance.PerformanceRule;
import io.github.fiscaltransfer.validation.Finding;
import io.github.fiscaltransfer.validation.Severity;
import io.github.fiscaltransfer.validation.ValidationReport;
import java.math.BigDecimal;
import java.time.Year;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SelfEvaluationTest {

  private static final String REF = "绩效自评 2022 江门市 中央财政医疗服务与保障能力提升补助资金#";

  private static final SelfEvaluation SEED = SeedSelfEvaluations.jiangmen2022();

  private static IndicatorScore score(IndicatorLevel1 level1, String score) {
    return IndicatorScore.of(level1, level1.label(), "指标", new BigDecimal(score));
  }

  /** A fully scored evaluation: budget execution plus one score per standard section. */
  private static SelfEvaluation scored(String execution, String output, String benefit, String satisfaction,
      Grade stated) {
    return SelfEvaluation.builder().from(SEED).statedExecutionScore(new BigDecimal(execution))
        .scores(List.of(score(IndicatorLevel1.OUTPUT, output), score(IndicatorLevel1.BENEFIT, benefit),
            score(IndicatorLevel1.SATISFACTION, satisfaction)))
        .statedGrade(stated).build();
  }

  @Test
  void seedRatesAndTotalAreComputedFromItsBudgetLines() {
    assertEquals(new BigDecimal("100.00"), SEED.budgetLines().get(0).executionRateRoundedHalfUp());
    assertEquals(new BigDecimal("89.17"), SEED.budgetLines().get(1).executionRateRoundedHalfUp());
    assertEquals(PrintedAmount.parse("204.16万元"), SEED.evaluatedTotal());
    assertEquals(new BigDecimal("89.60"), SEED.overallExecutionRateRoundedHalfUp());
  }

  @Test
  void seedSectionScoresAreThoseThePrintedScoresAddUpTo() {
    assertEquals(Optional.of(new BigDecimal("41")), SEED.sectionScore(IndicatorLevel1.OUTPUT));
    assertEquals(Optional.of(new BigDecimal("10")), SEED.sectionScore(IndicatorLevel1.SATISFACTION));
    assertEquals(Optional.empty(), SEED.sectionScore(IndicatorLevel1.BENEFIT));
    assertEquals(new BigDecimal("51"), SEED.statedScoreTotal());
  }

  @Test
  void seedTotalAndGradeAreNotComputedBecauseTheReportIsSilent() {
    assertEquals(List.of("预算执行率得分", "效益指标"), SEED.unstatedParts());
    assertEquals(Optional.empty(), SEED.totalScore());
    assertEquals(Optional.empty(), SEED.computedGrade());
  }

  @Test
  void seedValidatesToOneInfoThatItsGradeCannotBeVerified() {
    ValidationReport report = SEED.validate();
    assertEquals(List.of("INFO evaluation.grade-unverifiable at " + REF + "/statedGrade: expected a total score, actual 51 to 91 — "
            + "The stated grade 优 cannot be verified: the report states no 预算执行率得分, 效益指标, so the total "
            + "lies between 51 and 91"),
        report.findings().stream().map(Finding::toString).toList());
  }

  @Test
  void seedReadsAsASummary() {
    assertEquals("绩效自评 2022 中央财政医疗服务与保障能力提升补助资金: 204.16万元, 17 scores, total not computable "
        + "(not stated: 预算执行率得分, 效益指标), stated grade 优", SEED.toString());
  }

  @Test
  void statedRatesAndTotalThatDifferAreErrors() {
    SelfEvaluation wrong = SelfEvaluation.builder().from(SEED)
        .budgetLines(List.of(BudgetLine.builder().from(SEED.budgetLines().get(1))
            .statedExecutionRate(new BigDecimal("89.16")).build()))
        .build();
    ValidationReport report = wrong.validate();
    assertEquals("ERROR evaluation.execution-rate at " + REF + "/budgetLines/0/statedExecutionRate: expected 89.17%, actual "
        + "89.16% — The stated execution rate 89.16% is not 174.77万元 / 196万元 = 89.17% (rounded half-up)",
        report.findings("evaluation.execution-rate").get(0).toString());
    assertEquals("ERROR evaluation.total-funds at " + REF + "/statedEvaluatedTotal: expected 196万元, actual 204.16万元 — "
        + "The stated evaluated total 204.16万元 is not the budget lines' total 196万元; more than rounding (四舍五入) 2 "
        + "printed figures can explain",
        report.findings("evaluation.total-funds").get(0).toString());
  }

  /** Issue #31: a self-evaluation presents rounded figures, so one printed step off its lines' total is a warning. */
  @Test
  void aTotalWithinTheRoundingOfItsPrintedFiguresIsAWarning() {
    SelfEvaluation rounded = SelfEvaluation.builder().from(SEED).statedEvaluatedTotal(PrintedAmount.parse("204.17万元"))
        .build();
    Finding total = rounded.validate().findings("evaluation.total-funds").get(0);
    assertEquals(Severity.WARNING, total.severity());
    assertEquals("The stated evaluated total 204.17万元 is not the budget lines' total 204.16万元; within the ±0.01万元 "
        + "that rounding (四舍五入) 3 printed figures allows (尾数误差)", total.message());
  }

  @Test
  void statedRateIsComparedAtItsPrintedScale() {
    SelfEvaluation oneDecimal = SelfEvaluation.builder().from(SEED)
        .budgetLines(List.of(BudgetLine.builder().from(SEED.budgetLines().get(1))
            .statedExecutionRate(new BigDecimal("89.2")).build()))
        .statedEvaluatedTotal(Optional.empty())
        .build();
    assertEquals(List.of(), oneDecimal.validate().findings("evaluation.execution-rate"));
  }

  @Test
  void fullyScoredEvaluationComputesTotalAndGrade() {
    SelfEvaluation evaluation = scored("8.92", "41", "30", "10", Grade.EXCELLENT);
    assertEquals(Optional.of(new BigDecimal("89.92")), evaluation.totalScore());
    assertEquals(Optional.of(Grade.GOOD), evaluation.computedGrade());
    assertEquals("ERROR evaluation.grade-mismatch at " + REF + "/statedGrade: expected 良, actual 优 — The stated grade 优 does "
        + "not match the total score 89.92, which earns 良",
        evaluation.validate().findings("evaluation.grade-mismatch").get(0).toString());
    assertEquals(List.of(), scored("9", "41", "30", "10", Grade.EXCELLENT).validate().findings());
  }

  @Test
  void statedGradeOutOfReachIsAnErrorEvenWhenPartsAreMissing() {
    SelfEvaluation evaluation = SelfEvaluation.builder().from(SEED)
        .scores(List.of(score(IndicatorLevel1.OUTPUT, "20"), score(IndicatorLevel1.SATISFACTION, "5")))
        .build();
    assertEquals("The stated grade 优 cannot be reached: the report states no 预算执行率得分, 效益指标, and the total "
        + "lies between 25 and 65", evaluation.validate().findings("evaluation.grade-mismatch").get(0).message());
    assertEquals("填报的评价等级“优”不可能达到：报告未填预算执行率得分、效益指标，总分在 25 至 65 分之间",
        evaluation.validate().findings("evaluation.grade-mismatch").get(0).message(Locale.SIMPLIFIED_CHINESE));
  }

  @Test
  void scoresAboveMaximumOrWeightAreErrors() {
    IndicatorScore over = IndicatorScore.builder().from(score(IndicatorLevel1.OUTPUT, "3"))
        .maximum(new BigDecimal("2")).build();
    SelfEvaluation evaluation = SelfEvaluation.builder().from(SEED).statedExecutionScore(new BigDecimal("11"))
        .scores(List.of(over, score(IndicatorLevel1.SATISFACTION, "10.5"), score(IndicatorLevel1.COST, "1")))
        .statedGrade(Optional.empty()).build();
    ValidationReport report = evaluation.validate();
    assertEquals("ERROR evaluation.score-over-maximum at " + REF + "/scores/0/score: expected at most 2, actual 3 — 指标 scores "
        + "3 points, above its maximum of 2", report.findings("evaluation.score-over-maximum").get(0).toString());
    assertEquals(List.of("/statedExecutionScore", "/scores", "/scores"),
        report.findings("evaluation.section-over-weight").stream().map(f -> f.pointer().toString()).toList());
    assertEquals(List.of("预算执行率得分", "满意度指标", "成本指标"), report.findings("evaluation.section-over-weight")
        .stream().map(f -> f.message().substring(0, f.message().indexOf(' '))).toList());
    assertEquals(4, report.findings().size(), report::toString);
  }

  @Test
  void weightsAreConfigurableButMustAddUpToHundred() {
    Map<IndicatorLevel1, BigDecimal> sections = new EnumMap<>(IndicatorLevel1.class);
    sections.put(IndicatorLevel1.OUTPUT, new BigDecimal("40"));
    sections.put(IndicatorLevel1.BENEFIT, new BigDecimal("30"));
    sections.put(IndicatorLevel1.SATISFACTION, new BigDecimal("10"));
    sections.put(IndicatorLevel1.COST, new BigDecimal("10"));
    ScoringWeights custom = ScoringWeights.of(BigDecimal.TEN, sections);
    assertEquals(new BigDecimal("10"), custom.weight(IndicatorLevel1.COST));
    assertEquals(BigDecimal.ZERO, ScoringWeights.standard().weight(IndicatorLevel1.COST));
    sections.put(IndicatorLevel1.COST, new BigDecimal("5"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ScoringWeights.of(BigDecimal.TEN, sections));
    assertEquals("Scoring weights must add up to 100 points: 95", e.getMessage());
    ValueContract.assertValueSemantics(ScoringWeights.standard(), ScoringWeights.standard(), custom);
  }

  @Test
  void evaluationNeedsABudgetLine() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SelfEvaluation.builder().grantName("测试资金").year(Year.of(2022)).build());
    assertEquals("A self-evaluation needs at least one budget line: 测试资金", e.getMessage());
  }

  /** Defect 6c of issue #19: a negative stated score read, and then validate threw from Grade.of. */
  @Test
  void aNegativeStatedExecutionScoreIsRefusedLikeEveryOtherScore() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SelfEvaluation.builder().from(SEED).statedExecutionScore(new BigDecimal("-1000")).build());
    assertEquals("A score must not be negative: -1000 for 预算执行率得分 of " + SEED.grantName(), e.getMessage());
  }

  /** Defect 6a of issue #19: lines that add up beyond 24 integer digits made validate and toString throw. */
  @Test
  void aTotalBeyondWhatAnAmountHoldsIsReportedNotThrown() {
    PrintedAmount huge = PrintedAmount.parse("999,999,999,999,999,999,999,999元");
    BudgetLine line = BudgetLine.builder().from(SEED.budgetLines().get(0)).available(huge).spent(huge)
        .statedExecutionRate(Optional.empty()).build();
    SelfEvaluation evaluation = SelfEvaluation.builder().from(SEED).budgetLines(List.of(line, line))
        .statedEvaluatedTotal(huge).build();
    Finding total = evaluation.validate().findings().stream()
        .filter(f -> f.ruleId().equals(PerformanceRule.TOTAL_FUNDS.id())).findFirst().orElseThrow();
    assertEquals(Optional.of("1,999,999,999,999,999,999,999,998元"), total.expected());
    assertEquals("The stated evaluated total 999,999,999,999,999,999,999,999元 is not the budget lines' total "
        + "1,999,999,999,999,999,999,999,998元; more than rounding (四舍五入) 3 printed figures can explain",
        total.message());
    assertEquals(new BigDecimal("100.00"), evaluation.overallExecutionRateRoundedHalfUp());
    assertTrue(evaluation.toString().contains(": 1,999,999,999,999,999,999,999,998元, "), evaluation::toString);
    assertThrows(IllegalArgumentException.class, evaluation::evaluatedTotal);
  }

  @Test
  void evaluationsAndScoresAreValues() {
    ValueContract.assertValueSemantics(SeedSelfEvaluations.jiangmen2022(), SeedSelfEvaluations.jiangmen2022(),
        SelfEvaluation.builder().from(SEED).statedGrade(Grade.GOOD).build());
    ValueContract.assertValueSemantics(score(IndicatorLevel1.OUTPUT, "2"), score(IndicatorLevel1.OUTPUT, "2"),
        score(IndicatorLevel1.OUTPUT, "2.0"));
  }
}
