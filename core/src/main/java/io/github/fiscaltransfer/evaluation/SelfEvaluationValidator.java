package io.github.fiscaltransfer.evaluation;

import io.github.fiscaltransfer.internal.PrintedSums;
import io.github.fiscaltransfer.money.Precision;
import io.github.fiscaltransfer.money.RoundingEnvelope;
import io.github.fiscaltransfer.performance.IndicatorLevel1;
import io.github.fiscaltransfer.performance.PerformanceRule;
import io.github.fiscaltransfer.validation.Arguments;
import io.github.fiscaltransfer.validation.Finding;
import io.github.fiscaltransfer.validation.JsonPointer;
import io.github.fiscaltransfer.validation.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Runs the self-evaluation rules of {@link PerformanceRule}, collecting every finding. */
final class SelfEvaluationValidator {

  private static final BigDecimal FULL_MARKS = BigDecimal.valueOf(100);
  private static final JsonPointer STATED_GRADE = JsonPointer.root().child("statedGrade");

  private SelfEvaluationValidator() {}

  static List<Finding> findings(SelfEvaluation evaluation) {
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < evaluation.budgetLines().size(); i++) {
      rateFinding(evaluation.budgetLines().get(i), JsonPointer.root().element("budgetLines", i).child("statedExecutionRate"))
          .ifPresent(findings::add);
    }
    totalFinding(evaluation).ifPresent(findings::add);
    for (int i = 0; i < evaluation.scores().size(); i++) {
      maximumFinding(evaluation.scores().get(i), JsonPointer.root().element("scores", i).child("score")).ifPresent(findings::add);
    }
    findings.addAll(weightFindings(evaluation));
    gradeFinding(evaluation).ifPresent(findings::add);
    return findings;
  }

  private static Optional<Finding> rateFinding(BudgetLine line, JsonPointer path) {
    return line.statedExecutionRate().flatMap(stated -> {
      BigDecimal computed = BudgetLine.rateRoundedHalfUp(
          line.spent().toYuan(), line.available().toYuan(), Math.max(stated.scale(), 0));
      return stated.compareTo(computed) == 0 ? Optional.empty()
          : Optional.of(PerformanceRule.EXECUTION_RATE.finding(path, computed.toPlainString() + "%",
              stated.toPlainString() + "%", Arguments.of("stated", stated.toPlainString() + "%")
                  .and("spent", line.spent()).and("available", line.available())
                  .and("computed", computed.toPlainString() + "%")));
    });
  }

  /**
   * The stated total against the budget lines: a self-evaluation presents figures rounded from the accounts, so
   * the {@link Precision#presentation() rounded-presentation} regime judges (a difference within the envelope of
   * its printed figures is a warning).
   */
  private static Optional<Finding> totalFinding(SelfEvaluation evaluation) {
    BigDecimal yuan = PrintedSums.yuan(evaluation.availableAmounts());
    String computed = PrintedSums.text(evaluation.availableAmounts(), evaluation.lineUnit());
    return evaluation.statedEvaluatedTotal().filter(stated -> stated.toYuan().compareTo(yuan) != 0).map(stated -> {
      RoundingEnvelope envelope = RoundingEnvelope.ofTotal(evaluation.availableAmounts().size(), stated.unit(),
          stated.scale());
      BigDecimal difference = stated.unit().fromYuan(stated.toYuan().subtract(yuan));
      Precision precision = Precision.presentation();
      return PerformanceRule.TOTAL_FUNDS.finding(precision.explains(difference, envelope) ? Severity.WARNING
          : Severity.ERROR, JsonPointer.root().child("statedEvaluatedTotal"), computed, stated,
          Arguments.of("stated", stated).and("computed", computed).and(precision.judgement(difference, envelope)));
    });
  }

  private static Optional<Finding> maximumFinding(IndicatorScore score, JsonPointer path) {
    return score.maximum().filter(maximum -> score.score().compareTo(maximum) > 0)
        .map(maximum -> PerformanceRule.SCORE_OVER_MAXIMUM.finding(path, "at most " + maximum.toPlainString(),
            score.score().toPlainString(), Arguments.of("indicator", score.name())
                .and("score", score.score().toPlainString()).and("maximum", maximum.toPlainString())));
  }

  private static List<Finding> weightFindings(SelfEvaluation evaluation) {
    List<Finding> findings = new ArrayList<>();
    ScoringWeights weights = evaluation.weights();
    evaluation.statedExecutionScore()
        .flatMap(score -> overWeight(score, weights.budgetExecution(), JsonPointer.root().child("statedExecutionScore"), "预算执行率得分"))
        .ifPresent(findings::add);
    for (IndicatorLevel1 level1 : IndicatorLevel1.values()) {
      evaluation.sectionScore(level1)
          .flatMap(sum -> overWeight(sum, weights.weight(level1), JsonPointer.root().child("scores"), level1.label()))
          .ifPresent(findings::add);
    }
    return findings;
  }

  private static Optional<Finding> overWeight(BigDecimal score, BigDecimal weight, JsonPointer path, String part) {
    if (score.compareTo(weight) <= 0) {
      return Optional.empty();
    }
    return Optional.of(PerformanceRule.SECTION_OVER_WEIGHT.finding(path, "at most " + weight.toPlainString(),
        score.toPlainString(), Arguments.of("part", part).and("score", score.toPlainString())
            .and("weight", weight.toPlainString())));
  }

  private static Optional<Finding> gradeFinding(SelfEvaluation evaluation) {
    return evaluation.statedGrade().flatMap(stated -> evaluation.totalScore()
        .map(total -> computedGradeFinding(stated, total))
        .orElseGet(() -> Optional.of(rangeFinding(evaluation, stated))));
  }

  private static Optional<Finding> computedGradeFinding(Grade stated, BigDecimal total) {
    Grade computed = Grade.of(total.min(FULL_MARKS));
    return computed == stated ? Optional.empty()
        : Optional.of(PerformanceRule.GRADE_MISMATCH.finding(STATED_GRADE, computed, stated, Arguments.of("stated",
            stated).and("total", total.toPlainString()).and("computed", computed)));
  }

  private static Finding rangeFinding(SelfEvaluation evaluation, Grade stated) {
    BigDecimal low = evaluation.statedScoreTotal().min(FULL_MARKS);
    BigDecimal high = low.add(unstatedWeight(evaluation)).min(FULL_MARKS);
    String range = low.toPlainString() + " to " + high.toPlainString();
    String missing = String.join(", ", evaluation.unstatedParts());
    boolean reachable = stated.ordinal() >= Grade.of(high).ordinal() && stated.ordinal() <= Grade.of(low).ordinal();
    Arguments arguments = Arguments.of("stated", stated).and("missing", missing)
        .and("parts", String.join("、", evaluation.unstatedParts())).and("low", low.toPlainString())
        .and("high", high.toPlainString());
    if (!reachable) {
      return PerformanceRule.GRADE_MISMATCH.finding(STATED_GRADE, "a grade for " + range, stated, "unreachable",
          arguments);
    }
    return PerformanceRule.GRADE_UNVERIFIABLE.finding(STATED_GRADE, "a total score", range, arguments);
  }

  private static BigDecimal unstatedWeight(SelfEvaluation evaluation) {
    ScoringWeights weights = evaluation.weights();
    BigDecimal execution = evaluation.statedExecutionScore().isPresent() ? BigDecimal.ZERO : weights.budgetExecution();
    return weights.sections().entrySet().stream()
        .filter(entry -> evaluation.sectionScore(entry.getKey()).isEmpty())
        .map(entry -> entry.getValue())
        .reduce(execution, BigDecimal::add);
  }
}
