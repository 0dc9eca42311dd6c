package io.github.fiscaltransfer.performance;

import java.util.Objects;

/**
 * A target cell left empty (or holding only whitespace).
 *
 * <p>Immutable and thread-safe. A table being submitted must not contain one.
 *
 * @param text the cell as printed, blank, not null
 */
public record EmptyTarget(String text) implements Target {

  /**
   * Creates an empty target; prefer {@link Target#parse} or {@link #of}.
   *
   * @param text the cell as printed, not null
   * @throws IllegalArgumentException if the text is not blank
   */
  public EmptyTarget {
    if (!Objects.requireNonNull(text, "text").isBlank()) {
      throw new IllegalArgumentException("An empty target must have blank text: " + text);
    }
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

  /** Returns the printed text (blank). */
  @Override
  public String toString() {
    return text;
  }
}
