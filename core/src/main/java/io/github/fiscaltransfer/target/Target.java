package io.github.fiscaltransfer.target;

import java.util.Objects;

/**
 * A performance indicator's target (指标值) as printed, read into an exact value where the text allows.
 *
 * <p>Implementations are immutable, thread-safe values built only by {@link #parse} or their own {@code of}, so a target can never hold a value its text contradicts. {@link #text()} always returns the printed text, and
 * {@code equals} counts it: {@code ≥ 200人次} and {@code ≥200人次} are different printings of the same target.
 */
public sealed interface Target
    permits QuantitativeTarget, YesNoTarget, ScopedTarget, DeadlineTarget, BudgetCapTarget, QualitativeTarget,
        PlaceholderTarget, EmptyTarget, UnparsedTarget {

  /**
   * Returns the target exactly as printed.
   *
   * @return the printed text, not null
   */
  String text();

  /**
   * Returns which kind of target this is.
   *
   * @return the kind, not null
   */
  TargetKind kind();

  /**
   * Assesses an observed value against this target, comparing exact decimals after unit conversion.
   *
   * @param observed the observed value, not null
   * @return whether the target is met, not met or not assessable, with the reason, not null
   */
  Assessment assess(Observation observed);

  /**
   * Reads a printed target; text that cannot be read becomes an {@link UnparsedTarget}, never an exception.
   *
   * @param text the target as printed, such as {@code ≥2万人次}, not null
   * @param indicatorName the indicator's name as printed, which supplies the unit of a bare figure when it ends
   *     in {@code (%)} or {@code 人次}, not null
   * @return the target, not null
   */
  static Target parse(String text, String indicatorName) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(indicatorName, "indicatorName");
    return TargetParser.parse(text, TargetUnit.impliedBy(indicatorName));
  }

  /**
   * Reads a printed target whose indicator name implies no unit.
   *
   * @param text the target as printed, not null
   * @return the target, not null
   */
  static Target parse(String text) {
    return parse(text, "");
  }
}
