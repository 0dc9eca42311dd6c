package io.github.fiscaltransfer.testing;

import io.github.fiscaltransfer.budget.StandardTable;
import java.util.Objects;

/**
 * A cell a {@link BudgetPrinter} or {@link FinalAccountsPrinter} printed that some budget rule checks as a sum or a tie, with what a finding about
 * it must name; immutable and thread-safe.
 *
 * @param pointer the cell's JSON Pointer in the document's JSON, not null
 * @param table the table, not null
 * @param unit the unit (or department) the message names, not null
 * @param row the row the message names, empty for none, not null
 * @param column the column the message names, empty for none, not null
 */
public record PrintedCell(String pointer, StandardTable table, String unit, String row, String column) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if any is null
   */
  public PrintedCell {
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(row, "row");
    Objects.requireNonNull(column, "column");
  }

  /**
   * Returns whether a finding's message names this cell's table, unit, row and column.
   *
   * @param message the message, not null
   * @return true if it names them all
   */
  public boolean isNamedBy(String message) {
    return message.startsWith(table + ", " + unit) && message.contains(row) && message.contains(column);
  }
}
