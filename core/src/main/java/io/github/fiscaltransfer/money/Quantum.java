package io.github.fiscaltransfer.money;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * The step an amount is counted in (计算单位), such as 1 分, 1 元, 0.01 万元 (100 元) or 1 万元: a positive,
 * whole number of fen, named in the unit a document uses.
 *
 * <p>{@link #toString()} prints the step in its unit, such as {@code 0.01万元}, and {@link #parse(CharSequence)}
 * reads it back. {@link #equals} counts the unit: {@code 0.01万元} and {@code 100元} are the same step
 * ({@link #fen()} is equal) but not equal quanta. Immutable and thread-safe.
 */
public final class Quantum {

  /** One fen (分), 0.01 元: the finest step there is. */
  public static final Quantum FEN = new Quantum(BigInteger.ONE, AmountUnit.YUAN);

  /** One yuan (元). */
  public static final Quantum YUAN = new Quantum(BigInteger.valueOf(100), AmountUnit.YUAN);

  /** One 万元 (10,000 元), the step of most provincial allocation tables. */
  public static final Quantum WAN_YUAN = new Quantum(BigInteger.valueOf(1_000_000), AmountUnit.WAN_YUAN);

  private final BigInteger fen;
  private final AmountUnit unit;
  private final int scale;

  private Quantum(BigInteger fen, AmountUnit unit) {
    this.fen = fen;
    this.unit = unit;
    this.scale = Math.max(0, figure().stripTrailingZeros().scale());
  }

  /**
   * Returns the step of the given figure in the given unit, such as {@code 0.01} 万元.
   *
   * @param figure the size of the step in the unit, not null
   * @param unit the unit, not null
   * @return the quantum, not null
   * @throws IllegalArgumentException if the step is not positive
   * @throws PrecisionLossException if the step is not a whole number of fen
   */
  public static Quantum of(BigDecimal figure, AmountUnit unit) {
    Objects.requireNonNull(figure, "figure");
    Objects.requireNonNull(unit, "unit");
    BigDecimal yuan = Fen.require(unit.toYuan(figure));
    if (yuan.signum() <= 0) {
      throw new IllegalArgumentException("Quantum must be positive: " + figure.toPlainString() + unit.label());
    }
    return new Quantum(yuan.movePointRight(Cny.FEN_SCALE).toBigIntegerExact(), unit);
  }

  /**
   * Parses a step written as {@link #toString()} writes it, such as {@code 0.01万元} or {@code 1元}.
   *
   * @param text the text, not null
   * @return the quantum, not null
   * @throws AmountParseException if the text is not a figure followed by a unit
   * @throws IllegalArgumentException if the step is not positive
   */
  public static Quantum parse(CharSequence text) {
    PrintedAmount printed = PrintedAmount.parse(text);
    return of(printed.figure(), printed.unit());
  }

  /**
   * Returns the size of the step in fen (100 for one yuan).
   *
   * @return the number of fen, positive, not null
   */
  public BigInteger fen() {
    return fen;
  }

  /**
   * Returns the unit the step is named in.
   *
   * @return the unit, not null
   */
  public AmountUnit unit() {
    return unit;
  }

  /**
   * Returns the size of the step as an amount of money.
   *
   * @return the step in CNY, not null
   */
  public CnyAmount toAmount() {
    return CnyAmount.ofFen(fen);
  }

  /**
   * Returns how many of these steps make up an amount.
   *
   * @param amount the CNY amount, not null
   * @return the number of steps, not null
   * @throws IllegalArgumentException if the amount is not in CNY or not a whole number of steps
   * @throws PrecisionLossException if the amount is finer than one fen
   */
  public BigInteger count(MonetaryAmount amount) {
    BigInteger[] steps = Cny.toFen(amount).divideAndRemainder(fen);
    if (steps[1].signum() != 0) {
      throw new IllegalArgumentException("Amount " + PrintedAmount.formatYuan(new BigDecimal(Cny.toFen(amount), 2),
          unit) + " is not a whole number of " + this);
    }
    return steps[0];
  }

  /**
   * Returns the amount that is a number of these steps.
   *
   * @param steps the number of steps, not null
   * @return {@code steps} × this quantum, in CNY, not null
   */
  public CnyAmount times(BigInteger steps) {
    return CnyAmount.ofFen(fen.multiply(Objects.requireNonNull(steps, "steps")));
  }

  /**
   * Returns the number of decimal places needed to print a whole number of these steps in its unit
   * (2 for {@code 0.01万元}, 0 for {@code 1万元}).
   *
   * @return the scale, zero or more
   */
  public int scale() {
    return scale;
  }

  private BigDecimal figure() {
    return unit.fromYuan(new BigDecimal(fen, Cny.FEN_SCALE));
  }

  /**
   * Compares the size of the step and its unit.
   *
   * @param obj the other object
   * @return true if both are the same step named in the same unit
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof Quantum other && fen.equals(other.fen) && unit == other.unit;
  }

  @Override
  public int hashCode() {
    return fen.hashCode() * 31 + unit.ordinal();
  }

  /**
   * Returns the step in its unit, such as {@code 0.01万元} or {@code 1元}.
   *
   * @return the canonical text, not null
   */
  @Override
  public String toString() {
    return PrintedAmount.format(figure().setScale(scale())) + unit.label();
  }
}
