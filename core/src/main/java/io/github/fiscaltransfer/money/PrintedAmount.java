package io.github.fiscaltransfer.money;

import io.github.fiscaltransfer.internal.PowersOfTen;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * An amount as a document prints it: a figure with its scale, in a unit (元, 万元 or 亿元), such as
 * {@code 10,831万元} or {@code 194.00万元}.
 *
 * <p>A {@link CnyAmount} has no scale of its own; this type keeps the printed one, so that a table printed as
 * {@code 194.00} is written back as {@code 194.00}. {@link #equals} therefore counts the scale and the unit
 * ({@code 194.00万元} is not equal to {@code 194万元}); {@link #isSameAmountAs} compares the money alone.
 * A printed amount is never finer than one fen.
 *
 * <p>The figure is held as an unscaled {@code long} and a scale, as {@code BigDecimal} keeps small values, and
 * as a {@code BigDecimal} only when its unscaled value does not fit a {@code long}; arithmetic on the compact
 * form is overflow-checked and falls back to {@code BigDecimal}, so the two forms always agree. Immutable and
 * thread-safe.
 */
public final class PrintedAmount {

  /** The length of the longest plain text of a compact figure: a sign, 19 digits and a point. */
  private static final int COMPACT_PLAIN_FIGURE_LENGTH = 21;

  /** The figure's unscaled value, when it fits a {@code long} ({@link #big} is null). */
  private final long unscaled;
  /** The figure, only when its unscaled value does not fit a {@code long}; null otherwise. */
  private final BigDecimal big;
  private final int scale;
  private final AmountUnit unit;

  private PrintedAmount(long unscaled, BigDecimal big, int scale, AmountUnit unit) {
    this.unscaled = unscaled;
    this.big = big;
    this.scale = scale;
    this.unit = unit;
  }

  /**
   * The one constructor path of a checked figure: compact (unscaled {@code long} and scale) whenever the unscaled
   * value fits, as {@code BigDecimal} keeps small values, so that each value has one form and equals stays simple.
   */
  private static PrintedAmount create(BigDecimal figure, AmountUnit unit) {
    BigInteger unscaledValue = figure.unscaledValue();
    return unscaledValue.bitLength() < Long.SIZE
        ? new PrintedAmount(unscaledValue.longValue(), null, figure.scale(), unit)
        : new PrintedAmount(0, figure, figure.scale(), unit);
  }

  /**
   * Returns the amount printed as the given figure in the given unit.
   *
   * <p>A figure with a negative scale ({@code 1E+3}) is printed as the whole number it is ({@code 1,000}).
   *
   * @param figure the figure as printed, with the scale it was printed at, not null
   * @param unit the unit it was printed in, not null
   * @return the printed amount, not null
   * @throws PrecisionLossException if the figure is finer than one fen in that unit
   * @throws IllegalArgumentException if the figure has more than 16 decimal places, or more integer digits than
   *     24 in 元 (20 in 万元, 16 in 亿元): more than any document prints and more than {@link #parse(CharSequence)}
   *     reads back
   */
  public static PrintedAmount of(BigDecimal figure, AmountUnit unit) {
    Objects.requireNonNull(figure, "figure");
    Objects.requireNonNull(unit, "unit");
    int maxIntegerDigits = AmountText.maxIntegerDigits(unit);
    if ((long) figure.precision() - figure.scale() > maxIntegerDigits) {
      throw new IllegalArgumentException("Figure must have at most " + AmountText.digitLimit(maxIntegerDigits) + ": "
          + (figure.scale() < 0 ? figure.toString() : figure.toPlainString()));
    }
    BigDecimal printed = figure.scale() < 0 ? figure.setScale(0, RoundingMode.UNNECESSARY) : figure;
    requireScale(printed.scale());
    Fen.require(unit.toYuan(printed));
    return create(printed, unit);
  }

  /**
   * Returns the amount printed as {@code unscaled × 10^-scale} in a unit, as {@link BigDecimal#valueOf(long, int)}
   * gives a figure: {@code ofUnscaled(19400, 2, WAN_YUAN)} is {@code 194.00万元}. Equal to
   * {@code of(BigDecimal.valueOf(unscaled, scale), unit)}, without creating the {@code BigDecimal}.
   *
   * @param unscaled the figure's unscaled value
   * @param scale the number of decimal places printed, 0 to 16
   * @param unit the unit it was printed in, not null
   * @return the printed amount, not null
   * @throws PrecisionLossException if the figure is finer than one fen in that unit
   * @throws IllegalArgumentException if the scale is out of range, or the figure has more integer digits than
   *     {@link #of(BigDecimal, AmountUnit)} allows in the unit
   */
  public static PrintedAmount ofUnscaled(long unscaled, int scale, AmountUnit unit) {
    Objects.requireNonNull(unit, "unit");
    requireScale(scale);
    int digits = AmountText.maxIntegerDigits(unit) + scale;
    if (digits < PowersOfTen.COUNT && (unscaled >= PowersOfTen.of(digits) || unscaled <= -PowersOfTen.of(digits))) {
      return of(BigDecimal.valueOf(unscaled, scale), unit); // throws, naming the limit
    }
    int belowFen = scale - unit.exponent() - Cny.FEN_SCALE;
    if (belowFen > 0 && unscaled % PowersOfTen.of(belowFen) != 0) {
      Fen.require(unit.toYuan(BigDecimal.valueOf(unscaled, scale)));
      throw new AssertionError("fiscal-transfer bug: a figure finer than one fen passed the fen check");
    }
    return new PrintedAmount(unscaled, null, scale, unit);
  }

  /**
   * Parses text that ends with its unit, such as {@code 7,678万元}, {@code 1829 万元} or {@code 76,780,000元}.
   *
   * @param text the text, not null
   * @return the printed amount, not null
   * @throws AmountParseException if the text is not a figure followed by a unit, or is finer than one fen
   */
  public static PrintedAmount parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    AmountText.Parsed parsed = AmountText.parse(text, null);
    if (parsed.suffix() == null) {
      throw new AmountParseException("no unit (元, 万元 or 亿元) after the figure", text, text.length());
    }
    return create(parsed.figure(), parsed.suffix());
  }

  /**
   * Parses a figure printed in a known unit, as in a table headed {@code 单位：万元}: {@code 10,831},
   * {@code 194.00}, {@code １０，８３１}. A unit suffix may follow the figure if it names the same unit.
   *
   * @param text the text, not null
   * @param unit the unit the figure is printed in, not null
   * @return the printed amount, not null
   * @throws AmountParseException if the text is not a figure, names another unit, or is finer than one fen
   */
  public static PrintedAmount parse(CharSequence text, AmountUnit unit) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(unit, "unit");
    AmountText.Parsed parsed = AmountText.parse(text, unit);
    if (parsed.suffix() != null && parsed.suffix() != unit) {
      throw new AmountParseException(
          "the unit " + parsed.suffix().label() + " is not the expected " + unit.label(), text, text.length());
    }
    return create(parsed.figure(), unit);
  }

  /**
   * Returns an amount printed in a unit at a scale, refusing to round.
   *
   * @param amount the CNY amount, not null
   * @param unit the unit to print in, not null
   * @param scale the number of decimal places to print, zero or more
   * @return the printed amount, not null
   * @throws PrecisionLossException if the amount cannot be shown at that scale without rounding
   *     (33,695,182 元 in 万元 with 2 decimals)
   * @throws IllegalArgumentException if the scale is negative or above 16, or the amount is not in CNY
   */
  public static PrintedAmount inUnit(MonetaryAmount amount, AmountUnit unit, int scale) {
    Objects.requireNonNull(unit, "unit");
    CnyAmount cny = CnyAmount.from(amount);
    requireScale(scale);
    if (cny.isCompact()) {
      // The figure's unscaled value is the fen times 10^shift, computed on longs when it fits.
      long fen = cny.compactFen();
      int shift = scale - Cny.FEN_SCALE - unit.exponent();
      if (shift >= 0) {
        try {
          return new PrintedAmount(PowersOfTen.times(fen, shift), null, scale, unit);
        } catch (ArithmeticException overflow) {
          // The figure does not fit a long: convert as BigDecimal below.
        }
      } else if (-shift < PowersOfTen.COUNT && fen % PowersOfTen.of(-shift) == 0) {
        return new PrintedAmount(fen / PowersOfTen.of(-shift), null, scale, unit);
      }
    }
    BigDecimal exact = unit.fromYuan(cny.toYuan()).stripTrailingZeros();
    if (exact.scale() > scale) {
      throw new PrecisionLossException(
          format(exact) + unit.label() + " cannot be printed with " + scale + " decimal places without rounding",
          exact,
          scale);
    }
    return create(exact.setScale(scale, RoundingMode.UNNECESSARY), unit);
  }

  /**
   * Returns an amount printed in a unit at a scale, rounding as told: the one conversion that may change
   * the value.
   *
   * @param amount the CNY amount, not null
   * @param unit the unit to print in, not null
   * @param scale the number of decimal places to print, zero or more
   * @param rounding how to round the digits that do not fit, not null
   * @return the rounded printed amount, not null
   * @throws IllegalArgumentException if the scale is negative or above 16, or the amount is not in CNY
   */
  public static PrintedAmount inUnitRounded(
      MonetaryAmount amount, AmountUnit unit, int scale, RoundingMode rounding) {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(rounding, "rounding");
    requireScale(scale);
    BigDecimal exact = unit.fromYuan(Cny.toYuan(amount));
    return of(exact.setScale(scale, rounding), unit);
  }

  private static void requireScale(int scale) {
    if (scale < 0 || scale > AmountText.MAX_FRACTION_DIGITS) {
      throw new IllegalArgumentException(
          "Scale must be between 0 and " + AmountText.MAX_FRACTION_DIGITS + ": " + scale);
    }
  }

  /**
   * Returns the figure as printed, with its scale ({@code 194.00} for {@code 194.00万元}).
   *
   * @return the figure, not null
   */
  public BigDecimal figure() {
    return big != null ? big : BigDecimal.valueOf(unscaled, scale);
  }

  /**
   * Returns the figure in plain notation with its scale, as {@code figure().toPlainString()} gives it
   * ({@code 194.00}, {@code -0.05}, never exponent notation).
   *
   * @return the figure's plain text, not null
   */
  public String plainFigure() {
    if (big != null) {
      return big.toPlainString();
    }
    char[] text = new char[COMPACT_PLAIN_FIGURE_LENGTH];
    return new String(text, 0, plainFigure(text));
  }

  /**
   * Writes the figure's plain text, the characters of {@link #plainFigure()}, at the start of a buffer and returns
   * how many it wrote, or returns -1 and writes nothing if the buffer is too short: a writer that keeps a buffer
   * of 21 characters or more ({@code -922337203685477.5808} is the longest compact figure) writes every figure
   * that fits a {@code long} without creating a {@code BigDecimal} or a {@code String}.
   *
   * @param buffer where to write the text, from index 0, not null
   * @return the number of characters written, or -1 if the text is longer than the buffer
   */
  public int plainFigure(char[] buffer) {
    Objects.requireNonNull(buffer, "buffer");
    if (big != null) {
      String text = big.toPlainString();
      if (text.length() > buffer.length) {
        return -1;
      }
      text.getChars(0, text.length(), buffer, 0);
      return text.length();
    }
    // On the negated magnitude, so that Long.MIN_VALUE needs no case of its own.
    long negative = unscaled < 0 ? unscaled : -unscaled;
    int digits = 1;
    for (long rest = negative / 10; rest != 0; rest /= 10) {
      digits++;
    }
    int length = (unscaled < 0 ? 1 : 0) + Math.max(digits, scale + 1) + (scale > 0 ? 1 : 0);
    if (length > buffer.length) {
      return -1;
    }
    int at = length;
    for (int i = 0; i < scale; i++) {
      buffer[--at] = (char) ('0' - negative % 10);
      negative /= 10;
    }
    if (scale > 0) {
      buffer[--at] = '.';
    }
    do {
      buffer[--at] = (char) ('0' - negative % 10);
      negative /= 10;
    } while (negative != 0);
    if (unscaled < 0) {
      buffer[--at] = '-';
    }
    assert at == 0 : "fiscal-transfer bug: plain figure of " + unscaled + "E-" + scale + " misplaced by " + at;
    return length;
  }

  /**
   * Returns the unit the figure is printed in.
   *
   * @return the unit, not null
   */
  public AmountUnit unit() {
    return unit;
  }

  /**
   * Returns the number of decimal places printed.
   *
   * @return the figure's scale
   */
  public int scale() {
    return scale;
  }

  /**
   * Returns the exact value in yuan ({@code 1940000.00} for {@code 194.00万元}).
   *
   * @return the value in yuan, not null
   */
  public BigDecimal toYuan() {
    return unit.toYuan(figure());
  }

  /**
   * Returns the exact amount of money, in CNY.
   *
   * @return the amount, not null
   */
  public CnyAmount toAmount() {
    int fenPower = Cny.FEN_SCALE + unit.exponent() - scale;
    if (big == null && fenPower >= 0) {
      try {
        return CnyAmount.ofFen(PowersOfTen.times(unscaled, fenPower));
      } catch (ArithmeticException overflow) {
        // Beyond a long of fen: convert as BigDecimal below.
      }
    }
    return CnyAmount.ofYuan(toYuan());
  }

  /**
   * Returns whether this and another printed amount are the same money, whatever their units and scales
   * ({@code 194.00万元} and {@code 1,940,000元} are).
   *
   * @param other the other amount, not null
   * @return true if both are worth the same in yuan
   */
  public boolean isSameAmountAs(PrintedAmount other) {
    Objects.requireNonNull(other, "other");
    if (big == null && other.big == null) {
      // Compare the unscaled values at the finer of both scales in yuan (the scale minus the unit's exponent).
      int thisYuanScale = scale - unit.exponent();
      int otherYuanScale = other.scale - other.unit.exponent();
      try {
        return PowersOfTen.times(unscaled, Math.max(otherYuanScale - thisYuanScale, 0))
            == PowersOfTen.times(other.unscaled, Math.max(thisYuanScale - otherYuanScale, 0));
      } catch (ArithmeticException overflow) {
        // One aligned value does not fit a long: compare as BigDecimal below.
      }
    }
    return toYuan().compareTo(other.toYuan()) == 0;
  }

  /**
   * Returns the exact sum of this amount and another, printed in this amount's unit; this amount is unchanged.
   * The other amount is converted to this unit exactly first (its scale grows or shrinks by the power of ten
   * between the units, never below zero), and the sum has the larger of both scales, as
   * {@link BigDecimal#add(BigDecimal)} gives: {@code 1.50万元 + 2万元 = 3.50万元}, {@code 1万元 + 1元 = 1.0001万元}.
   *
   * <p>Computed on {@code long}s, every step overflow-checked, and on {@code BigDecimal}s only when a figure does
   * not fit. The sum is exact however large: unlike {@link #of}, which refuses figures of more than 24 integer
   * digits as no document prints them, a sum (such as a roll-up a validation reports) may have more.
   *
   * @param other the amount to add, in any unit, not null
   * @return the sum in this unit, not null
   */
  public PrintedAmount plus(PrintedAmount other) {
    Objects.requireNonNull(other, "other");
    int shift = other.unit.exponent() - unit.exponent();
    if (big == null && other.big == null) {
      int otherScale = Math.max(other.scale - shift, 0);
      int sumScale = Math.max(scale, otherScale);
      try {
        long otherUnscaled = PowersOfTen.times(other.unscaled, Math.max(shift - other.scale, 0));
        long sum = Math.addExact(PowersOfTen.times(unscaled, sumScale - scale),
            PowersOfTen.times(otherUnscaled, sumScale - otherScale));
        return new PrintedAmount(sum, null, sumScale, unit);
      } catch (ArithmeticException overflow) {
        // The sum or an aligned operand does not fit a long: add as BigDecimal below.
      }
    }
    return create(figure().add(other.figure().movePointRight(shift)), unit);
  }

  /**
   * Returns the figure with thousands separators and its scale, without the unit: {@code 10,831},
   * {@code 194.00}.
   *
   * @return the figure as a document prints it, not null
   */
  public String formatFigure() {
    return format(figure());
  }

  static String format(BigDecimal figure) {
    return AmountText.format(figure);
  }

  /**
   * Returns any figure as a document prints it in a unit, with thousands separators and its scale, such as
   * {@code 12,168万元}. Unlike {@link #of} this never refuses a figure, however large or fine: it prints sums and
   * differences no document could hold, for messages that report them. A figure with a negative scale prints in
   * exponent form ({@code 1E+3万元}) rather than with all its zeros.
   *
   * @param figure the figure, not null
   * @param unit the unit, not null
   * @return the text, not null
   */
  public static String format(BigDecimal figure, AmountUnit unit) {
    Objects.requireNonNull(figure, "figure");
    Objects.requireNonNull(unit, "unit");
    return (figure.scale() < 0 ? figure.toString() : format(figure)) + unit.label();
  }

  /**
   * Returns an amount in 元 printed in a unit as compactly as it is exact, with grouping, such as {@code 0.5万元}
   * for 5,000元 or {@code 196.3万元} for 1,963,000元: how messages print sums, differences and tolerances beside the
   * figures a document prints in that unit. Never rounds and never refuses.
   *
   * @param yuan the amount in 元, not null
   * @param unit the unit to print it in, not null
   * @return the text, not null
   */
  public static String formatYuan(BigDecimal yuan, AmountUnit unit) {
    Objects.requireNonNull(unit, "unit");
    BigDecimal figure = unit.fromYuan(Objects.requireNonNull(yuan, "yuan")).stripTrailingZeros();
    return format(figure.scale() < 0 ? figure.setScale(0) : figure, unit);
  }

  /**
   * Returns this amount less another, printed as the documents print the figures that disagree: in the unit and at
   * the scale of the finer of the two, such as {@code -4,999元} for 1,955,001元 less 196万元, or {@code 1万元} for
   * 367万元 less 366万元 — never converted to a unit where it reads {@code -0.4999万元}. Never rounds: the finer
   * quantum divides the coarser.
   *
   * @param subtrahend the amount to subtract, not null
   * @return the difference with its unit, not null
   */
  public String formatDifference(PrintedAmount subtrahend) {
    Objects.requireNonNull(subtrahend, "subtrahend");
    PrintedAmount finer = unit.exponent() - scale <= subtrahend.unit.exponent() - subtrahend.scale ? this : subtrahend;
    BigDecimal figure = finer.unit.fromYuan(toYuan().subtract(subtrahend.toYuan()));
    return format(figure.setScale(Math.max(finer.scale, figure.stripTrailingZeros().scale())), finer.unit);
  }

  /**
   * Compares figure (including its scale) and unit.
   *
   * @param obj the other object
   * @return true if both print the same figure in the same unit
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof PrintedAmount other && unscaled == other.unscaled && scale == other.scale
        && unit == other.unit && Objects.equals(big, other.big);
  }

  @Override
  public int hashCode() {
    int figureHash = big != null ? big.hashCode() : Long.hashCode(unscaled) * 31 + scale;
    return figureHash * 31 + unit.ordinal();
  }

  /**
   * Returns the canonical text, such as {@code 10,831万元}; {@link #parse(CharSequence)} reads it back equal.
   *
   * @return the figure with separators followed by the unit label, not null
   */
  @Override
  public String toString() {
    return formatFigure() + unit.label();
  }
}
