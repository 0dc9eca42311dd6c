package io.github.fiscaltransfer.money;

import java.math.BigDecimal;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmountFactory;
import javax.money.MonetaryContext;
import javax.money.NumberValue;

/**
 * The JSR 354 {@link MonetaryAmountFactory} of {@link CnyAmount}: currency CNY by default and only, a number
 * that must be a whole number of fen. The library's own code uses {@link CnyAmount}'s static factories.
 * Not thread-safe: each {@link CnyAmount#getFactory()} call returns a new one.
 */
final class CnyAmountFactory implements MonetaryAmountFactory<CnyAmount> {

  private BigDecimal number;

  @Override
  public Class<CnyAmount> getAmountType() {
    return CnyAmount.class;
  }

  /** Accepts only {@code CNY}, without asking a currency provider. */
  @Override
  public CnyAmountFactory setCurrency(String currencyCode) {
    if (!CnyCurrency.CODE.equals(Objects.requireNonNull(currencyCode, "currencyCode"))) {
      throw new IllegalArgumentException("Currency must be CNY: " + currencyCode);
    }
    return this;
  }

  @Override
  public CnyAmountFactory setCurrency(CurrencyUnit currency) {
    return setCurrency(Objects.requireNonNull(currency, "currency").getCurrencyCode());
  }

  /** Sets the number at the {@code double}'s exact binary value. */
  @Override
  public CnyAmountFactory setNumber(double number) {
    this.number = CnyNumber.exact(number);
    return this;
  }

  @Override
  public CnyAmountFactory setNumber(long number) {
    this.number = BigDecimal.valueOf(number);
    return this;
  }

  @Override
  public CnyAmountFactory setNumber(Number number) {
    this.number = CnyNumber.exact(number);
    return this;
  }

  /** Returns null: amounts are unbounded. */
  @Override
  public NumberValue getMaxNumber() {
    return null;
  }

  /** Returns null: amounts are unbounded. */
  @Override
  public NumberValue getMinNumber() {
    return null;
  }

  /**
   * Accepts a context that allows fen: every {@link CnyAmount} has {@link #getDefaultMonetaryContext()}.
   *
   * @throws IllegalArgumentException if the context caps the scale below 2 decimal places
   */
  @Override
  public CnyAmountFactory setContext(MonetaryContext context) {
    int maxScale = Objects.requireNonNull(context, "context").getMaxScale();
    if (maxScale >= 0 && maxScale < Cny.FEN_SCALE) {
      throw new IllegalArgumentException("A CNY amount needs 2 decimal places, the context allows " + maxScale);
    }
    return this;
  }

  /**
   * Creates the amount.
   *
   * @throws IllegalStateException if no number was set
   * @throws PrecisionLossException if the number is finer than one fen
   */
  @Override
  public CnyAmount create() {
    if (number == null) {
      throw new IllegalStateException("No number set");
    }
    return CnyAmount.ofYuan(number);
  }

  @Override
  public MonetaryContext getDefaultMonetaryContext() {
    return CnyAmount.zero().getContext();
  }

  @Override
  public MonetaryContext getMaximalMonetaryContext() {
    return getDefaultMonetaryContext();
  }
}
