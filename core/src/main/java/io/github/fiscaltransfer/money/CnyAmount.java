package io.github.fiscaltransfer.money;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import javax.money.MonetaryAmountFactory;
import javax.money.MonetaryContext;
import javax.money.MonetaryContextBuilder;
import javax.money.NumberValue;

/**
 * An exact amount of Chinese yuan (人民币金额, CNY) at fen (分) precision: the {@link MonetaryAmount} every amount of
 * this library is.
 *
 * <p>Held as a whole number of fen: an unscaled {@code long} while it fits, every operation on it
 * overflow-checked ({@code Math.addExact} and its kin), and a {@code BigDecimal} in yuan only beyond ±92,233,720,368,
 * 547,758.07元, so both forms give the same results. Nothing here uses binary floating point and nothing rounds:
 * an operation whose exact result is finer than one fen ({@code divide(3)} of 1元, {@code multiply(0.001)}) throws
 * {@link PrecisionLossException}, and a division whose quotient does not terminate throws
 * {@link ArithmeticException}; both name the operands. The {@code double} overloads exist only because
 * {@link MonetaryAmount} declares them, and the library never calls them: a {@code double} operand is taken at its
 * exact binary value through {@code BigDecimal}, so {@code multiply(0.5)} works and {@code multiply(0.1)} is refused,
 * never rounded.
 *
 * <p>Amounts of other implementations (such as a Moneta {@code Money}) are accepted wherever a
 * {@link MonetaryAmount} is taken, if their currency code is {@code CNY} and their value is a whole number of fen.
 *
 * <p>{@link #equals} is numeric at fen precision: an amount has no scale of its own, so {@code 1.0} and
 * {@code 1.00} 元 make equal amounts. {@link #toString()} prints yuan with grouping and two decimals, such as
 * {@code 108,310,000.00元}, and {@link #parse(CharSequence)} reads it back. Immutable and thread-safe.
 */
public final class CnyAmount implements MonetaryAmount {

  private static final MonetaryContext CONTEXT = MonetaryContextBuilder.of(CnyAmount.class)
      .setPrecision(0).setMaxScale(Cny.FEN_SCALE).setFixedScale(true).build();

  private static final CnyAmount ZERO = new CnyAmount(0, null);

  /** The value in fen, when it fits a {@code long} ({@link #big} is null). */
  private final long fen;
  /** The value in yuan at scale 2, only when it does not fit a {@code long} of fen; null otherwise. */
  private final BigDecimal big;

  private CnyAmount(long fen, BigDecimal big) {
    this.fen = fen;
    this.big = big;
  }

  /**
   * Returns zero yuan.
   *
   * @return zero, not null
   */
  public static CnyAmount zero() {
    return ZERO;
  }

  /**
   * Returns an amount given as a whole number of fen.
   *
   * @param fen the value in fen
   * @return the amount, not null
   */
  public static CnyAmount ofFen(long fen) {
    return fen == 0 ? ZERO : new CnyAmount(fen, null);
  }

  /**
   * Returns an amount given as a whole number of fen.
   *
   * @param fen the value in fen, not null
   * @return the amount, not null
   */
  public static CnyAmount ofFen(BigInteger fen) {
    Objects.requireNonNull(fen, "fen");
    return fen.bitLength() < Long.SIZE ? ofFen(fen.longValue()) : new CnyAmount(0, new BigDecimal(fen, Cny.FEN_SCALE));
  }

  /**
   * Returns an amount of whole yuan.
   *
   * @param yuan the value in yuan
   * @return the amount, not null
   */
  public static CnyAmount ofYuan(long yuan) {
    try {
      return ofFen(Math.multiplyExact(yuan, 100L));
    } catch (ArithmeticException overflow) {
      return new CnyAmount(0, BigDecimal.valueOf(yuan).setScale(Cny.FEN_SCALE));
    }
  }

