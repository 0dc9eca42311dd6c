package io.github.fiscaltransfer.budget;

import io.github.fiscaltransfer.money.AmountUnit;
import io.github.fiscaltransfer.money.PrintedAmount;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * How a table prints its amounts (金额单位): the unit of its 单位 line and the decimal places it prints to, such as
 * whole 万元 for most tables and 万元 with two decimals for the "三公" table. A cell may print fewer decimals
 * (a bureau drops trailing zeros: {@code 42} in a two-decimal table), never more.
 *
 * <p>Immutable and thread-safe.
 */
public final class TableFormat {

  /** Whole 万元, as most department budget tables print. */
  public static final TableFormat WHOLE_WAN_YUAN = new TableFormat(AmountUnit.WAN_YUAN, 0);

  private final AmountUnit unit;
  private final int scale;

  private TableFormat(AmountUnit unit, int scale) {
    this.unit = unit;
    this.scale = scale;
  }

  /**
   * Returns the format of a table printed in a unit to some decimal places.
   *
   * @param unit the unit, not null
   * @param scale the decimal places, 0 to 4
   * @return the format, not null
   * @throws IllegalArgumentException if the scale is out of range
   */
  public static TableFormat of(AmountUnit unit, int scale) {
    Objects.requireNonNull(unit, "unit");
    if (scale < 0 || scale > 4) {
      throw new IllegalArgumentException("Table scale must be between 0 and 4: " + scale);
    }
    return new TableFormat(unit, scale);
  }

  /**
   * Returns the unit amounts are printed in.
   *
   * @return the unit, not null
   */
  public AmountUnit unit() {
    return unit;
  }

  /**
   * Returns the decimal places the table prints to.
   *
   * @return the scale, zero or more
   */
  public int scale() {
    return scale;
  }

  /**
   * Reads a figure printed in this table, such as {@code 273,800} or {@code 43.44}.
   *
   * @param figure the figure as printed, not null
   * @return the amount, not null
   * @throws IllegalArgumentException if the figure is not one this table can print
   */
  public PrintedAmount parse(String figure) {
    PrintedAmount amount = PrintedAmount.parse(figure, unit);
    require(amount, "figure");
    return amount;
  }

  /**
   * Returns an exact amount of yuan as this table's unit prints it, without trailing zeros and never rounded:
   * {@code 2575310000.00} 元 is {@code 257,531万元}.
   *
   * @param yuan the amount in yuan, not null
   * @return the amount in this table's unit, not null
   * @throws io.github.fiscaltransfer.money.PrecisionLossException if the amount is finer than one fen
   */
  public PrintedAmount ofYuan(BigDecimal yuan) {
    BigDecimal figure = unit.fromYuan(Objects.requireNonNull(yuan, "yuan")).stripTrailingZeros();
    return PrintedAmount.of(figure.scale() < 0 ? figure.setScale(0, RoundingMode.UNNECESSARY) : figure, unit);
  }

  /**
   * Returns an exact amount of yuan as text in this table's unit, without trailing zeros, such as {@code 257,531万元};
   * unlike {@link #ofYuan} it never refuses an amount, however large or fine, for messages that report sums.
   *
   * @param yuan the amount in yuan, not null
   * @return the text, not null
   */
  public String print(BigDecimal yuan) {
    BigDecimal figure = unit.fromYuan(Objects.requireNonNull(yuan, "yuan")).stripTrailingZeros();
    return PrintedAmount.format(figure.scale() < 0 ? figure.setScale(0, RoundingMode.UNNECESSARY) : figure, unit);
  }

  /**
   * Checks that an amount is printed in this format.
   *
   * @param amount the amount, not null
   * @param where what the amount is, for the message, not null
   * @throws IllegalArgumentException if it is in another unit or finer than the table prints
   */
  public void require(PrintedAmount amount, String where) {
    if (amount.unit() != unit || amount.scale() > scale) {
      throw new IllegalArgumentException(
          where + " must be printed in " + this + ": " + amount);
    }
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof TableFormat other && unit == other.unit && scale == other.scale;
  }

  @Override
  public int hashCode() {
    return unit.hashCode() * 31 + scale;
  }

  /** Returns {@code 万元, 0 decimals}. */
  @Override
  public String toString() {
    return unit.label() + ", " + scale + " decimals";
  }
}
