package io.github.fiscaltransfer.money;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How far two sides of a printed equation may differ because each figure was rounded half up (四舍五入) on its
 * own (尾数误差): with f printed figures on the two sides together, each at most half a printed quantum from
 * its exact value, the sides differ by at most ⌊f/2⌋ quanta. A total printed above n lines is f = n + 1 figures,
 * ⌊(n+1)/2⌋ quanta.
 *
 * <p>Immutable and thread-safe.
 */
public final class RoundingEnvelope {

  private final int figures;
  private final BigDecimal bound;
  private final AmountUnit unit;

  private RoundingEnvelope(int figures, BigDecimal bound, AmountUnit unit) {
    this.figures = figures;
    this.bound = bound;
    this.unit = unit;
  }

  /**
   * Returns the envelope of an equation between printed figures.
   *
   * @param figures how many printed figures the two sides hold together, at least 1 (a printed figure against an
   *     exact value allows no difference)
   * @param unit the unit they are printed in, not null
   * @param scale the decimal places the table prints, zero or more
   * @return the envelope, not null
   * @throws IllegalArgumentException if there is no figure or the scale is negative
   */
  public static RoundingEnvelope of(int figures, AmountUnit unit, int scale) {
    Objects.requireNonNull(unit, "unit");
    if (figures < 1) {
      throw new IllegalArgumentException("An equation needs at least one printed figure: " + figures);
    }
    if (scale < 0) {
      throw new IllegalArgumentException("Scale must not be negative: " + scale);
    }
    BigDecimal quanta = BigDecimal.valueOf(figures / 2);
    return new RoundingEnvelope(figures, quanta.movePointLeft(scale), unit);
  }

  /**
   * Returns the envelope of a printed total over n printed lines: ⌊(n+1)/2⌋ quanta.
   *
   * @param lines how many lines add up to the total, zero or more
   * @param unit the unit they are printed in, not null
   * @param scale the decimal places the table prints, zero or more
   * @return the envelope, not null
   * @throws IllegalArgumentException if the count of lines is negative or the scale is negative
   */
  public static RoundingEnvelope ofTotal(int lines, AmountUnit unit, int scale) {
    return of(lines + 1, unit, scale);
  }

  /**
   * Returns the envelope of one printed figure against the amount it was rounded from, or restates: half its printed
   * quantum ({@code 196万元} may stand for 195.5万元 to 196.5万元).
   *
   * @param figure the printed figure, not null
   * @return the envelope, not null
   */
  public static RoundingEnvelope ofFigure(PrintedAmount figure) {
    Objects.requireNonNull(figure, "figure");
    return new RoundingEnvelope(1, BigDecimal.valueOf(5, figure.scale() + 1), figure.unit());
  }

  /**
   * Returns the largest difference rounding explains, as a figure in the printed unit at the printed scale (which
   * may be finer than a fen: a table printing 元 to three decimals).
   *
   * @return the bound, not null
   */
  public BigDecimal bound() {
    return bound;
  }

  /**
   * Returns the unit the figures are printed in.
   *
   * @return the unit, not null
   */
  public AmountUnit unit() {
    return unit;
  }

  /**
   * Returns the bound as a document prints it, such as {@code 1万元} or {@code 0.011元}.
   *
   * @return the text, not null
   */
  public String formatBound() {
    return PrintedAmount.format(bound, unit);
  }

  /**
   * Returns how many printed figures the equation holds.
   *
   * @return the count, at least 1
   */
  public int figures() {
    return figures;
  }

  /**
   * Returns whether a difference between the two sides is one rounding can explain.
   *
   * @param difference the difference as a figure in the envelope's unit, not null
   * @return true if its magnitude is at most the bound
   */
  public boolean allows(BigDecimal difference) {
    Objects.requireNonNull(difference, "difference");
    return difference.abs().compareTo(bound) <= 0;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof RoundingEnvelope other && figures == other.figures && bound.equals(other.bound)
        && unit == other.unit;
  }

  @Override
  public int hashCode() {
    return (figures * 31 + bound.hashCode()) * 31 + unit.hashCode();
  }

  /** Returns the envelope as {@code ±1万元 for 3 printed figures}. */
  @Override
  public String toString() {
    return "±" + formatBound() + " for " + figures + " printed figures";
  }
}
