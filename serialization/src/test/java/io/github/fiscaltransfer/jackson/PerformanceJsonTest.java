package io.github.fiscaltransfer.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.fiscaltransfer.identifier.DocumentNumber;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.evaluation.BudgetLine;
import io.github.fiscaltransfer.evaluation.BudgetSource;
import io.github.fiscaltransfer.performance.Funding;
import io.github.fiscaltransfer.performance.IndicatorLevel1;
import io.github.fiscaltransfer.evaluation.IndicatorScore;
import io.github.fiscaltransfer.performance.PerformanceIndicator;
import io.github.fiscaltransfer.performance.PerformanceTargetTable;
import io.github.fiscaltransfer.evaluation.ScoringWeights;
import io.github.fiscaltransfer.evaluation.SeedSelfEvaluations;
import io.github.fiscaltransfer.performance.SeedTargetTables;
import io.github.fiscaltransfer.evaluation.SelfEvaluation;
import java.math.BigDecimal;
import java.time.Year;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The performance types as JSON, with the seed target tables and self-evaluation of the core test-jar. */
class PerformanceJsonTest {

  /** A holder, so that errors have a path to name. */
  record Holder(SelfEvaluation evaluation) {
  }

  private static final String INDICATOR = "{\"level1\":\"产出指标\",\"level2\":\"质量指标\",\"name\":\"医保人才培训人次\","
      + "\"target\":\"≥ 200人次\"}";
  private static final String BUDGET_LINE = "{\"source\":\"当年下达\",\"fundsYear\":2022,"
      + "\"basisDocument\":\"粤财社〔2021〕307号\","
      + "\"available\":{\"figure\":\"196\",\"unit\":\"万元\"},\"spent\":{\"figure\":\"174.77\",\"unit\":\"万元\"},"
      + "\"statedExecutionRate\":\"89.17\"}";

  static Stream<PerformanceTargetTable> seedTables() {
    return Stream.of(SeedTargetTables.guangdong2022(), SeedTargetTables.lianghe2022Template(),
        SeedTargetTables.jiangmen2023No1(), SeedTargetTables.jiangmen2023No2(), SeedTargetTables.jiangmen2023No3());
  }

  @ParameterizedTest
  @MethodSource("seedTables")
  void seedTargetTablesRoundTrip(PerformanceTargetTable table) {
    String json = Mappers.write(table);
    assertEquals(table, Mappers.read(json, PerformanceTargetTable.class));
    assertEquals(json, Mappers.write(Mappers.read(json, PerformanceTargetTable.class)));
  }

  @Test
  void theSeedSelfEvaluationRoundTrips() {
    SelfEvaluation evaluation = SeedSelfEvaluations.jiangmen2022();
    assertEquals(evaluation, Mappers.read(Mappers.write(evaluation), SelfEvaluation.class));
  }

  @Test
  void anIndicatorIsItsPrintedWordingAndTarget() {
    PerformanceIndicator indicator = PerformanceIndicator.of("产出指标", "质量指标", "医保人才培训人次", "≥ 200人次");
    assertEquals(INDICATOR, Mappers.write(indicator));
    assertEquals(indicator, Mappers.read(INDICATOR, PerformanceIndicator.class));
  }

  @Test
  void fundingLeavesBlankCellsOut() {
    Funding funding = Funding.builder().annual(PrintedAmount.parse("1,829万元")).central(PrintedAmount.parse("1,829万元"))
        .build();
    String json = "{\"annual\":{\"figure\":\"1829\",\"unit\":\"万元\"},"
        + "\"central\":{\"figure\":\"1829\",\"unit\":\"万元\"}}";
    assertEquals(json, Mappers.write(funding));
    assertEquals(funding, Mappers.read(json, Funding.class));
    assertEquals("{}", Mappers.write(Funding.builder().build()));
  }

