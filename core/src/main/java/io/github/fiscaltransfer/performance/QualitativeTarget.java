package io.github.fiscaltransfer.performance;

import java.util.Objects;

/**
 * A qualitative target (定性指标值), such as {@code 有所提高} or {@code 逐步推开}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param text the target as printed, not null
 * @param direction the direction the text names, not null
 */
public record QualitativeTarget(String text, Direction direction) implements Target {

  /**
   * Creates a target; prefer {@link Target#parse} or {@link #of}.
   *
   * @param text the target as printed, not null
   * @param direction the direction, not null
   */
  public QualitativeTarget {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(direction, "direction");
  }

  /**
   * Returns the target printed with the direction's first phrase.
   *
   * @param direction the direction, not null
   * @return the target, not null
   */
  public static QualitativeTarget of(Direction direction) {
    return new QualitativeTarget(direction.toString(), direction);
  }

  @Override
  public TargetKind kind() {
    return TargetKind.QUALITATIVE;
  }

  /**
   * Returns not assessable: an improvement needs a baseline, and other directions are judged on evidence.
   *
   * @param observed the observation, not null
   * @return a not-assessable assessment saying what is missing, not null
   */
  @Override
  public Assessment assess(Observation observed) {
    Objects.requireNonNull(observed, "observed");
    if (direction.needsBaseline()) {
      return Assessment.notAssessable(
          text + " needs a baseline: compare " + observed + " with the previous period's value");
    }
    return Assessment.notAssessable(text + " is judged on evidence, not on " + observed + " alone");
  }

  /** Returns the printed text, such as {@code 有所提高}. */
  @Override
  public String toString() {
    return text;
  }
}
