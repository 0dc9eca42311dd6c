package io.github.fiscaltransfer.evaluation;

import io.github.fiscaltransfer.performance.IndicatorLevel1;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The self-evaluation of one indicator (指标自评): its category, name, the actual value where the report states
 * one, the score given (自评得分) and the indicator's maximum (分值) where stated.
 *
 * <p>Immutable and thread-safe. A score above the maximum is a validation finding
 * ({@code evaluation.score-over-maximum}), not a construction error, so a report can be read as printed.
 * {@code equals} counts the scale of scores as printed ({@code 2} and {@code 2.0} differ); sums compare exactly.
 */
@Value.Immutable
public abstract class IndicatorScore {

  IndicatorScore() {}

  /**
   * Returns the level-1 category the indicator is scored under.
   *
   * @return the category, not null
   */
  public abstract IndicatorLevel1 level1();

  /**
   * Returns the level-2 category as printed, such as {@code 数量指标}.
   *
   * @return the wording, not null
   */
  public abstract String level2Text();

  /**
   * Returns the indicator's name as printed in the report.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * Returns the actual value (实际完成值) as printed, such as {@code 3次}.
   *
   * @return the printed value, or empty if the report states none
   */
  public abstract Optional<String> actual();

  /**
   * Returns the score given.
   *
   * @return the score, zero or more, not null
   */
  public abstract BigDecimal score();

  /**
   * Returns the indicator's maximum score (分值).
   *
   * @return the maximum, or empty if the report does not state it
   */
  public abstract Optional<BigDecimal> maximum();

  @Value.Check
  void check() {
    if (name().isBlank()) {
      throw new IllegalArgumentException("Scored indicator name must not be blank (score " + score() + ")");
    }
    if (score().signum() < 0) {
      throw new IllegalArgumentException("A score must not be negative: " + score().toPlainString() + " for " + name());
    }
    StatedValues.requireDecimal(score(), "score for " + name());
    maximum().ifPresent(maximum -> StatedValues.requireDecimal(maximum, "maximum for " + name()));
  }

  /**
   * Returns a score with no stated actual value or maximum.
   *
   * @param level1 the level-1 category, not null
   * @param level2Text the level-2 category as printed, not null
   * @param name the indicator name as printed, not blank
   * @param score the score given, zero or more, not null
   * @return the indicator score, not null
   * @throws IllegalArgumentException if the name is blank, or the score negative or beyond 24 integer digits or 16
   *     decimals
   */
  public static IndicatorScore of(IndicatorLevel1 level1, String level2Text, String name, BigDecimal score) {
    return builder().level1(level1).level2Text(level2Text).name(name).score(score).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns {@code 产出指标 / 数量指标 / 统筹地区飞行检查覆盖率: 2 of — points}. */
  @Override
  public String toString() {
    return level1() + " / " + level2Text() + " / " + name() + actual().map(a -> " (actual " + a + ")").orElse("")
        + ": " + score().toPlainString() + " of " + maximum().map(BigDecimal::toPlainString).orElse("—")
        + " points";
  }

  /**
   * Builds an {@link IndicatorScore}; level-1, level-2 wording, name and score are required. Each method sets the attribute of the same name, described at its accessor;
   * {@linkplain io.github.fiscaltransfer how the methods behave}.
   */
  public static final class Builder extends ImmutableIndicatorScore.Builder {
    Builder() {}
  }
}
