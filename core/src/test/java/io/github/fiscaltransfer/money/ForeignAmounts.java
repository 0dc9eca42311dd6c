package io.github.fiscaltransfer.money;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * Amounts of another JSR 354 implementation (as a user's Moneta {@code Money} would be), answering only
 * {@code getCurrency()} and {@code getNumber()}: what the library may read of an amount it did not make.
 */
final class ForeignAmounts {

  private ForeignAmounts() {}

  static MonetaryAmount of(String currencyCode, BigDecimal number) {
    CurrencyUnit currency = (CurrencyUnit) Proxy.newProxyInstance(ForeignAmounts.class.getClassLoader(),
        new Class<?>[] {CurrencyUnit.class}, (proxy, method, args) -> switch (method.getName()) {
          case "getCurrencyCode", "toString" -> currencyCode;
          default -> throw new UnsupportedOperationException(method.getName());
        });
    return (MonetaryAmount) Proxy.newProxyInstance(ForeignAmounts.class.getClassLoader(),
        new Class<?>[] {MonetaryAmount.class}, (proxy, method, args) -> switch (method.getName()) {
          case "getCurrency" -> currency;
          case "getNumber" -> new CnyNumber(number);
          case "toString" -> currencyCode + " " + number.toPlainString();
          default -> throw new UnsupportedOperationException(method.getName());
        });
  }
}
