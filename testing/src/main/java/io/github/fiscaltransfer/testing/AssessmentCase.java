package io.github.fiscaltransfer.testing;

import io.github.fiscaltransfer.target.Observation;
import io.github.fiscaltransfer.target.QuantitativeTarget;
import java.util.Objects;

/**
 * A generated quantitative target (定量指标) with an observation to assess against it; immutable and thread-safe.
 *
 * @param target the target, not null
 * @param observed the observation, not null
 */
public record AssessmentCase(QuantitativeTarget target, Observation.Measured observed) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if either is null
   */
  public AssessmentCase {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(observed, "observed");
  }
}
