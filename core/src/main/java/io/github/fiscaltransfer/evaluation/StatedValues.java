package io.github.fiscaltransfer.evaluation;

import java.math.BigDecimal;
import java.time.Year;

/**
 * The limits of the values a self-evaluation states: a score or rate (自评得分, 分值, 执行率) has at most 24 integer
 * digits and 16 decimals, the limits of every figure the library reads (a printed amount's in 元, and the plain
 * decimals of the JSON formats); a year is from 1 to 9999, as the JSON formats write it. Whatever a reader accepts
 * is therefore written and read back.
 */
final class StatedValues {

  /** The most integer digits a stated decimal may have. */
  static final int MAX_INTEGER_DIGITS = 24;
  /** The most decimal places a stated decimal may have. */
  static final int MAX_FRACTION_DIGITS = 16;

  /** The latest year a self-evaluation may state. */
  static final int MAX_YEAR = 9999;

  private StatedValues() {}

  /**
   * Checks a stated decimal against the limits.
   *
   * @param value the value, not null
   * @param what what it is, such as {@code score of 门诊量}, for the message
   * @throws IllegalArgumentException if it has more integer digits or decimals than the limits
   */
  static void requireDecimal(BigDecimal value, String what) {
    if ((long) value.precision() - value.scale() > MAX_INTEGER_DIGITS || value.scale() > MAX_FRACTION_DIGITS) {
      throw new IllegalArgumentException("A " + what + " must have at most " + MAX_INTEGER_DIGITS
          + " integer digits and " + MAX_FRACTION_DIGITS + " decimals: " + value.toPlainString());
    }
  }

  /**
   * Checks a stated year against the limits.
   *
   * @param year the year, not null
   * @param what what it is, such as {@code year}, for the message
   * @throws IllegalArgumentException if it is before 1 or after 9999
   */
  static void requireYear(Year year, String what) {
    if (year.getValue() < 1 || year.getValue() > MAX_YEAR) {
      throw new IllegalArgumentException("A " + what + " must be from 1 to " + MAX_YEAR + ": " + year);
    }
  }
}
