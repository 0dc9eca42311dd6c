package io.github.fiscaltransfer.jackson.binding;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.evaluation.Grade;
import io.github.fiscaltransfer.evaluation.SelfEvaluation;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Optional;

/**
 * The JSON shape of a {@link SelfEvaluation} (绩效自评报告): grant name, year, region, budget lines, the stated
 * totals, scores, stated grade by label ({@code 优}) and the scoring weights, absent optionals left out.
 *
 * @param grantName the grant's name as printed
 * @param year the year evaluated, a JSON integer from 1 to 9999
 * @param region the region whose funds are evaluated, or null
 * @param budgetLines the budget lines
 * @param statedEvaluatedTotal the evaluated total the report states, or null
 * @param scores the indicator scores, or null for none
 * @param statedExecutionScore the stated budget-execution score, or null
 * @param statedGrade the stated grade, or null
 * @param weights the scoring weights, or null for the standard 10/50/30/10
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"grantName", "year", "region", "budgetLines", "statedEvaluatedTotal", "scores",
    "statedExecutionScore", "statedGrade", "weights"})
record SelfEvaluationJson(String grantName, @JsonYear Year year, String region, List<BudgetLineJson> budgetLines,
    PrintedAmount statedEvaluatedTotal, List<IndicatorScoreJson> scores, String statedExecutionScore,
    Grade statedGrade, ScoringWeightsJson weights) {

  /** Makes the lists read unmodifiable views, so that the shape is immutable. */
  SelfEvaluationJson {
    budgetLines = Shapes.view(budgetLines);
    scores = Shapes.view(scores);
  }

  /**
   * Returns the shape of a self-evaluation.
   *
   * @param evaluation the evaluation, not null
   * @return its JSON shape, not null
   */
  static SelfEvaluationJson of(SelfEvaluation evaluation) {
    return new SelfEvaluationJson(evaluation.grantName(), evaluation.year(),
        evaluation.region().orElse(null), Shapes.shapes(evaluation.budgetLines(), BudgetLineJson::of),
        evaluation.statedEvaluatedTotal().orElse(null),
        Shapes.shapes(evaluation.scores(), IndicatorScoreJson::of),
        evaluation.statedExecutionScore().map(BigDecimal::toPlainString).orElse(null),
        evaluation.statedGrade().orElse(null), ScoringWeightsJson.of(evaluation.weights()));
  }

  SelfEvaluation toEvaluation() {
    SelfEvaluation.Builder builder = SelfEvaluation.builder();
    builder.budgetLines(Shapes.each("budgetLines", budgetLines, BudgetLineJson::toLine))
        .statedEvaluatedTotal(Optional.ofNullable(statedEvaluatedTotal))
        .scores(Shapes.each("scores", scores, IndicatorScoreJson::toScore))
        .statedExecutionScore(Optional.ofNullable(statedExecutionScore)
            .map(score -> Shapes.at("statedExecutionScore", () -> Shapes.decimal(score))))
        .statedGrade(Optional.ofNullable(statedGrade)).region(Optional.ofNullable(region));
    Shapes.ifPresent(grantName, builder::grantName);
    Shapes.ifPresent(year, builder::year);
    Shapes.ifPresent(weights, value -> builder.weights(Shapes.at("weights", value::toWeights)));
    return builder.build();
  }
}
