package io.github.fiscaltransfer.budget;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A budget table of labelled rows under the same columns, with the department's total row where the table prints
 * one: 收入总表 and 支出总表 (a row a budget unit), 基本支出总表 and 项目支出总表 (a row a category).
 *
 * <p>Immutable and thread-safe.
 *
 * @param <C> the table's column type
 */
public final class GridTable<C extends Enum<C> & Column> {

  private final TableFormat format;
  private final Optional<Cells<C>> total;
  private final List<Row<C>> rows;

  private GridTable(TableFormat format, Optional<Cells<C>> total, List<Row<C>> rows) {
    this.format = format;
    this.total = total;
    this.rows = rows;
  }

  /**
   * Returns a table.
   *
   * @param format how the table prints amounts, not null
   * @param total the department's total row (合计), empty where the table prints none, not null
   * @param rows the rows in printed order, not null
   * @param <C> the column type
   * @return the table, not null
   * @throws IllegalArgumentException if a row prints other columns than the others or an amount another format
   */
  public static <C extends Enum<C> & Column> GridTable<C> of(TableFormat format, Optional<Cells<C>> total,
      List<Row<C>> rows) {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(total, "total");
    List<Row<C>> copy = List.copyOf(rows);
    Set<C> columns = total.map(Cells::columns).orElse(copy.isEmpty() ? Set.of() : copy.get(0).cells().columns());
    total.ifPresent(cells -> requireRow("total row", cells, columns, format));
    copy.forEach(row -> requireRow(row.label(), row.cells(), columns, format));
    return new GridTable<>(format, total, copy);
  }

  static <C extends Enum<C> & Column> void requireRow(String label, Cells<C> cells, Set<C> columns,
      TableFormat format) {
    if (!cells.columns().equals(columns)) {
      throw new IllegalArgumentException(
          "Row " + label + " prints columns " + cells.columns() + " where the table prints " + columns);
    }
    cells.amounts().forEach((column, amount) -> format.require(amount, label + " " + column));
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
   * Returns the department's total row (合计), if the table prints one.
   *
   * @return the total row, not null
   */
  public Optional<Cells<C>> total() {
    return total;
  }

  /**
   * Returns the rows, in printed order.
   *
   * @return the rows, not null, unmodifiable
   */
  public List<Row<C>> rows() {
    return rows;
  }

  /**
   * Returns the first row with the given label.
   *
   * @param label the label as printed, not null
   * @return the row, empty if none, not null
   */
  public Optional<Row<C>> row(String label) {
    return rows.stream().filter(row -> row.label().equals(label)).findFirst();
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof GridTable<?> other && format.equals(other.format) && total.equals(other.total)
        && rows.equals(other.rows);
  }

  @Override
  public int hashCode() {
    return Objects.hash(format, total, rows);
  }

  /** Returns {@code 3 rows (万元, 0 decimals), total 支出总计 …}. */
  @Override
  public String toString() {
    return rows.size() + " rows (" + format + ")" + total.map(t -> ", total " + t).orElse(", no total row");
  }
}
