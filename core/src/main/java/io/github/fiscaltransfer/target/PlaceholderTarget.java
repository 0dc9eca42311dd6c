package io.github.fiscaltransfer.target;

import java.util.Objects;

/**
 * An unfilled template value, such as {@code ≥**次} or {@code ≤**分钟}: the form of a target without its figure.
 *
 * <p>Immutable and thread-safe. A table being submitted must not contain one.
 */
public final class PlaceholderTarget implements Target {

  private final String text;
  private final Comparison comparison;
  private final TargetUnit unit;

  private PlaceholderTarget(String text, Comparison comparison, TargetUnit unit) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(comparison, "comparison");
    Objects.requireNonNull(unit, "unit");
    this.text = text;
    this.comparison = comparison;
    this.unit = unit;
  }

  /** Used by the parser: the text as printed with what it was read as. */
  static PlaceholderTarget parsed(String text, Comparison comparison, TargetUnit unit) {
    return new PlaceholderTarget(text, comparison, unit);
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
   * Returns the printed comparison, {@link Comparison#UNSTATED} if none, not null.
   *
   * @return the comparison
   */
  public Comparison comparison() {
    return comparison;
  }

  /**
   * Returns the printed unit, {@link TargetUnit#NONE} if none or unknown, not null.
   *
   * @return the unit
   */
  public TargetUnit unit() {
    return unit;
  }

  /**
   * Returns the placeholder printed as the comparison, {@code **} and the unit, such as {@code ≥**%}.
   *
   * @param comparison the comparison, not null
   * @param unit the unit, not null
   * @return the target, not null
   */
  public static PlaceholderTarget of(Comparison comparison, TargetUnit unit) {
    return new PlaceholderTarget(comparison.symbol() + "**" + unit.label(), comparison, unit);
  }

  @Override
  public TargetKind kind() {
    return TargetKind.PLACEHOLDER;
  }

  /**
   * Returns not assessable: the template was never filled in.
   *
   * @param observed the observation, not null
   * @return a not-assessable assessment, not null
   */
  @Override
  public Assessment assess(Observation observed) {
    Objects.requireNonNull(observed, "observed");
    return Assessment.notAssessable(text + " is an unfilled template placeholder");
  }

  /** Equal when printed the same and read the same. */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof PlaceholderTarget other && text.equals(other.text) && comparison.equals(other.comparison) && unit.equals(other.unit);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, comparison, unit);
  }

  /** Returns the printed text, such as {@code ≥**次}. */
  @Override
  public String toString() {
    return text;
  }
}
