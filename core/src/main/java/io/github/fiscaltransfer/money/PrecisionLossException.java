package io.github.fiscaltransfer.money;

import java.math.BigDecimal;

/**
 * Thrown when an operation would have to round a value to fit a scale, and the caller did not ask it to.
 *
 * <p>Carries the value and the scale it did not fit, so the caller can decide how to round explicitly.
 */
public final class PrecisionLossException extends ArithmeticException {

  private static final long serialVersionUID = 1L;

  /** The value that did not fit. */
  private final BigDecimal value;

  /** The scale it did not fit. */
  private final int scale;

  /**
   * Creates an exception.
   *
   * @param message the message, naming the value and the scale
   * @param value the value that did not fit
   * @param scale the scale it did not fit
   */
  public PrecisionLossException(String message, BigDecimal value, int scale) {
    super(message);
    this.value = value;
    this.scale = scale;
  }

  /**
   * Returns the value that would have been rounded.
   *
   * @return the value, not null
   */
  public BigDecimal value() {
    return value;
  }

  /**
   * Returns the number of decimal places the value did not fit.
   *
   * @return the scale
   */
  public int scale() {
    return scale;
  }
}