  /**
   * Returns an amount of yuan, refusing precision finer than one fen.
   *
   * @param yuan the value in yuan, such as {@code 108310000.00}, at any scale, not null
   * @return the amount, not null
   * @throws PrecisionLossException if the value has a non-zero digit below one fen
   */
  public static CnyAmount ofYuan(BigDecimal yuan) {
    return ofCheckedYuan(Fen.require(yuan));
  }

  /** Returns an amount of a value in yuan known to be a whole number of fen. */
  private static CnyAmount ofCheckedYuan(BigDecimal yuan) {
    BigDecimal atFen = yuan.setScale(Cny.FEN_SCALE, RoundingMode.UNNECESSARY);
    BigInteger unscaled = atFen.unscaledValue();
    return unscaled.bitLength() < Long.SIZE ? ofFen(unscaled.longValue()) : new CnyAmount(0, atFen);
  }

  /**
   * Returns an amount of any implementation as a {@code CnyAmount}: the same instance if it is one.
   *
   * @param amount the amount, not null
   * @return the amount, not null
   * @throws IllegalArgumentException if the amount's currency code is not {@code CNY}
   * @throws PrecisionLossException if the amount has a non-zero digit below one fen
   */
  public static CnyAmount from(MonetaryAmount amount) {
    if (Objects.requireNonNull(amount, "amount") instanceof CnyAmount cny) {
      return cny;
    }
    return ofYuan(exactYuanOf(amount));
  }

  /** Returns the exact number of a CNY amount of any implementation, at any precision. */
  private static BigDecimal exactYuanOf(MonetaryAmount amount) {
    if (!CnyCurrency.isCny(amount.getCurrency())) {
      throw new IllegalArgumentException(
          "Amount must be in CNY: " + amount.getCurrency().getCurrencyCode() + " " + amount.getNumber());
    }
    return amount.getNumber().numberValueExact(BigDecimal.class);
  }

  /**
   * Parses an amount as {@link #toString()} prints it ({@code 108,310,000.00元}), or in any unit a document prints
   * ({@code 10,831万元}).
   *
   * @param text the text, not null
   * @return the amount, not null
   * @throws AmountParseException if the text is not a figure followed by a unit, or is finer than one fen
   */
  public static CnyAmount parse(CharSequence text) {
    return PrintedAmount.parse(text).toAmount();
  }

  /**
   * Returns the exact value in yuan, at scale 2 ({@code 108310000.00}).
   *
   * @return the value, not null
   */
  public BigDecimal toYuan() {
    return big != null ? big : BigDecimal.valueOf(fen, Cny.FEN_SCALE);
  }

  /**
   * Returns the exact value as a whole number of fen.
   *
   * @return the number of fen, not null
   */
  public BigInteger toFen() {
    return big != null ? big.unscaledValue() : BigInteger.valueOf(fen);
  }

  /** Returns whether the value is held as a {@code long} of fen (for the library's fast paths). */
  boolean isCompact() {
    return big == null;
  }

  /** Returns the value in fen; only when {@link #isCompact()}. */
  long compactFen() {
    assert big == null : "fiscal-transfer bug: compactFen() of a large amount";
    return fen;
  }

  /**
   * Returns {@code CNY}, this library's own currency unit.
   *
   * @return the currency, not null
   */
  @Override
  public CurrencyUnit getCurrency() {
    return CnyCurrency.INSTANCE;
  }

  /**
   * Returns the exact value in yuan at scale 2 as a {@link javax.money.NumberValue} backed by a
   * {@link BigDecimal}.
   *
   * @return the number, not null
   */
  @Override
  public NumberValue getNumber() {
    return new CnyNumber(toYuan());
  }

  /**
   * Returns the context every amount of this type shares: unlimited precision, fixed scale 2.
   *
   * @return the context, not null
   */
  @Override
  public MonetaryContext getContext() {
    return CONTEXT;
  }

