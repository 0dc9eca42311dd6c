package io.github.fiscaltransfer.target;

import java.util.Objects;

/**
 * A quantitative target within a printed scope, such as {@code 市域内覆盖100%} (scope {@code 市域内覆盖}).
 *
 * <p>{@link Target#parse} reads a scope only when it ends in 覆盖, 内 or 达到, so that hedges such as
 * {@code 约2次} stay unparsed and are reported rather than misread.
 *
 * <p>Immutable and thread-safe.
 */
public final class ScopedTarget implements Target {

  private final String text;
  private final String scope;
  private final QuantitativeTarget quantity;

  private ScopedTarget(String text, String scope, QuantitativeTarget quantity) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(quantity, "quantity");
    if (Objects.requireNonNull(scope, "scope").isBlank()) {
      throw new IllegalArgumentException("The scope of a scoped target must not be blank: " + text);
    }
    this.text = text;
    this.scope = scope;
    this.quantity = quantity;
  }

  /** Used by the parser: the text as printed with what it was read as. */
  static ScopedTarget parsed(String text, String scope, QuantitativeTarget quantity) {
    return new ScopedTarget(text, scope, quantity);
  }

  /**
   * Returns the target as printed, not null.
   *
   * @return the text
   */
  public String text() {
    return text;
  }

  /**
   * Returns the words before the figure, not blank.
   *
   * @return the scope
   */
  public String scope() {
    return scope;
  }

  /**
   * Returns the figure, comparison and unit after the scope, not null.
   *
   * @return the quantity
   */
  public QuantitativeTarget quantity() {
    return quantity;
  }

  /**
   * Returns the scoped target printed as the scope followed by the quantity's text.
   *
   * @param scope the scope, such as {@code 市域内覆盖}, not blank, without digits or comparison symbols, ending
   *     in 覆盖, 内 or 达到 if the text is to parse back
   * @param quantity the quantity, not null
   * @return the target, not null
   * @throws IllegalArgumentException if the scope is blank, or the text would not read back as this target
   */
  public static ScopedTarget of(String scope, QuantitativeTarget quantity) {
    return TargetParser.requireReadsBack(new ScopedTarget(scope + quantity.text(), scope, quantity),
        quantity.unit());
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

  /** Equal when printed the same and read the same. */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof ScopedTarget other && text.equals(other.text) && scope.equals(other.scope) && quantity.equals(other.quantity);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, scope, quantity);
  }

  /** Returns the printed text, such as {@code 市域内覆盖100%}. */
  @Override
  public String toString() {
    return text;
  }
}
