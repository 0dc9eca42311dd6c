package io.github.fiscaltransfer.performance;

/**
 * A generated quantitative target with an observation to assess against it.
 *
 * @param target the target
 * @param observed the observation
 */
record AssessmentCase(QuantitativeTarget target, Observation.Measured observed) {}
