package io.github.fiscaltransfer.target;

import java.util.Objects;

/**
 * The result of assessing an observation against a target: met, not met or not assessable, with the reason.
 *
 * <p>Immutable and thread-safe.
 *
 * @param outcome whether the target is met, not null
 * @param reason a sentence that says why, not blank
 */
public record Assessment(Outcome outcome, String reason) {

  /** Whether a target is met. */
  public enum Outcome {
    /** The observation meets the target. */
    MET,
    /** The observation does not meet the target. */
    NOT_MET,
    /** The target cannot be judged from this observation alone; the reason says what is missing. */
    NOT_ASSESSABLE
  }

  /**
   * Creates an assessment.
   *
   * @param outcome whether the target is met, not null
   * @param reason a sentence that says why, not blank
   * @throws IllegalArgumentException if the reason is blank
   */
  public Assessment {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(reason, "reason");
    if (reason.isBlank()) {
      throw new IllegalArgumentException("Assessment reason must not be blank: " + outcome);
    }
  }

  static Assessment of(boolean met, String reason) {
    return new Assessment(met ? Outcome.MET : Outcome.NOT_MET, reason);
  }

  static Assessment notAssessable(String reason) {
    return new Assessment(Outcome.NOT_ASSESSABLE, reason);
  }

  static Assessment mismatch(Observation observed, Target target) {
    return notAssessable(observed + " cannot be compared with " + target.text());
  }

  /** Returns the outcome and the reason, such as {@code MET: 3次 meets ≥2次}. */
  @Override
  public String toString() {
    return outcome + ": " + reason;
  }
}
