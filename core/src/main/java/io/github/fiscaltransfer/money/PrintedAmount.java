package io.github.fiscaltransfer.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * An amount as a document prints it: a figure with its scale, in a unit (元, 万元 or 亿元), such as
 * {@code 10,831万元} or {@code 194.00万元}.
 *
 * <p>Moneta's {@link Money} forgets the scale it is given; this type keeps it, so that a table printed as
 * {@code 194.00} is written back as {@code 194.00}. {@link #equals} therefore counts the scale and the unit
 * ({@code 194.00万元} is not equal to {@code 194万元}); {@link #isSameAmountAs} compares the money alone.
 * A printed amount is never finer than one fen.
 *
 * <p>Immutable and thread-safe.
 */
public final class PrintedAmount {

  private final BigDecimal figure;
  private final AmountUnit unit;

  private PrintedAmount(BigDecimal figure, AmountUnit unit) {
    this.figure = figure;
    this.unit = unit;
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
   * @throws IllegalArgumentException if the figure has more than 16 decimal places or 24 integer digits,
   *     more than any document prints and more than {@link #parse(CharSequence)} reads back
   */
  public static PrintedAmount of(BigDecimal figure, AmountUnit unit) {
    Objects.requireNonNull(figure, "figure");
    Objects.requireNonNull(unit, "unit");
    if ((long) figure.precision() - figure.scale() > AmountText.MAX_INTEGER_DIGITS) {
      throw new IllegalArgumentException("Figure must have at most " + AmountText.MAX_INTEGER_DIGITS
          + " integer digits: " + (figure.scale() < 0 ? figure.toString() : figure.toPlainString()));
    }
    BigDecimal printed = figure.scale() < 0 ? figure.setScale(0, RoundingMode.UNNECESSARY) : figure;
    requireScale(printed.scale());
    Fen.require(unit.toYuan(printed));
    return new PrintedAmount(printed, unit);
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
    return new PrintedAmount(parsed.figure(), parsed.suffix());
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
    return new PrintedAmount(parsed.figure(), unit);
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
    BigDecimal exact = unit.fromYuan(Cny.toYuan(amount));
    requireScale(scale);
    if (exact.stripTrailingZeros().scale() > scale) {
      throw new PrecisionLossException(
          format(exact) + unit.label() + " cannot be printed with " + scale + " decimal places without rounding",
          exact,
          scale);
    }
    return new PrintedAmount(exact.setScale(scale, RoundingMode.UNNECESSARY), unit);
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
    return figure;
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
    return figure.scale();
  }

  /**
   * Returns the exact value in yuan ({@code 1940000.00} for {@code 194.00万元}).
   *
   * @return the value in yuan, not null
   */
  public BigDecimal toYuan() {
    return unit.toYuan(figure);
  }

  /**
   * Returns the exact amount of money, in CNY.
   *
   * @return the amount, not null
   */
  public Money toMoney() {
    return Cny.yuan(toYuan());
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
    return toYuan().compareTo(other.toYuan()) == 0;
  }

  /**
   * Returns the figure with thousands separators and its scale, without the unit: {@code 10,831},
   * {@code 194.00}.
   *
   * @return the figure as a document prints it, not null
   */
  public String formatFigure() {
    return format(figure);
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
   * Compares figure (including its scale) and unit.
   *
   * @param obj the other object
   * @return true if both print the same figure in the same unit
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof PrintedAmount other && figure.equals(other.figure) && unit == other.unit;
  }

  @Override
  public int hashCode() {
    return figure.hashCode() * 31 + unit.ordinal();
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
