package io.github.fiscaltransfer.target;

import java.util.Objects;

/**
 * A target whose printed text could not be read into any other kind; kept as printed and reported by validation.
 *
 * <p>Immutable and thread-safe.
 */
public final class UnparsedTarget implements Target {

  private final String text;

  private UnparsedTarget(String text) {
    Objects.requireNonNull(text, "text");
    this.text = text;
  }

  /** Used by the parser: the text as printed with what it was read as. */
  static UnparsedTarget parsed(String text) {
    return new UnparsedTarget(text);
  }

  /**
   * Returns the target as printed, not null.
   *
   * @return the text
   */
  public String text() {
    return text;
  }

  @Override
  public TargetKind kind() {
    return TargetKind.UNPARSED;
  }

  /**
   * Returns not assessable: the target could not be read.
   *
   * @param observed the observation, not null
   * @return a not-assessable assessment, not null
   */
  @Override
  public Assessment assess(Observation observed) {
    Objects.requireNonNull(observed, "observed");
    return Assessment.notAssessable("the target '" + text + "' could not be read");
  }

  /** Equal when printed the same and read the same. */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof UnparsedTarget other && text.equals(other.text);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text);
  }

  /** Returns the printed text. */
  @Override
  public String toString() {
    return text;
  }
}
