package io.github.fiscaltransfer.evaluation;

import io.github.fiscaltransfer.internal.PrintedSums;
import io.github.fiscaltransfer.performance.IndicatorLevel1;
import io.github.fiscaltransfer.policy.ValidationPolicy;
import io.github.fiscaltransfer.money.AmountUnit;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.validation.ValidationReport;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A performance self-evaluation (绩效自评) of one grant for one year: budget lines, indicator scores and the stated
 * grade (自评结论).
 *
 * <p>Immutable and thread-safe. What the report prints is kept as stated ({@code stated*}); rates, totals and the
 * grade are computed from it. A part the report does not state (such as the budget-execution score) stays empty,
 * and then the total score and grade are not computed: {@link #unstatedParts()} says what is missing.
 */
@Value.Immutable
public abstract class SelfEvaluation {

  SelfEvaluation() {}

  /**
   * Returns the grant's name as printed.
   *
   * @return the name, not blank
   */
  public abstract String grantName();

  /**
   * Returns the evaluated year.
   *
   * @return the year, not null
   */
  public abstract Year year();

  /**
   * Returns the region whose funds are evaluated, as printed (江门市 for 江门市医疗保障局's report).
   *
   * @return the region, or empty if not printed
   */
  public abstract Optional<String> region();

  /**
   * Returns the budget lines: this year's allocation and any carry-overs.
   *
   * @return the lines, at least one, not null, unmodifiable
   */
  public abstract List<BudgetLine> budgetLines();

  /**
   * Returns the total of funds evaluated as the report states it (自评资金总额).
   *
   * @return the amount, or empty if not stated
   */
  public abstract Optional<PrintedAmount> statedEvaluatedTotal();

  /**
   * Returns the indicator scores in printed order.
   *
   * @return the scores, not null, unmodifiable
   */
  public abstract List<IndicatorScore> scores();

  /**
   * Returns the budget-execution score (预算执行率得分) as stated.
   *
   * @return the score, not negative, or empty if the report does not state it
   */
  public abstract Optional<BigDecimal> statedExecutionScore();

  /**
   * Returns the grade the report concludes with.
   *
   * @return the grade, or empty if not stated
   */
  public abstract Optional<Grade> statedGrade();

  /**
   * Returns the scoring weights; {@link ScoringWeights#standard()} unless the document sets others.
   *
   * @return the weights, not null
   */
  @Value.Default
  public ScoringWeights weights() {
    return ScoringWeights.standard();
  }

  @Value.Check
  void check() {
    if (grantName().isBlank()) {
      throw new IllegalArgumentException("Self-evaluation grant name must not be blank (year " + year() + ")");
    }
    if (budgetLines().isEmpty()) {
      throw new IllegalArgumentException("A self-evaluation needs at least one budget line: " + grantName());
    }
    statedExecutionScore().filter(score -> score.signum() < 0).ifPresent(score -> {
      throw new IllegalArgumentException(
          "A score must not be negative: " + score.toPlainString() + " for 预算执行率得分 of " + grantName());
    });
    statedExecutionScore().ifPresent(score -> StatedValues.requireDecimal(score, "score for 预算执行率得分"));
    StatedValues.requireYear(year(), "self-evaluation year");
  }

  /**
   * Returns the funds evaluated: the sum of the available funds of every line, in the first line's unit.
   *
   * @return the exact total, such as {@code 204.16万元}, not null
   * @throws IllegalArgumentException if the total has more than the 24 integer digits a printed amount holds
   *     ({@link #validate()} and {@link #toString()} report such a total rather than calling this)
   */
  public PrintedAmount evaluatedTotal() {
    return PrintedSums.sum(availableAmounts(), lineUnit());
  }

  /** The funds available on each line, in order. */
  List<PrintedAmount> availableAmounts() {
    return budgetLines().stream().map(BudgetLine::available).toList();
  }

  /**
   * Returns the execution rate of all lines together, spent / available in percent, rounded half-up to 2 decimals.
   *
   * @return the rounded rate, scale 2, not null
   */
  public BigDecimal overallExecutionRateRoundedHalfUp() {
    BigDecimal spent = PrintedSums.yuan(budgetLines().stream().map(BudgetLine::spent).toList());
    return BudgetLine.rateRoundedHalfUp(spent, PrintedSums.yuan(availableAmounts()), 2);
  }

  /** The unit sums print in: the first line's. */
  AmountUnit lineUnit() {
    return budgetLines().get(0).available().unit();
  }

  /**
   * Returns the sum of the scores under one level-1 category.
   *
   * @param level1 the category, not null
   * @return the sum, or empty if no indicator under it is scored
   */
  public Optional<BigDecimal> sectionScore(IndicatorLevel1 level1) {
    return scores().stream().filter(s -> s.level1() == level1).map(IndicatorScore::score).reduce(BigDecimal::add);
  }

  /**
   * Returns the sum of every stated score: the budget-execution score if stated, and every indicator score.
   *
   * @return the sum, not null
   */
  public BigDecimal statedScoreTotal() {
    return scores().stream().map(IndicatorScore::score)
        .reduce(statedExecutionScore().orElse(BigDecimal.ZERO), BigDecimal::add);
  }

  /**
   * Returns the weighted parts the report gives no score for, such as {@code 预算执行率得分} and
   * {@code 效益指标}.
   *
   * @return the parts, not null, unmodifiable; empty when every part is scored
   */
  public List<String> unstatedParts() {
    List<String> parts = new ArrayList<>();
    if (statedExecutionScore().isEmpty() && weights().budgetExecution().signum() > 0) {
      parts.add("预算执行率得分");
    }
    weights().sections().forEach((level1, points) -> {
      if (points.signum() > 0 && sectionScore(level1).isEmpty()) {
        parts.add(level1.label());
      }
    });
    return List.copyOf(parts);
  }

  /**
   * Returns the total score, when every weighted part is scored.
   *
   * @return the total, or empty if {@link #unstatedParts()} is not empty
   */
  public Optional<BigDecimal> totalScore() {
    return unstatedParts().isEmpty() ? Optional.of(statedScoreTotal()) : Optional.empty();
  }

  /**
   * Returns the grade the total score earns.
   *
   * @return the grade, or empty if the total cannot be computed or exceeds 100
   */
  public Optional<Grade> computedGrade() {
    return totalScore().filter(total -> total.compareTo(BigDecimal.valueOf(100)) <= 0).map(Grade::of);
  }

  /**
   * Checks stated rates and totals against the budget lines, scores against maxima and weights, and the stated
   * grade against the computed one.
   *
   * @return every finding, not null
   */
  public ValidationReport validate() {
    return validate(ValidationPolicy.defaults());
  }

  /**
   * Checks the self-evaluation as {@link #validate()} does, under a policy.
   *
   * @param policy which rules run, at what severity, and the custom rules for self-evaluations, not null
   * @return every finding, located in {@link #reference()}, not null
   */
  public ValidationReport validate(ValidationPolicy policy) {
    return policy.apply(this, SelfEvaluationValidator.findings(this)).in(reference());
  }

  /**
   * Returns the stable key findings name the self-evaluation by, such as {@code 绩效自评 2022 江门市 医疗服务与保障能力提升补助资金}.
   *
   * @return the reference, not null
   */
  public String reference() {
    return "绩效自评 " + year() + region().map(r -> " " + r).orElse("") + " " + grantName();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a summary such as {@code 绩效自评 2022 …: 204.16万元, 19 scores, stated 优}. */
  @Override
  public String toString() {
    return "绩效自评 " + year() + " " + grantName() + ": " + PrintedSums.text(availableAmounts(), lineUnit()) + ", "
        + scores().size() + " scores"
        + ", total " + totalScore().map(BigDecimal::toPlainString).orElse("not computable (not stated: "
            + unstatedParts().stream().collect(Collectors.joining(", ")) + ")")
        + ", stated grade " + statedGrade().map(Grade::label).orElse("—");
  }

  /**
   * Builds a {@link SelfEvaluation}; grant name, year and at least one budget line are required. Each method sets the attribute of the same name, described at its accessor;
   * {@linkplain io.github.fiscaltransfer how the methods behave}.
   */
  public static final class Builder extends ImmutableSelfEvaluation.Builder {
    Builder() {}
  }
}
