package io.github.fiscaltransfer.money;

import java.util.Objects;
import javax.money.CurrencyContext;
import javax.money.CurrencyContextBuilder;
import javax.money.CurrencyUnit;

/**
 * The currency unit of every amount in this library: Chinese yuan (人民币, CNY, ISO 4217 numeric code 156, two
 * fraction digits), defined here so that no JSR 354 currency provider has to be found or started. Equal to every
 * {@link CurrencyUnit} whose code is {@code CNY}, with the code's hash, as Moneta's own currency units are: so
 * equality is symmetric across implementations and a Moneta {@code Money} made from a {@link CnyAmount} equals one
 * made from {@code "CNY"}. Immutable and thread-safe.
 */
final class CnyCurrency implements CurrencyUnit {

  /** The one instance. */
  static final CnyCurrency INSTANCE = new CnyCurrency();

  /** The ISO 4217 code. */
  static final String CODE = "CNY";

  private static final CurrencyContext CONTEXT = CurrencyContextBuilder.of("fiscal-transfer").build();

  private CnyCurrency() {}

  /** Returns whether a currency is CNY, whichever implementation it comes from. */
  static boolean isCny(CurrencyUnit currency) {
    return currency == INSTANCE || CODE.equals(Objects.requireNonNull(currency, "currency").getCurrencyCode());
  }

  @Override
  public String getCurrencyCode() {
    return CODE;
  }

  @Override
  public int getNumericCode() {
    return 156;
  }

  @Override
  public int getDefaultFractionDigits() {
    return Cny.FEN_SCALE;
  }

  @Override
  public CurrencyContext getContext() {
    return CONTEXT;
  }

  /** Returns whether the other object is a currency unit of code {@code CNY}, of any implementation. */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof CurrencyUnit other && CODE.equals(other.getCurrencyCode());
  }

  /** Returns the hash of the code {@code CNY}, as every JSR 354 currency unit of Moneta does. */
  @Override
  public int hashCode() {
    return CODE.hashCode();
  }

  /** Orders currency units by their codes. */
  @Override
  public int compareTo(CurrencyUnit other) {
    return CODE.compareTo(other.getCurrencyCode());
  }

  /** Returns {@code CNY}. */
  @Override
  public String toString() {
    return CODE;
  }
}
