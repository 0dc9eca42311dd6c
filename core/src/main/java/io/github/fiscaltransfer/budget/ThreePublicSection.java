package io.github.fiscaltransfer.budget;

import java.util.Objects;

/**
 * One budget unit's rows of the "三公" table: last year's budget, this year's, and the 增减变化金额 row.
 *
 * <p>Immutable and thread-safe.
 */
public final class ThreePublicSection {

  private final String unit;
  private final Cells<ThreePublicColumn> previous;
  private final Cells<ThreePublicColumn> current;
  private final Cells<ThreePublicColumn> change;

  private ThreePublicSection(String unit, Cells<ThreePublicColumn> previous, Cells<ThreePublicColumn> current,
      Cells<ThreePublicColumn> change) {
    this.unit = unit;
    this.previous = previous;
    this.current = current;
    this.change = change;
  }

  /**
   * Returns a unit's section.
   *
   * @param unit the unit's name as printed, not blank
   * @param previous last year's row, not null
   * @param current this year's row, not null
   * @param change the 增减变化金额 row, not null
   * @return the section, not null
   * @throws IllegalArgumentException if the name is blank or the rows print different columns
   */
  public static ThreePublicSection of(String unit, Cells<ThreePublicColumn> previous,
      Cells<ThreePublicColumn> current, Cells<ThreePublicColumn> change) {
    Objects.requireNonNull(unit, "unit");
    if (unit.isBlank()) {
      throw new IllegalArgumentException("A 三公 section must name its unit: " + current);
    }
    if (!previous.columns().equals(current.columns()) || !change.columns().equals(current.columns())) {
      throw new IllegalArgumentException("The rows of " + unit + " print different columns: " + current.columns());
    }
    return new ThreePublicSection(unit, previous, current, change);
  }

  /**
   * Returns the unit's name as printed.
   *
   * @return the name, not null
   */
  public String unit() {
    return unit;
  }

  /**
   * Returns last year's row.
   *
   * @return the cells, not null
   */
  public Cells<ThreePublicColumn> previous() {
    return previous;
  }

  /**
   * Returns this year's row.
   *
   * @return the cells, not null
   */
  public Cells<ThreePublicColumn> current() {
    return current;
  }

  /**
   * Returns the 增减变化金额 row: this year's minus last year's.
   *
   * @return the cells, not null
   */
  public Cells<ThreePublicColumn> change() {
    return change;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof ThreePublicSection other && unit.equals(other.unit) && previous.equals(other.previous)
        && current.equals(other.current) && change.equals(other.change);
  }

  @Override
  public int hashCode() {
    return Objects.hash(unit, previous, current, change);
  }

  /** Returns {@code 深圳市医疗保险基金管理中心: 总计 4.18万元 → 7.68万元}. */
  @Override
  public String toString() {
    return unit + ": " + previous.get(ThreePublicColumn.TOTAL).map(Object::toString).orElse("?") + " → "
        + current.get(ThreePublicColumn.TOTAL).map(Object::toString).orElse("?");
  }
}
