package io.github.fiscaltransfer.money;

import java.math.BigDecimal;
import java.util.function.Function;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.FastMoney;
import org.javamoney.moneta.Money;
import org.javamoney.moneta.RoundedMoney;

/** The three amount types of Moneta, the JSR 354 reference implementation, as a user of it holds them. */
enum MonetaKind {
  MONEY(yuan -> Money.of(yuan, "CNY")),
  FAST_MONEY(yuan -> FastMoney.of(yuan, "CNY")),
  ROUNDED_MONEY(yuan -> RoundedMoney.of(yuan, "CNY"));

  private final Function<BigDecimal, MonetaryAmount> factory;

  MonetaKind(Function<BigDecimal, MonetaryAmount> factory) {
    this.factory = factory;
  }

  /** Returns a Moneta amount of this kind in CNY. */
  MonetaryAmount cny(String yuan) {
    return factory.apply(new BigDecimal(yuan));
  }

  /** Returns a Moneta amount of this kind in another currency. */
  MonetaryAmount of(String yuan, String currencyCode) {
    return cny(yuan).getFactory().setCurrency(currencyCode).create();
  }
}
