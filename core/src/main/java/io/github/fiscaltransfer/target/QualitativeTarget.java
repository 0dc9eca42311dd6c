package io.github.fiscaltransfer.target;

import java.util.Objects;

/**
 * A qualitative target (定性指标值), such as {@code 有所提高} or {@code 逐步推开}.
 *
 * <p>Immutable and thread-safe.
 */
public final class QualitativeTarget implements Target {

  private final String text;
  private final Direction direction;

  private QualitativeTarget(String text, Direction direction) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(direction, "direction");
    this.text = text;
    this.direction = direction;
  }

  /** Used by the parser: the text as printed with what it was read as. */
  static QualitativeTarget parsed(String text, Direction direction) {
    return new QualitativeTarget(text, direction);
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
   * Returns the direction the text names, not null.
   *
   * @return the direction
   */
  public Direction direction() {
    return direction;
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

  /** Equal when printed the same and read the same. */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof QualitativeTarget other && text.equals(other.text) && direction.equals(other.direction);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, direction);
  }

  /** Returns the printed text, such as {@code 有所提高}. */
  @Override
  public String toString() {
    return text;
  }
}
