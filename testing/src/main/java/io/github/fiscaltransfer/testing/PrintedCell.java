package io.github.fiscaltransfer.budget;

/**
 * A cell a generated table printed that some budget rule checks as a sum or a tie, with what a finding about it
 * must name.
 *
 * @param pointer the cell's JSON Pointer
 * @param table the table
 * @param unit the unit (or department) the message names
 * @param row the row the message names, empty for none
 * @param column the column the message names, empty for none
 */
record PrintedCell(String pointer, TableId table, String unit, String row, String column) {

  /** Whether a message names this cell's table, unit, row and column. */
  boolean isNamedBy(String message) {
    return message.startsWith(table + ", " + unit) && message.contains(row) && message.contains(column);
  }
}
