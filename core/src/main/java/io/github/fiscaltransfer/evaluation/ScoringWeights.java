package io.github.fiscaltransfer.evaluation;

import io.github.fiscaltransfer.performance.IndicatorLevel1;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The points a self-evaluation gives to budget execution (预算执行率) and to each level-1 indicator category; they
 * add up to 100.
 *
 * <p>Immutable and thread-safe. {@link #standard()} is budget execution 10, 产出 50, 效益 30, 满意度 10, as in the
 * Ministry of Finance's 2021 rules on transfer-payment performance self-evaluation; documents may set others.
 */
@Value.Immutable
public abstract class ScoringWeights {

  private static final BigDecimal FULL_MARKS = BigDecimal.valueOf(100);

  ScoringWeights() {}

  /**
   * Returns the points for budget execution.
   *
   * @return the points, zero or more, not null
   */
  public abstract BigDecimal budgetExecution();

  /**
   * Returns the points for each weighted level-1 category; a category absent here has no points.
   *
   * @return the points by category, not null, unmodifiable
   */
  public abstract Map<IndicatorLevel1, BigDecimal> sections();

  @Value.Check
  void check() {
    BigDecimal total = sections().values().stream().reduce(budgetExecution(), BigDecimal::add);
    if (total.compareTo(FULL_MARKS) != 0) {
      throw new IllegalArgumentException("Scoring weights must add up to 100 points: " + total.toPlainString());
    }
    if (budgetExecution().signum() < 0 || sections().values().stream().anyMatch(w -> w.signum() < 0)) {
      throw new IllegalArgumentException("Scoring weights must not be negative: " + this);
    }
  }

  /**
   * Returns the points for one level-1 category.
   *
   * @param level1 the category, not null
   * @return the points, zero if the category is not weighted, not null
   */
  public BigDecimal weight(IndicatorLevel1 level1) {
    return sections().getOrDefault(level1, BigDecimal.ZERO);
  }

  /**
   * Returns the standard weights: budget execution 10, 产出指标 50, 效益指标 30, 满意度指标 10.
   *
   * @return the weights, not null
   */
  public static ScoringWeights standard() {
    Map<IndicatorLevel1, BigDecimal> sections = new EnumMap<>(IndicatorLevel1.class);
    sections.put(IndicatorLevel1.OUTPUT, BigDecimal.valueOf(50));
    sections.put(IndicatorLevel1.BENEFIT, BigDecimal.valueOf(30));
    sections.put(IndicatorLevel1.SATISFACTION, BigDecimal.valueOf(10));
    return of(BigDecimal.TEN, sections);
  }

  /**
   * Returns weights set by a document.
   *
   * @param budgetExecution the points for budget execution, not null, zero or more
   * @param sections the points per level-1 category, not null, no nulls, none negative
   * @return the weights, not null
   * @throws IllegalArgumentException if the points do not add up to 100 or any is negative
   */
  public static ScoringWeights of(BigDecimal budgetExecution, Map<IndicatorLevel1, BigDecimal> sections) {
    return ImmutableScoringWeights.builder().budgetExecution(budgetExecution).putAllSections(sections).build();
  }

  /** Returns {@code 预算执行 10, 产出指标 50, 效益指标 30, 满意度指标 10}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("预算执行 ").append(budgetExecution().toPlainString());
    sections().forEach((level1, points) -> text.append(", ").append(level1).append(' ').append(points.toPlainString()));
    return text.toString();
  }
}
