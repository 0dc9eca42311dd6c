package io.github.fiscaltransfer.budget;

import java.util.Objects;

/**
 * One row of a budget table: what it is about as printed (a budget unit, a project category) and its amounts.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <C> the table's column type
 */
public final class Row<C extends Enum<C> & Column> {

  private final String label;
  private final Cells<C> cells;

  private Row(String label, Cells<C> cells) {
    this.label = label;
    this.cells = cells;
  }

  /**
   * Returns a row.
   *
   * @param label what the row is about, as printed, not blank
   * @param cells its amounts, not null
   * @param <C> the column type
   * @return the row, not null
   * @throws IllegalArgumentException if the label is blank
   */
  public static <C extends Enum<C> & Column> Row<C> of(String label, Cells<C> cells) {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(cells, "cells");
    if (label.isBlank()) {
      throw new IllegalArgumentException("A row must say what it is about: " + cells);
    }
    return new Row<>(label, cells);
  }

  /**
   * Returns what the row is about, as printed.
   *
   * @return the label, not null
   */
  public String label() {
    return label;
  }

  /**
   * Returns the row's amounts.
   *
   * @return the cells, not null
   */
  public Cells<C> cells() {
    return cells;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Row<?> other && label.equals(other.label) && cells.equals(other.cells);
  }

  @Override
  public int hashCode() {
    return label.hashCode() * 31 + cells.hashCode();
  }

  /** Returns {@code 深圳市医疗保险基金管理中心: 支出总计 256,890万元, …}. */
  @Override
  public String toString() {
    return label + ": " + cells;
  }
}
