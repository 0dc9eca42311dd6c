package io.github.fiscaltransfer.money;

import java.math.BigDecimal;
import java.math.BigInteger;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * Constants and exact conversions for amounts of Chinese yuan (人民币, CNY) at fen (分) precision, of any
 * {@link MonetaryAmount} implementation.
 *
 * <p>Every amount this library produces is a {@link CnyAmount}. This class is stateless and thread-safe.
 */
public final class Cny {

  /** The currency of every amount in this library: CNY, this library's own unit (no currency provider needed). */
  public static final CurrencyUnit CURRENCY = CnyCurrency.INSTANCE;

  /** The number of decimal places of one fen in yuan: 2. */
  public static final int FEN_SCALE = 2;

  private Cny() {}

  /**
   * Returns the exact value of a CNY amount in yuan.
   *
   * @param amount the amount, not null
   * @return its value in yuan, at scale 2, not null
   * @throws IllegalArgumentException if the amount is not in CNY
   * @throws PrecisionLossException if the amount has a non-zero digit below one fen
   */
  public static BigDecimal toYuan(MonetaryAmount amount) {
    return CnyAmount.from(amount).toYuan();
  }

  /**
   * Returns the exact value of a CNY amount as a whole number of fen.
   *
   * @param amount the amount, not null
   * @return its value in fen, not null
   * @throws IllegalArgumentException if the amount is not in CNY
   * @throws PrecisionLossException if the amount has a non-zero digit below one fen
   */
  public static BigInteger toFen(MonetaryAmount amount) {
    return CnyAmount.from(amount).toFen();
  }

  /**
   * Returns a CNY amount as a budget officer reads it: in yuan, with thousands separators and two decimals,
   * such as {@code 108,310,000.00元}.
   *
   * @param amount the amount, not null
   * @return the text, not null
   * @throws IllegalArgumentException if the amount is not in CNY
   * @throws PrecisionLossException if the amount has a non-zero digit below one fen
   */
  public static String format(MonetaryAmount amount) {
    return CnyAmount.from(amount).toString();
  }
}
