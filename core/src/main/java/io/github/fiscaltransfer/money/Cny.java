package io.github.fiscaltransfer.money;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * Factories and exact conversions for amounts of Chinese yuan (人民币, CNY) at fen (分) precision.
 *
 * <p>Every amount this library produces is a Moneta {@link Money} in CNY whose value is a whole number of fen.
 * This class is stateless and thread-safe.
 */
public final class Cny {

  /** The currency of every amount in this library: CNY. */
  public static final CurrencyUnit CURRENCY = Monetary.getCurrency("CNY");

  /** The number of decimal places of one fen in yuan: 2. */
  public static final int FEN_SCALE = 2;

  private static final Money ZERO = Money.of(BigDecimal.ZERO, CURRENCY);

  private Cny() {}

  /**
   * Returns zero yuan.
   *
   * @return zero CNY, not null
   */
  public static Money zero() {
    return ZERO;
  }

  /**
   * Returns an amount of yuan, refusing precision finer than one fen.
   *
   * @param yuan the value in yuan, such as {@code 108310000.00}, not null
   * @return the amount in CNY, not null
   * @throws PrecisionLossException if the value has a non-zero digit below one fen
   */
  public static Money yuan(BigDecimal yuan) {
    return Money.of(Fen.require(yuan), CURRENCY);
  }

  /**
   * Returns an amount of whole yuan.
   *
   * @param yuan the value in yuan
   * @return the amount in CNY, not null
   */
  public static Money yuan(long yuan) {
    return Money.of(BigDecimal.valueOf(yuan), CURRENCY);
  }

  /**
   * Returns an amount given as a whole number of fen.
   *
   * @param fen the value in fen, not null
   * @return the amount in CNY, not null
   */
  public static Money fen(BigInteger fen) {
    return Money.of(new BigDecimal(Objects.requireNonNull(fen, "fen"), FEN_SCALE), CURRENCY);
  }

  /**
   * Returns the exact value of a CNY amount in yuan.
   *
   * @param amount the amount, not null
   * @return its value in yuan, at least scale 0 and never finer than one fen, not null
   * @throws IllegalArgumentException if the amount is not in CNY
   * @throws PrecisionLossException if the amount has a non-zero digit below one fen
   */
  public static BigDecimal toYuan(MonetaryAmount amount) {
    Objects.requireNonNull(amount, "amount");
    if (!CURRENCY.equals(amount.getCurrency())) {
      throw new IllegalArgumentException(
          "Amount must be in CNY: " + amount.getCurrency().getCurrencyCode() + " " + amount.getNumber());
    }
    return Fen.require(amount.getNumber().numberValueExact(BigDecimal.class));
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
    return toYuan(amount).movePointRight(FEN_SCALE).toBigIntegerExact();
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
    return PrintedAmount.inUnit(amount, AmountUnit.YUAN, FEN_SCALE).toString();
  }
}