  /**
   * Returns a new factory of amounts of this type, preset to this amount.
   *
   * @return the factory, not null
   */
  @Override
  public MonetaryAmountFactory<CnyAmount> getFactory() {
    return new CnyAmountFactory().setAmount(this);
  }

  /**
   * Returns the sign of the value.
   *
   * @return -1, 0 or 1
   */
  @Override
  public int signum() {
    return big != null ? big.signum() : Long.signum(fen);
  }

  /**
   * Compares currencies by code, then values numerically; amounts of other implementations are compared exactly.
   *
   * @param other the other amount, not null
   * @return negative, zero or positive as this amount is less than, equal to or greater than the other
   */
  @Override
  public int compareTo(MonetaryAmount other) {
    Objects.requireNonNull(other, "other");
    int currencies = getCurrency().compareTo(other.getCurrency());
    return currencies != 0 ? currencies : compareNumber(other);
  }

  /** Compares the values of two CNY amounts exactly; throws if the other is not CNY. */
  private int compareNumber(MonetaryAmount other) {
    Objects.requireNonNull(other, "other");
    if (other instanceof CnyAmount cny) {
      return big == null && cny.big == null ? Long.compare(fen, cny.fen) : toYuan().compareTo(cny.toYuan());
    }
    return toYuan().compareTo(exactYuanOf(other));
  }

  /**
   * Returns whether this amount is greater than another.
   *
   * @param amount the other amount, in CNY, not null
   * @return true if greater
   * @throws IllegalArgumentException if the other amount is not in CNY
   */
  @Override
  public boolean isGreaterThan(MonetaryAmount amount) {
    return compareNumber(amount) > 0;
  }

  /**
   * Returns whether this amount is greater than or equal to another.
   *
   * @param amount the other amount, in CNY, not null
   * @return true if greater or equal
   * @throws IllegalArgumentException if the other amount is not in CNY
   */
  @Override
  public boolean isGreaterThanOrEqualTo(MonetaryAmount amount) {
    return compareNumber(amount) >= 0;
  }

  /**
   * Returns whether this amount is less than another.
   *
   * @param amount the other amount, in CNY, not null
   * @return true if less
   * @throws IllegalArgumentException if the other amount is not in CNY
   */
  @Override
  public boolean isLessThan(MonetaryAmount amount) {
    return compareNumber(amount) < 0;
  }

  /**
   * Returns whether this amount is less than or equal to another.
   *
   * @param amount the other amount, in CNY, not null
   * @return true if less or equal
   * @throws IllegalArgumentException if the other amount is not in CNY
   */
  @Override
  public boolean isLessThanOrEqualTo(MonetaryAmount amount) {
    return compareNumber(amount) <= 0;
  }

  /**
   * Returns whether this amount has the same value as another, of any implementation.
   *
   * @param amount the other amount, in CNY, not null
   * @return true if both are worth the same
   * @throws IllegalArgumentException if the other amount is not in CNY
   */
  @Override
  public boolean isEqualTo(MonetaryAmount amount) {
    return compareNumber(amount) == 0;
  }

  /**
   * Returns the exact sum of this amount and another; this amount is unchanged.
   *
   * @param amount the amount to add, in CNY, not null
   * @return the sum, not null
   * @throws IllegalArgumentException if the other amount is not in CNY
   * @throws PrecisionLossException if the other amount is finer than one fen
   */
  @Override
  public CnyAmount add(MonetaryAmount amount) {
    CnyAmount other = from(amount);
    if (big == null && other.big == null) {
      try {
        return ofFen(Math.addExact(fen, other.fen));
      } catch (ArithmeticException overflow) {
        // Beyond a long of fen: add in BigDecimal below.
      }
    }
    return ofCheckedYuan(toYuan().add(other.toYuan()));
  }

