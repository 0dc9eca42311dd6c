package io.github.fiscaltransfer.performance;

import java.util.Objects;

/**
 * A target whose printed text could not be read into any other kind; kept as printed and reported by validation.
 *
 * <p>Immutable and thread-safe.
 *
 * @param text the target as printed, not null
 */
public record UnparsedTarget(String text) implements Target {

  /**
   * Creates an unparsed target.
   *
   * @param text the target as printed, not null
   */
  public UnparsedTarget {
    Objects.requireNonNull(text, "text");
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

  /** Returns the printed text. */
  @Override
  public String toString() {
    return text;
  }
}
