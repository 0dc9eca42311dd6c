package io.github.fiscaltransfer.examples;

import io.github.fiscaltransfer.money.AmountUnit;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.notice.AllocationLine;
import io.github.fiscaltransfer.notice.AllocationTable;
import io.github.fiscaltransfer.unit.FiscalUnit;
import io.github.fiscaltransfer.unit.UnitRegistry;

/**
 * Types an allocation table in as printed: a unit, then name / figure pairs, then the 合计 figure.
 */
final class TableBuilder {

  private final FiscalUnit issuer;
  private final AmountUnit unit;
  private final AllocationTable.Builder table = AllocationTable.builder();

  private TableBuilder(FiscalUnit issuer, String title, AmountUnit unit) {
    this.issuer = issuer;
    this.unit = unit;
    table.title(title).unit(unit);
  }

  /** Starts a table printed by an issuer in a unit. */
  static TableBuilder of(FiscalUnit issuer, String title, AmountUnit unit) {
    return new TableBuilder(issuer, title, unit);
  }

  /** Adds a line for a name as printed, resolved against the built-in registry. */
  TableBuilder line(String name, String figure) {
    table.addLines(AllocationLine.of(UnitRegistry.builtIn().recipient(name, issuer), PrintedAmount.parse(figure, unit)));
    return this;
  }

  /** Sets the declared total (合计) and builds the table. */
  AllocationTable total(String figure) {
    return table.declaredTotal(PrintedAmount.parse(figure, unit)).build();
  }
}