  /**
   * Returns the exact difference of this amount and another; this amount is unchanged.
   *
   * @param amount the amount to subtract, in CNY, not null
   * @return the difference, not null
   * @throws IllegalArgumentException if the other amount is not in CNY
   * @throws PrecisionLossException if the other amount is finer than one fen
   */
  @Override
  public CnyAmount subtract(MonetaryAmount amount) {
    CnyAmount other = from(amount);
    if (big == null && other.big == null) {
      try {
        return ofFen(Math.subtractExact(fen, other.fen));
      } catch (ArithmeticException overflow) {
        // Beyond a long of fen: subtract in BigDecimal below.
      }
    }
    return ofCheckedYuan(toYuan().subtract(other.toYuan()));
  }

  /**
   * Returns this amount times a whole number, exactly; this amount is unchanged.
   *
   * @param multiplicand the factor
   * @return the product, not null
   */
  @Override
  public CnyAmount multiply(long multiplicand) {
    if (big == null) {
      try {
        return ofFen(Math.multiplyExact(fen, multiplicand));
      } catch (ArithmeticException overflow) {
        // Beyond a long of fen: multiply in BigDecimal below.
      }
    }
    return ofCheckedYuan(toYuan().multiply(BigDecimal.valueOf(multiplicand)));
  }

  /**
   * Returns this amount times a {@code double} at its exact binary value; this amount is unchanged.
   *
   * @param multiplicand the factor, finite
   * @return the product, not null
   * @throws PrecisionLossException if the product is finer than one fen (such as any product by {@code 0.1},
   *     whose binary value is not one tenth)
   * @throws ArithmeticException if the factor is NaN or infinite
   */
  @Override
  public CnyAmount multiply(double multiplicand) {
    return multiply(CnyNumber.exact(multiplicand));
  }

  /**
   * Returns this amount times a number, exactly; this amount is unchanged.
   *
   * @param multiplicand the factor, not null
   * @return the product, not null
   * @throws PrecisionLossException if the product is finer than one fen
   * @throws ArithmeticException if the factor is a NaN or infinite floating-point number
   */
  @Override
  public CnyAmount multiply(Number multiplicand) {
    BigDecimal factor = CnyNumber.exact(multiplicand);
    return result(toYuan().multiply(factor), " × " + factor.toPlainString());
  }

  /**
   * Returns this amount divided by a whole number, if the quotient is a whole number of fen; this amount is
   * unchanged.
   *
   * @param divisor the divisor, not zero
   * @return the quotient, not null
   * @throws PrecisionLossException if the quotient is finer than one fen
   * @throws ArithmeticException if the divisor is zero or the quotient does not terminate
   */
  @Override
  public CnyAmount divide(long divisor) {
    if (big == null && divisor != 0 && fen % divisor == 0 && !(fen == Long.MIN_VALUE && divisor == -1)) {
      return ofFen(fen / divisor);
    }
    return divide(BigDecimal.valueOf(divisor));
  }

  /**
   * Returns this amount divided by a {@code double} at its exact binary value, if the quotient is a whole number
   * of fen; this amount is unchanged.
   *
   * @param divisor the divisor, finite and not zero
   * @return the quotient, not null
   * @throws PrecisionLossException if the quotient is finer than one fen
   * @throws ArithmeticException if the divisor is zero, NaN or infinite, or the quotient does not terminate
   */
  @Override
  public CnyAmount divide(double divisor) {
    return divide(CnyNumber.exact(divisor));
  }

  /**
   * Returns this amount divided by a number, if the quotient is a whole number of fen; this amount is unchanged.
   *
   * @param divisor the divisor, not zero, not null
   * @return the quotient, not null
   * @throws PrecisionLossException if the quotient is finer than one fen
   * @throws ArithmeticException if the divisor is zero, NaN or infinite, or the quotient does not terminate
   */
  @Override
  public CnyAmount divide(Number divisor) {
    BigDecimal exactDivisor = nonZero(divisor, "divide");
    String operation = " ÷ " + exactDivisor.toPlainString();
    BigDecimal quotient;
    try {
      quotient = toYuan().divide(exactDivisor);
    } catch (ArithmeticException nonTerminating) {
      throw new ArithmeticException(this + operation + " has no exact decimal quotient");
    }
    return result(quotient, operation);
  }

