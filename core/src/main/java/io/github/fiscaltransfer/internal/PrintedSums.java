package io.github.fiscaltransfer.internal;

import io.github.fiscaltransfer.money.AmountUnit;
import io.github.fiscaltransfer.money.PrintedAmount;
import java.math.BigDecimal;
import java.util.Collection;

/**
 * Adds printed amounts exactly and gives the sum in a chosen unit at the finest scale it needs: as a printed amount,
 * or, for validation and {@code toString}, as a figure or text however large the sum grows. Shared by target
 * tables and self-evaluations; not public API.
 */
public final class PrintedSums {

  private PrintedSums() {}

  public static PrintedAmount sum(Collection<PrintedAmount> amounts, AmountUnit unit) {
    return PrintedAmount.of(figure(amounts, unit), unit);
  }

  public static String text(Collection<PrintedAmount> amounts, AmountUnit unit) {
    return PrintedAmount.format(figure(amounts, unit), unit);
  }

  public static BigDecimal yuan(Collection<PrintedAmount> amounts) {
    return amounts.stream().map(PrintedAmount::toYuan).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public static BigDecimal figure(Collection<PrintedAmount> amounts, AmountUnit unit) {
    BigDecimal figure = unit.fromYuan(yuan(amounts)).stripTrailingZeros();
    return figure.scale() < 0 ? figure.setScale(0) : figure;
  }
}
