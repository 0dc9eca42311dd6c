package io.github.fiscaltransfer.performance;

import java.util.Objects;

/**
 * A yes/no target (是/否), as printed for indicators whose names end in {@code (是/否)}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param text the target as printed, not null
 * @param yes whether the target is 是
 */
public record YesNoTarget(String text, boolean yes) implements Target {

  static final String YES = "是";
  static final String NO = "否";

  /**
   * Creates a target; prefer {@link Target#parse} or {@link #of}.
   *
   * @param text the target as printed, not null
   * @param yes whether the target is 是
   */
  public YesNoTarget {
    Objects.requireNonNull(text, "text");
  }

  /**
   * Returns the target 是 or 否.
   *
   * @param yes whether the target is 是
   * @return the target, not null
   */
  public static YesNoTarget of(boolean yes) {
    return new YesNoTarget(yes ? YES : NO, yes);
  }

  @Override
  public TargetKind kind() {
    return TargetKind.YES_NO;
  }

  /**
   * Compares a yes/no answer with this target.
   *
   * @param observed the observation, not null
   * @return the assessment, not null
   */
  @Override
  public Assessment assess(Observation observed) {
    if (!(Objects.requireNonNull(observed, "observed") instanceof Observation.Answered answered)) {
      return Assessment.mismatch(observed, this);
    }
    boolean met = answered.yes() == yes;
    return Assessment.of(met, "the answer " + answered + (met ? " matches " : " differs from ") + text);
  }

  /** Returns the printed text, 是 or 否. */
  @Override
  public String toString() {
    return text;
  }
}