  /**
   * Returns the remainder of dividing this amount by a whole number, exactly; this amount is unchanged.
   *
   * @param divisor the divisor, not zero
   * @return the remainder, with the sign of this amount, not null
   * @throws ArithmeticException if the divisor is zero
   */
  @Override
  public CnyAmount remainder(long divisor) {
    return remainder(BigDecimal.valueOf(divisor));
  }

  /**
   * Returns the remainder of dividing this amount by a {@code double} at its exact binary value.
   *
   * @param divisor the divisor, finite and not zero
   * @return the remainder, not null
   * @throws PrecisionLossException if the remainder is finer than one fen
   * @throws ArithmeticException if the divisor is zero, NaN or infinite
   */
  @Override
  public CnyAmount remainder(double divisor) {
    return remainder(CnyNumber.exact(divisor));
  }

  /**
   * Returns the remainder of dividing this amount by a number, exactly; this amount is unchanged.
   *
   * @param divisor the divisor, not zero, not null
   * @return the remainder, not null
   * @throws PrecisionLossException if the remainder is finer than one fen
   * @throws ArithmeticException if the divisor is zero, NaN or infinite
   */
  @Override
  public CnyAmount remainder(Number divisor) {
    BigDecimal exactDivisor = nonZero(divisor, "take the remainder of");
    return result(toYuan().remainder(exactDivisor), " remainder " + exactDivisor.toPlainString());
  }

  /**
   * Returns the whole quotient and the remainder of dividing this amount by a whole number.
   *
   * @param divisor the divisor, not zero
   * @return {@code [divideToIntegralValue(divisor), remainder(divisor)]}, not null
   * @throws ArithmeticException if the divisor is zero
   */
  @Override
  public CnyAmount[] divideAndRemainder(long divisor) {
    return divideAndRemainder(BigDecimal.valueOf(divisor));
  }

  /**
   * Returns the whole quotient and the remainder of dividing this amount by a {@code double} at its exact value.
   *
   * @param divisor the divisor, finite and not zero
   * @return {@code [divideToIntegralValue(divisor), remainder(divisor)]}, not null
   * @throws PrecisionLossException if the remainder is finer than one fen
   * @throws ArithmeticException if the divisor is zero, NaN or infinite
   */
  @Override
  public CnyAmount[] divideAndRemainder(double divisor) {
    return divideAndRemainder(CnyNumber.exact(divisor));
  }

  /**
   * Returns the whole quotient and the remainder of dividing this amount by a number.
   *
   * @param divisor the divisor, not zero, not null
   * @return {@code [divideToIntegralValue(divisor), remainder(divisor)]}, not null
   * @throws PrecisionLossException if the remainder is finer than one fen
   * @throws ArithmeticException if the divisor is zero, NaN or infinite
   */
  @Override
  public CnyAmount[] divideAndRemainder(Number divisor) {
    return new CnyAmount[] {divideToIntegralValue(divisor), remainder(divisor)};
  }

  /**
   * Returns the whole part of the quotient of this amount by a whole number, as an amount of whole yuan.
   *
   * @param divisor the divisor, not zero
   * @return the truncated quotient, not null
   * @throws ArithmeticException if the divisor is zero
   */
  @Override
  public CnyAmount divideToIntegralValue(long divisor) {
    return divideToIntegralValue(BigDecimal.valueOf(divisor));
  }

  /**
   * Returns the whole part of the quotient of this amount by a {@code double} at its exact value.
   *
   * @param divisor the divisor, finite and not zero
   * @return the truncated quotient, not null
   * @throws ArithmeticException if the divisor is zero, NaN or infinite
   */
  @Override
  public CnyAmount divideToIntegralValue(double divisor) {
    return divideToIntegralValue(CnyNumber.exact(divisor));
  }

