package io.github.fiscaltransfer.performance;

import io.github.fiscaltransfer.money.AmountUnit;
import io.github.fiscaltransfer.money.PrintedAmount;
import java.math.BigDecimal;
import java.util.Collection;

/** Adds printed amounts exactly and prints the sum in a chosen unit at the finest scale it needs. */
final class PrintedSums {

  private PrintedSums() {}

  static PrintedAmount sum(Collection<PrintedAmount> amounts, AmountUnit unit) {
    BigDecimal yuan = amounts.stream().map(PrintedAmount::toYuan).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal figure = unit.fromYuan(yuan).stripTrailingZeros();
    return PrintedAmount.of(figure.scale() < 0 ? figure.setScale(0) : figure, unit);
  }
}
