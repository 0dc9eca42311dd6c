package io.github.fiscaltransfer.budget;

import io.github.fiscaltransfer.money.PrintedAmount;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The printed amounts of one row of a budget table, by column, in column order.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <C> the table's column type
 */
public final class Cells<C extends Enum<C> & Column> {

  private final Map<C, PrintedAmount> amounts;

  private Cells(Map<C, PrintedAmount> amounts) {
    this.amounts = amounts;
  }

  /**
   * Returns the cells of the given amounts.
   *
   * @param amounts the amounts by column, not empty, not null
   * @param <C> the column type
   * @return the cells, not null
   * @throws IllegalArgumentException if there is no amount
   */
  public static <C extends Enum<C> & Column> Cells<C> of(Map<C, PrintedAmount> amounts) {
    Objects.requireNonNull(amounts, "amounts");
    if (amounts.isEmpty()) {
      throw new IllegalArgumentException("A row must print at least one amount");
    }
    amounts.forEach((column, amount) -> Objects.requireNonNull(amount, "amount of " + column));
    return new Cells<>(Collections.unmodifiableMap(new EnumMap<>(amounts)));
  }

  /**
   * Reads a row printed in a table: the figures in the order of the columns.
   *
   * @param format the table's format, not null
   * @param columns the columns, not null
   * @param figures one printed figure a column, such as {@code 16,910}, not null
   * @param <C> the column type
   * @return the cells, not null
   * @throws IllegalArgumentException if the counts differ or a figure is not one the table can print
   */
  public static <C extends Enum<C> & Column> Cells<C> parse(TableFormat format, List<C> columns,
      String... figures) {
    Objects.requireNonNull(format, "format");
    if (columns.size() != figures.length) {
      throw new IllegalArgumentException(
          "A row of " + columns + " needs " + columns.size() + " figures, not " + figures.length);
    }
    Map<C, PrintedAmount> amounts = new LinkedHashMap<>();
    for (int i = 0; i < figures.length; i++) {
      if (amounts.put(columns.get(i), format.parse(figures[i])) != null) {
        throw new IllegalArgumentException("Column printed twice: " + columns.get(i));
      }
    }
    return of(amounts);
  }

  /**
   * Returns the amount printed in a column.
   *
   * @param column the column, not null
   * @return the amount, empty if the row does not print that column, not null
   */
  public Optional<PrintedAmount> get(C column) {
    return Optional.ofNullable(amounts.get(Objects.requireNonNull(column, "column")));
  }

  /**
   * Returns the columns printed, in column order.
   *
   * @return the columns, not null, unmodifiable
   */
  public Set<C> columns() {
    return amounts.keySet();
  }

  /**
   * Returns the amounts by column, in column order.
   *
   * @return the amounts, not null, unmodifiable
   */
  public Map<C, PrintedAmount> amounts() {
    return amounts;
  }

  /**
   * Returns a copy with one amount replaced: the row printed with another figure in one column.
   *
   * @param column the column, not null
   * @param amount the new amount, not null
   * @return the new cells, not null
   */
  public Cells<C> with(C column, PrintedAmount amount) {
    Map<C, PrintedAmount> copy = new EnumMap<>(amounts);
    copy.put(Objects.requireNonNull(column, "column"), Objects.requireNonNull(amount, "amount"));
    return new Cells<>(Collections.unmodifiableMap(copy));
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Cells<?> other && amounts.equals(other.amounts);
  }

  @Override
  public int hashCode() {
    return amounts.hashCode();
  }

  /** Returns {@code 支出总计 16,910万元, 基本支出 9,986万元, …}. */
  @Override
  public String toString() {
    return amounts.entrySet().stream().map(e -> e.getKey().label() + " " + e.getValue())
        .collect(Collectors.joining(", "));
  }
}
