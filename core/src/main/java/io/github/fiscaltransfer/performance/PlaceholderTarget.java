package io.github.fiscaltransfer.performance;

import java.util.Objects;

/**
 * An unfilled template value, such as {@code ≥**次} or {@code ≤**分钟}: the form of a target without its figure.
 *
 * <p>Immutable and thread-safe. A table being submitted must not contain one.
 *
 * @param text the target as printed, not null
 * @param comparison the printed comparison, {@link Comparison#UNSTATED} if none, not null
 * @param unit the printed unit, {@link TargetUnit#NONE} if none or unknown, not null
 */
public record PlaceholderTarget(String text, Comparison comparison, TargetUnit unit) implements Target {

  /**
   * Creates a target; prefer {@link Target#parse} or {@link #of}.
   *
   * @param text the target as printed, not null
   * @param comparison the comparison, not null
   * @param unit the unit, not null
   */
  public PlaceholderTarget {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(comparison, "comparison");
    Objects.requireNonNull(unit, "unit");
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

  /** Returns the printed text, such as {@code ≥**次}. */
  @Override
  public String toString() {
    return text;
  }
}