  /**
   * Returns the whole part of the quotient of this amount by a number, as an amount of whole yuan.
   *
   * @param divisor the divisor, not zero, not null
   * @return the truncated quotient, not null
   * @throws ArithmeticException if the divisor is zero, NaN or infinite
   */
  @Override
  public CnyAmount divideToIntegralValue(Number divisor) {
    BigDecimal exactDivisor = nonZero(divisor, "divide");
    return ofCheckedYuan(toYuan().divideToIntegralValue(exactDivisor).setScale(0, RoundingMode.DOWN));
  }

  /**
   * Returns this amount times ten to a power, exactly; this amount is unchanged.
   *
   * @param power the power of ten, negative to divide
   * @return the scaled amount, not null
   * @throws PrecisionLossException if the result is finer than one fen
   */
  @Override
  public CnyAmount scaleByPowerOfTen(int power) {
    return result(toYuan().scaleByPowerOfTen(power), " × 10^" + power);
  }

  /**
   * Returns the absolute value.
   *
   * @return this amount if not negative, else its negation, not null
   */
  @Override
  public CnyAmount abs() {
    return signum() < 0 ? negate() : this;
  }

  /**
   * Returns the amount with the opposite sign.
   *
   * @return the negation, not null
   */
  @Override
  public CnyAmount negate() {
    if (big == null && fen != Long.MIN_VALUE) {
      return ofFen(-fen);
    }
    return ofCheckedYuan(toYuan().negate());
  }

  /**
   * Returns this amount: {@code +this}.
   *
   * @return this, not null
   */
  @Override
  public CnyAmount plus() {
    return this;
  }

  /**
   * Returns this amount: an amount has no scale of its own, so there are no trailing zeros to strip.
   *
   * @return this, not null
   */
  @Override
  public CnyAmount stripTrailingZeros() {
    return this;
  }

  /** Returns a divisor exactly, refusing zero with a message such as "Cannot divide 1.00元 by zero". */
  private BigDecimal nonZero(Number divisor, String verb) {
    BigDecimal exact = CnyNumber.exact(divisor);
    if (exact.signum() == 0) {
      throw new ArithmeticException("Cannot " + verb + " " + this + " by zero");
    }
    return exact;
  }

  /** Returns an exact result in yuan, or refuses it with the operands when it is finer than one fen. */
  private CnyAmount result(BigDecimal yuan, String operation) {
    if (yuan.scale() > Cny.FEN_SCALE && yuan.stripTrailingZeros().scale() > Cny.FEN_SCALE) {
      throw new PrecisionLossException(this + operation + " = " + yuan.stripTrailingZeros().toPlainString()
          + "元 is finer than one fen (0.01元)", yuan, Cny.FEN_SCALE);
    }
    return ofCheckedYuan(yuan);
  }

  /**
   * Compares values: numeric at fen precision, so amounts made from {@code 1.0} and {@code 1.00} 元 are equal.
   * Only a {@code CnyAmount} can be equal to a {@code CnyAmount}; use {@link #isEqualTo} across implementations.
   *
   * @param obj the other object
   * @return true if both are the same number of fen
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof CnyAmount other && fen == other.fen && Objects.equals(big, other.big);
  }

  /** Returns a hash of the number of fen, consistent with {@link #equals}. */
  @Override
  public int hashCode() {
    return big != null ? big.hashCode() : Long.hashCode(fen);
  }

  /**
   * Returns the amount as a budget officer reads it: yuan with thousands separators, two decimals and 元, such
   * as {@code 108,310,000.00元} or {@code -0.50元}; {@link #parse(CharSequence)} reads it back equal.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return AmountText.format(toYuan()) + AmountUnit.YUAN.label();
  }
}
