package io.github.fiscaltransfer.target;

import java.util.Objects;

/**
 * A yes/no target (是/否), as printed for indicators whose names end in {@code (是/否)}.
 *
 * <p>Immutable and thread-safe.
 */
public final class YesNoTarget implements Target {

  static final String YES = "是";
  static final String NO = "否";

  private final String text;
  private final boolean yes;

  private YesNoTarget(String text, boolean yes) {
    Objects.requireNonNull(text, "text");
    this.text = text;
    this.yes = yes;
  }

  /** Used by the parser: the text as printed with what it was read as. */
  static YesNoTarget parsed(String text, boolean yes) {
    return new YesNoTarget(text, yes);
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
   * Returns whether the target is 是.
   *
   * @return the yes
   */
  public boolean yes() {
    return yes;
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

  /** Equal when printed the same and read the same. */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof YesNoTarget other && text.equals(other.text) && yes == other.yes;
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, yes);
  }

  /** Returns the printed text, 是 or 否. */
  @Override
  public String toString() {
    return text;
  }
}