  @Test
  void aBudgetLineKeepsItsStatedRateExactly() {
    BudgetLine line = BudgetLine.builder().source(BudgetSource.ALLOCATED).fundsYear(Year.of(2022))
        .basisDocument(DocumentNumber.parse("粤财社〔2021〕307号")).available(PrintedAmount.parse("196万元"))
        .spent(PrintedAmount.parse("174.77万元")).statedExecutionRate(new BigDecimal("89.17")).build();
    assertEquals(BUDGET_LINE, Mappers.write(line));
    assertEquals(line, Mappers.read(BUDGET_LINE, BudgetLine.class));
  }

  @Test
  void aScoreAndTheWeightsAreWrittenAsPlainDecimalStrings() {
    IndicatorScore score = IndicatorScore.builder().level1(IndicatorLevel1.SATISFACTION).level2Text("满意度指标")
        .name("服务对象满意度").actual("≥90%").score(BigDecimal.TEN).build();
    String json = "{\"level1\":\"满意度指标\",\"level2\":\"满意度指标\",\"name\":\"服务对象满意度\",\"actual\":\"≥90%\","
        + "\"score\":\"10\"}";
    assertEquals(json, Mappers.write(score));
    assertEquals(score, Mappers.read(json, IndicatorScore.class));
    String weights = "{\"budgetExecution\":\"10\",\"sections\":{\"产出指标\":\"50\",\"效益指标\":\"30\",\"满意度指标\":\"10\"}}";
    assertEquals(weights, Mappers.write(ScoringWeights.standard()));
    assertEquals(ScoringWeights.standard(), Mappers.read(weights, ScoringWeights.class));
  }

  @Test
  void aScoreThatIsNotAPlainDecimalIsRejectedWithItsPath() {
    String json = "{\"evaluation\":" + Mappers.write(SeedSelfEvaluations.jiangmen2022()).replace("\"score\":\"3\"",
        "\"score\":\"3E0\"") + "}";
    MismatchedInputException e = assertThrows(MismatchedInputException.class,
        () -> Mappers.newMapper().readValue(json, Holder.class));
    assertTrue(e.getMessage().startsWith("Cannot read SelfEvaluation at /evaluation/scores/8/score: Not a plain decimal"
        + " such as \"194.00\""), e::getMessage);
  }

  @Test
  void weightsThatDoNotAddUpToAHundredAreRejected() {
    MismatchedInputException e = assertThrows(MismatchedInputException.class, () -> Mappers.newMapper().readValue(
        "{\"budgetExecution\":\"10\",\"sections\":{\"产出指标\":\"50\"}}", ScoringWeights.class));
    assertTrue(e.getMessage().startsWith("Cannot read ScoringWeights at (root): Scoring weights must add up to 100"
        + " points: 60"), e::getMessage);
  }

  @Test
  void anUnknownSectionOrGradeIsRejected() {
    MismatchedInputException e = assertThrows(MismatchedInputException.class, () -> Mappers.newMapper().readValue(
        "{\"budgetExecution\":\"10\",\"sections\":{\"产出\":\"90\"}}", ScoringWeights.class));
    assertTrue(e.getMessage().startsWith("Cannot read ScoringWeights at /sections/产出: Unknown IndicatorLevel1 id"
        + " '产出' (expected 产出指标, 效益指标, 满意度指标, 成本指标)"), e::getMessage);
    InvalidFormatException grade = assertThrows(InvalidFormatException.class, () -> Mappers.newMapper()
        .readValue(Mappers.write(SeedSelfEvaluations.jiangmen2022()).replace("\"优\"", "\"A\""), SelfEvaluation.class));
    assertTrue(grade.getMessage().startsWith("Cannot read Grade at /statedGrade from \"A\""), grade::getMessage);
  }

  @Test
  void aSelfEvaluationNeedsABudgetLine() {
    MismatchedInputException e = assertThrows(MismatchedInputException.class, () -> Mappers.newMapper()
        .readValue("{\"grantName\":\"补助\",\"year\":2022,\"budgetLines\":[]}", SelfEvaluation.class));
    assertTrue(e.getMessage().startsWith("Cannot read SelfEvaluation at (root): A self-evaluation needs at least one"
        + " budget line: 补助"), e::getMessage);
  }
}
