package io.github.fiscaltransfer.allocation;

import io.github.fiscaltransfer.money.CnyAmount;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.money.Quantum;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;

/**
 * One line of an {@link Allocation}: the recipient, its weight, its exact share, the amount it was given and
 * the remainder steps it received beyond the whole steps of its share.
 *
 * <p>The amount is always {@code (share.floorSteps() + remainderSteps()) × quantum}. A propagation makes tens of
 * thousands of lines, so a line whose share fits on {@code long}s keeps it as three {@code long}s and creates its
 * {@link ExactShare} (in lowest terms) on request; through this API both forms behave the same. Immutable and
 * thread-safe.
 */
public final class AllocatedLine {

  private final String key;
  private final BigDecimal weight;
  /** The share, or null if it is kept on longs below. */
  private final ExactShare share;
  private final long floorSteps;
  private final long numerator;
  private final long denominator;
  private final Quantum quantum;
  private final long remainderSteps;

  /** A line whose share is on longs: {@code floorSteps + numerator / denominator}, not yet reduced. */
  AllocatedLine(String key, BigDecimal weight, long floorSteps, long numerator, long denominator, Quantum quantum,
      long remainderSteps) {
    this.key = key;
    this.weight = weight;
    this.share = null;
    this.floorSteps = floorSteps;
    this.numerator = numerator;
    this.denominator = denominator;
    this.quantum = quantum;
    this.remainderSteps = remainderSteps;
  }

  /** A line whose share is too large for longs. */
  AllocatedLine(String key, BigDecimal weight, ExactShare share, long remainderSteps) {
    this.key = key;
    this.weight = weight;
    this.share = share;
    this.floorSteps = 0;
    this.numerator = 0;
    this.denominator = 1;
    this.quantum = share.quantum();
    this.remainderSteps = remainderSteps;
  }

  /**
   * Returns the recipient's key, such as {@code 广州市}.
   *
   * @return the key, not null
   */
  public String key() {
    return key;
  }

  /**
   * Returns the recipient's weight, as given in the request.
   *
   * @return the weight, zero or more, not null
   */
  public BigDecimal weight() {
    return weight;
  }

  /**
   * Returns the line's exact proportional share of the total.
   *
   * @return the share, not null
   */
  public ExactShare share() {
    return share != null ? share : ExactShare.of(floorSteps, numerator, denominator, quantum);
  }

  /**
   * Returns the steps of remainder this line received beyond the whole steps of its share: 0 or 1 by
   * largest remainder or half-up rounding, any number (even negative) on the line that takes the 尾差.
   *
   * @return the number of steps, not null
   */
  public BigInteger remainderSteps() {
    return BigInteger.valueOf(remainderSteps);
  }

  /**
   * Returns the amount allocated to this line.
   *
   * @return the amount in CNY, a whole number of steps, not null
   */
  public CnyAmount amount() {
    if (share == null && quantum.fen().bitLength() < Long.SIZE) {
      try {
        return CnyAmount.ofFen(Math.multiplyExact(floorSteps + remainderSteps, quantum.fen().longValue()));
      } catch (ArithmeticException overflow) {
        // The amount in fen does not fit a long: count it as BigInteger below.
      }
    }
    return quantum.times(share().floorSteps().add(BigInteger.valueOf(remainderSteps)));
  }

  /**
   * Returns the amount as printed in the quantum's unit, such as {@code 357万元}.
   *
   * @return the printed amount, not null
   */
  public PrintedAmount printedAmount() {
    return PrintedAmount.inUnit(amount(), quantum.unit(), quantum.scale());
  }

  /**
   * Compares key, weight (including its scale), share and remainder steps.
   *
   * @param obj the other object
   * @return true if both lines are the same
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof AllocatedLine other && key.equals(other.key) && weight.equals(other.weight)
        && share().equals(other.share()) && remainderSteps == other.remainderSteps;
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, weight, share(), remainderSteps);
  }

  /**
   * Returns a line such as {@code 广州市 357万元 (share (356 + 2/3) × 1万元, remainder +1)}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return key + " " + printedAmount() + " (share " + share() + ", remainder " + Allocation.signed(remainderSteps())
        + ")";
  }
}
