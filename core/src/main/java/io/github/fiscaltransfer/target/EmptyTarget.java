package io.github.fiscaltransfer.target;

import java.util.Objects;

/**
 * A target cell left empty (or holding only whitespace).
 *
 * <p>Immutable and thread-safe. A table being submitted must not contain one.
 */
public final class EmptyTarget implements Target {

  private final String text;

  private EmptyTarget(String text) {
    if (!Objects.requireNonNull(text, "text").isBlank()) {
      throw new IllegalArgumentException("An empty target must have blank text: " + text);
    }
    this.text = text;
  }

  /** Used by the parser: the text as printed with what it was read as. */
  static EmptyTarget parsed(String text) {
    return new EmptyTarget(text);
  }

  /**
   * Returns the cell as printed, blank, not null.
   *
   * @return the text
   */
  public String text() {
    return text;
  }

  /**
   * Returns the empty target with empty text.
   *
   * @return the target, not null
   */
  public static EmptyTarget of() {
    return new EmptyTarget("");
  }

  @Override
  public TargetKind kind() {
    return TargetKind.EMPTY;
  }

  /**
   * Returns not assessable: there is no target.
   *
   * @param observed the observation, not null
   * @return a not-assessable assessment, not null
   */
  @Override
  public Assessment assess(Observation observed) {
    Objects.requireNonNull(observed, "observed");
    return Assessment.notAssessable("the target is empty");
  }

  /** Equal when printed the same and read the same. */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof EmptyTarget other && text.equals(other.text);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text);
  }

  /** Returns the printed text (blank). */
  @Override
  public String toString() {
    return text;
  }
}
