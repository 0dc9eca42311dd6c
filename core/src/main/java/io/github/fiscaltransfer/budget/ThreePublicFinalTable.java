package io.github.fiscaltransfer.budget;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * 财政拨款"三公"经费支出决算表: one row printing, for 合计 and each of its parts, the 预算数 and the 决算数; a table
 * that prints "本表无数据" has neither row.
 *
 * <p>Immutable and thread-safe.
 */
public final class ThreePublicFinalTable {

  private final TableFormat format;
  private final Optional<Cells<ThreePublicColumn>> budgeted;
  private final Optional<Cells<ThreePublicColumn>> actual;

  private ThreePublicFinalTable(TableFormat format, Optional<Cells<ThreePublicColumn>> budgeted,
      Optional<Cells<ThreePublicColumn>> actual) {
    this.format = format;
    this.budgeted = budgeted;
    this.actual = actual;
  }

  /**
   * Returns the table.
   *
   * @param format how the table prints amounts, not null
   * @param budgeted the 预算数 cells, empty if none is printed, not null
   * @param actual the 决算数 cells, empty if none is printed, not null
   * @return the table, not null
   * @throws IllegalArgumentException if an amount is printed in another format
   */
  public static ThreePublicFinalTable of(TableFormat format, Optional<Cells<ThreePublicColumn>> budgeted,
      Optional<Cells<ThreePublicColumn>> actual) {
    Objects.requireNonNull(format, "format");
    for (Optional<Cells<ThreePublicColumn>> row : List.of(budgeted, actual)) {
      row.ifPresent(cells -> GridTable.requireRow("三公", cells, cells.columns(), format));
    }
    return new ThreePublicFinalTable(format, budgeted, actual);
  }

  /**
   * Returns how the table prints amounts.
   *
   * @return the format, not null
   */
  public TableFormat format() {
    return format;
  }

  /**
   * Returns the 预算数 of each column.
   *
   * @return the cells, empty if none is printed, not null
   */
  public Optional<Cells<ThreePublicColumn>> budgeted() {
    return budgeted;
  }

  /**
   * Returns the 决算数 of each column.
   *
   * @return the cells, empty if none is printed, not null
   */
  public Optional<Cells<ThreePublicColumn>> actual() {
    return actual;
  }

  /**
   * Returns whether the table prints no figure (本表无数据).
   *
   * @return true if neither row is printed
   */
  public boolean isEmpty() {
    return budgeted.isEmpty() && actual.isEmpty();
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof ThreePublicFinalTable other && format.equals(other.format)
        && budgeted.equals(other.budgeted) && actual.equals(other.actual);
  }

  @Override
  public int hashCode() {
    return Objects.hash(format, budgeted, actual);
  }

  /** Returns {@code 三公 (万元, 2 decimals): 预算数 总计 2.85万元 …; 决算数 …}, or that it prints no figure. */
  @Override
  public String toString() {
    return "三公 (" + format + "): " + (isEmpty() ? "本表无数据"
        : "预算数 " + budgeted.map(Object::toString).orElse("blank") + "; 决算数 "
            + actual.map(Object::toString).orElse("blank"));
  }
}
