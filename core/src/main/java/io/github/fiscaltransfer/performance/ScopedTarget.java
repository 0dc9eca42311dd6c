package io.github.fiscaltransfer.performance;

import java.util.Objects;

/**
 * A quantitative target within a printed scope, such as {@code 市域内覆盖100%} (scope {@code 市域内覆盖}).
 *
 * <p>{@link Target#parse} reads a scope only when it ends in 覆盖, 内 or 达到, so that hedges such as
 * {@code 约2次} stay unparsed and are reported rather than misread.
 *
 * <p>Immutable and thread-safe.
 *
 * @param text the target as printed, not null
 * @param scope the words before the figure, not blank
 * @param quantity the figure, comparison and unit after the scope, not null
 */
public record ScopedTarget(String text, String scope, QuantitativeTarget quantity) implements Target {

  /**
   * Creates a target; prefer {@link Target#parse} or {@link #of}.
   *
   * @param text the target as printed, not null
   * @param scope the words before the figure, not blank
   * @param quantity the figure after the scope, not null
   * @throws IllegalArgumentException if the scope is blank
   */
  public ScopedTarget {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(quantity, "quantity");
    if (Objects.requireNonNull(scope, "scope").isBlank()) {
      throw new IllegalArgumentException("The scope of a scoped target must not be blank: " + text);
    }
  }

  /**
   * Returns the scoped target printed as the scope followed by the quantity's text.
   *
   * @param scope the scope, such as {@code 市域内覆盖}, not blank, without digits or comparison symbols, ending
   *     in 覆盖, 内 or 达到 if the text is to parse back
   * @param quantity the quantity, not null
   * @return the target, not null
   * @throws IllegalArgumentException if the scope is blank
   */
  public static ScopedTarget of(String scope, QuantitativeTarget quantity) {
    return new ScopedTarget(scope + quantity.text(), scope, quantity);
  }

  @Override
  public TargetKind kind() {
    return TargetKind.SCOPED;
  }

  /**
   * Assesses the quantity, noting that the observation must be for the printed scope.
   *
   * @param observed the observation, not null
   * @return the quantity's assessment, its reason naming the scope, not null
   */
  @Override
  public Assessment assess(Observation observed) {
    Assessment quantityAssessment = quantity.assess(observed);
    return new Assessment(
        quantityAssessment.outcome(), quantityAssessment.reason() + " (for the scope " + scope + ")");
  }

  /** Returns the printed text, such as {@code 市域内覆盖100%}. */
  @Override
  public String toString() {
    return text;
  }
}
