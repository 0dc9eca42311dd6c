package io.github.fiscaltransfer.money;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A unit in which documents print amounts of money: 元, 万元 (10⁴ 元) or 亿元 (10⁸ 元).
 *
 * <p>Conversions between units are exact powers of ten and never round.
 */
public enum AmountUnit {
  /** 元, one yuan. */
  YUAN("元", 0),
  /** 万元, ten thousand yuan. */
  WAN_YUAN("万元", 4),
  /** 亿元, one hundred million yuan. */
  YI_YUAN("亿元", 8);

  private final String label;
  private final int exponent;

  AmountUnit(String label, int exponent) {
    this.label = label;
    this.exponent = exponent;
  }

  /**
   * Returns the Chinese label printed after figures, such as {@code 万元}.
   *
   * @return the label, not null
   */
  public String label() {
    return label;
  }

  /**
   * Returns the power of ten that one of this unit is worth in yuan: 0, 4 or 8.
   *
   * @return the exponent
   */
  public int exponent() {
    return exponent;
  }

  /**
   * Converts a figure in this unit to yuan, exactly.
   *
   * @param figure the figure in this unit, not null
   * @return the same value in yuan, not null
   */
  public BigDecimal toYuan(BigDecimal figure) {
    return Objects.requireNonNull(figure, "figure").movePointRight(exponent);
  }

  /**
   * Converts a value in yuan to a figure in this unit, exactly (the scale grows as needed).
   *
   * @param yuan the value in yuan, not null
   * @return the same value in this unit, not null
   */
  public BigDecimal fromYuan(BigDecimal yuan) {
    return Objects.requireNonNull(yuan, "yuan").movePointLeft(exponent);
  }

  /**
   * Returns the unit printed with the given label, as in the header line {@code 单位：万元}.
   *
   * @param label the label, such as {@code 元} or {@code 万元}, not null
   * @return the unit, not null
   * @throws IllegalArgumentException if no unit has that label
   */
  public static AmountUnit ofLabel(CharSequence label) {
    String text = Objects.requireNonNull(label, "label").toString().strip();
    for (AmountUnit unit : values()) {
      if (unit.label.equals(text)) {
        return unit;
      }
    }
    throw new IllegalArgumentException("Unknown amount unit: '" + text + "' (expected 元, 万元 or 亿元)");
  }

  /** Returns the Chinese label, such as {@code 万元}. */
  @Override
  public String toString() {
    return label;
  }
}
