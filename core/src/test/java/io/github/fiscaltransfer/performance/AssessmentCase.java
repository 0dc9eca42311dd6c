package io.github.fiscaltransfer.performance;

import io.github.fiscaltransfer.target.Observation;
import io.github.fiscaltransfer.target.QuantitativeTarget;

/**
 * A generated quantitative target with an observation to assess against it.
 *
 * @param target the target
 * @param observed the observation
 */
record AssessmentCase(QuantitativeTarget target, Observation.Measured observed) {}
