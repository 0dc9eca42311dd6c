package io.github.fiscaltransfer.allocation;

import io.github.fiscaltransfer.money.Cny;
import io.github.fiscaltransfer.money.Quantum;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A line's exact proportional share of a total, counted in steps of a {@link Quantum}: whole steps plus a
 * fraction of a step, {@code (floorSteps + numerator / denominator) × quantum}, kept exactly.
 *
 * <p>The fraction is kept in lowest terms, so {@link #equals} compares values. Immutable and thread-safe.
 */
public final class ExactShare {

  private final BigInteger floorSteps;
  private final BigInteger numerator;
  private final BigInteger denominator;
  private final Quantum quantum;

  private ExactShare(BigInteger floorSteps, BigInteger numerator, BigInteger denominator, Quantum quantum) {
    this.floorSteps = floorSteps;
    this.numerator = numerator;
    this.denominator = denominator;
    this.quantum = quantum;
  }

  /** Returns a share from its floor and a fraction {@code 0 <= numerator < denominator}, reducing it. */
  static ExactShare of(BigInteger floorSteps, BigInteger numerator, BigInteger denominator, Quantum quantum) {
    assert numerator.signum() >= 0 && numerator.compareTo(denominator) < 0
        : "fiscal-transfer bug: remainder " + numerator + " is not below " + denominator;
    if (denominator.bitLength() < Long.SIZE) {
      long gcd = gcd(numerator.longValue(), denominator.longValue());
      return gcd == 1 ? new ExactShare(floorSteps, numerator, denominator, quantum)
          : new ExactShare(floorSteps, BigInteger.valueOf(numerator.longValue() / gcd),
              BigInteger.valueOf(denominator.longValue() / gcd), quantum);
    }
    BigInteger gcd = numerator.gcd(denominator);
    return new ExactShare(floorSteps, numerator.divide(gcd), denominator.divide(gcd), quantum);
  }

  /** Returns a share from its floor and a fraction {@code 0 <= numerator < denominator} on longs, reducing it. */
  static ExactShare of(long floorSteps, long numerator, long denominator, Quantum quantum) {
    assert numerator >= 0 && numerator < denominator
        : "fiscal-transfer bug: remainder " + numerator + " is not below " + denominator;
    long gcd = gcd(numerator, denominator);
    return new ExactShare(BigInteger.valueOf(floorSteps), BigInteger.valueOf(numerator / gcd),
        BigInteger.valueOf(denominator / gcd), quantum);
  }

  /** Euclid's greatest common divisor of {@code 0 <= a < b}, on longs: a propagation reduces 40,000 shares. */
  private static long gcd(long a, long b) {
    long x = b;
    long y = a;
    while (y != 0) {
      long rest = x % y;
      x = y;
      y = rest;
    }
    return x;
  }

  /**
   * Returns the whole steps of the share (its floor).
   *
   * @return the number of whole steps, zero or more, not null
   */
  public BigInteger floorSteps() {
    return floorSteps;
  }

  /**
   * Returns the numerator of the fraction of a step beyond {@link #floorSteps()}, in lowest terms.
   *
   * @return the numerator, zero or more and below the denominator, not null
   */
  public BigInteger remainderNumerator() {
    return numerator;
  }

  /**
   * Returns the denominator of the fraction of a step beyond {@link #floorSteps()}, in lowest terms.
   *
   * @return the denominator, positive (1 if the share is a whole number of steps), not null
   */
  public BigInteger remainderDenominator() {
    return denominator;
  }

  /**
   * Returns the step the share is counted in.
   *
   * @return the quantum, not null
   */
  public Quantum quantum() {
    return quantum;
  }

  /**
   * Returns the share in yuan, rounded as told to a number of decimal places: the one view of a share that
   * may round.
   *
   * @param scale the number of decimal places, zero or more
   * @param rounding how to round the digits that do not fit, not null
   * @return the share in yuan, not null
   * @throws IllegalArgumentException if the scale is negative
   */
  public BigDecimal toYuanRounded(int scale, RoundingMode rounding) {
    Objects.requireNonNull(rounding, "rounding");
    if (scale < 0) {
      throw new IllegalArgumentException("Scale must not be negative: " + scale);
    }
    BigInteger fenTimesDenominator = floorSteps.multiply(denominator).add(numerator).multiply(quantum.fen());
    return new BigDecimal(fenTimesDenominator, Cny.FEN_SCALE)
        .divide(new BigDecimal(denominator), scale, rounding);
  }

  /**
   * Compares the value and the quantum.
   *
   * @param obj the other object
   * @return true if both are the same number of steps of the same quantum
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof ExactShare other && floorSteps.equals(other.floorSteps)
        && numerator.equals(other.numerator) && denominator.equals(other.denominator)
        && quantum.equals(other.quantum);
  }

  @Override
  public int hashCode() {
    return Objects.hash(floorSteps, numerator, denominator, quantum);
  }

  /**
   * Returns the share as whole steps plus a fraction, such as {@code (356 + 2/3) × 1万元}, or
   * {@code 357 × 1万元} when it is whole.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    String steps = numerator.signum() == 0 ? floorSteps.toString()
        : "(" + floorSteps + " + " + numerator + "/" + denominator + ")";
    return steps + " × " + quantum;
  }
}
