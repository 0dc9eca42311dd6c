package io.github.fiscaltransfer.budget;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The rows of one budget unit (预算单位) in a table by function subject: the unit's total row and its 类, 款 and 项
 * rows in printed order. A table that is not split by unit (收支总表) has one section without a unit.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <C> the table's column type
 */
public final class SubjectSection<C extends Enum<C> & Column> {

  private final Optional<String> unit;
  private final Optional<Cells<C>> total;
  private final List<SubjectRow<C>> rows;

  private SubjectSection(Optional<String> unit, Optional<Cells<C>> total, List<SubjectRow<C>> rows) {
    this.unit = unit;
    this.total = total;
    this.rows = rows;
  }

  /**
   * Returns the section of a budget unit.
   *
   * @param unit the unit's name as printed, not blank
   * @param total the unit's total row, not null
   * @param rows the subject rows in printed order, not null
   * @param <C> the column type
   * @return the section, not null
   * @throws IllegalArgumentException if the name is blank
   */
  public static <C extends Enum<C> & Column> SubjectSection<C> of(String unit, Cells<C> total,
      List<SubjectRow<C>> rows) {
    Objects.requireNonNull(unit, "unit");
    if (unit.isBlank()) {
      throw new IllegalArgumentException("A unit's section must name the unit: " + total);
    }
    return new SubjectSection<>(Optional.of(unit), Optional.of(Objects.requireNonNull(total, "total")),
        List.copyOf(rows));
  }

  /**
   * Returns the one section of a table that is not split by unit; its total is printed elsewhere.
   *
   * @param rows the subject rows in printed order, not null
   * @param <C> the column type
   * @return the section, not null
   */
  public static <C extends Enum<C> & Column> SubjectSection<C> ofDepartment(List<SubjectRow<C>> rows) {
    return new SubjectSection<>(Optional.empty(), Optional.empty(), List.copyOf(rows));
  }

  /**
   * Returns the budget unit's name as printed.
   *
   * @return the name, empty for the section of a table not split by unit, not null
   */
  public Optional<String> unit() {
    return unit;
  }

  /**
   * Returns the unit's total row.
   *
   * @return the total, empty for the section of a table not split by unit, not null
   */
  public Optional<Cells<C>> total() {
    return total;
  }

  /**
   * Returns the subject rows in printed order.
   *
   * @return the rows, not null, unmodifiable
   */
  public List<SubjectRow<C>> rows() {
    return rows;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof SubjectSection<?> other && unit.equals(other.unit) && total.equals(other.total)
        && rows.equals(other.rows);
  }

  @Override
  public int hashCode() {
    return Objects.hash(unit, total, rows);
  }

  /** Returns {@code 深圳市医疗保障局: 13 rows, total 支出总计 15,482万元, …}. */
  @Override
  public String toString() {
    return unit.orElse("department") + ": " + rows.size() + " rows" + total.map(t -> ", total " + t).orElse("");
  }
}
