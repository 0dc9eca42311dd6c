package io.github.fiscaltransfer.budget;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A table by function subject (按功能分类): rows by 类/款/项 within a section a budget unit (or one section for the
 * whole department), a total row, and the table's columns — for a 部门预算 支出总计, 基本支出, 项目支出 (or 支出总计
 * alone): the expenditure side of 收支总表 and 政府预算拨款收支总表, and the whole of 一般公共预算支出表, 政府性基金预算支出表
 * and 国有资本经营预算支出表; for a 部门决算 the 收入决算表, 支出决算表, 一般公共预算财政拨款支出决算表 and the fund tables.
 * A row prints some of the table's columns: a column it does not print is a blank cell. A table that
 * prints "本表无数据" has neither total nor rows.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <C> the table's column type
 */
public final class SubjectTable<C extends Enum<C> & Column> {

  private final TableFormat format;
  private final Optional<Cells<C>> total;
  private final List<SubjectSection<C>> sections;

  private SubjectTable(TableFormat format, Optional<Cells<C>> total,
      List<SubjectSection<C>> sections) {
    this.format = format;
    this.total = total;
    this.sections = sections;
  }

  /**
   * Returns a table split by budget unit, with the department's total row.
   *
   * @param format how the table prints amounts, not null
   * @param total the department's total row, not null
   * @param sections one section a budget unit, in printed order, not null
   * @param <C> the column type
   * @return the table, not null
   * @throws IllegalArgumentException if a row prints in another format
   */
  public static <C extends Enum<C> & Column> SubjectTable<C> of(TableFormat format, Cells<C> total,
      List<SubjectSection<C>> sections) {
    return create(format, Optional.of(Objects.requireNonNull(total, "total")), sections);
  }

  /**
   * Returns the expenditure side of a 收支总表: one section, no unit, its total printed below the table.
   *
   * @param format how the table prints amounts, not null
   * @param rows the subject rows, not null
   * @param <C> the column type
   * @return the table, not null
   * @throws IllegalArgumentException if a row prints in another format
   */
  public static <C extends Enum<C> & Column> SubjectTable<C> ofDepartment(TableFormat format,
      List<SubjectRow<C>> rows) {
    return create(format, Optional.empty(), List.of(SubjectSection.ofDepartment(rows)));
  }

  /**
   * Returns a table that prints "本表无数据": its header and no figures.
   *
   * @param format how the table would print amounts, not null
   * @param <C> the column type
   * @return the empty table, not null
   */
  public static <C extends Enum<C> & Column> SubjectTable<C> empty(TableFormat format) {
    return create(format, Optional.empty(), List.of());
  }

  private static <C extends Enum<C> & Column> SubjectTable<C> create(TableFormat format, Optional<Cells<C>> total,
      List<SubjectSection<C>> sections) {
    Objects.requireNonNull(format, "format");
    List<SubjectSection<C>> copy = List.copyOf(sections);
    total.ifPresent(cells -> requireRow("department total row", cells, format));
    for (SubjectSection<C> section : copy) {
      String name = section.unit().orElse("department");
      section.total().ifPresent(cells -> requireRow(name + " total row", cells, format));
      section.rows().forEach(row -> requireRow(name + " " + row.subject(), row.cells(), format));
    }
    return new SubjectTable<>(format, total, copy);
  }

  /** A row prints any of the table's columns (the others are blank cells), each in the table's format. */
  private static <C extends Enum<C> & Column> void requireRow(String label, Cells<C> cells, TableFormat format) {
    GridTable.requireRow(label, cells, cells.columns(), format);
  }

  /**
   * Returns whether the table prints no figure (本表无数据).
   *
   * @return true if it has neither a total nor a row
   */
  public boolean isEmpty() {
    return total.isEmpty() && sections.stream().allMatch(s -> s.rows().isEmpty() && s.total().isEmpty());
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
   * Returns the department's total row, where the table prints one.
   *
   * @return the total row, not null
   */
  public Optional<Cells<C>> total() {
    return total;
  }

  /**
   * Returns the sections, in printed order.
   *
   * @return the sections, not null, unmodifiable
   */
  public List<SubjectSection<C>> sections() {
    return sections;
  }

  /**
   * Returns the section of a budget unit.
   *
   * @param unit the unit's name as printed, not null
   * @return the section, empty if the table has none for that unit, not null
   */
  public Optional<SubjectSection<C>> section(String unit) {
    return sections.stream().filter(s -> s.unit().filter(unit::equals).isPresent()).findFirst();
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof SubjectTable<?> other && format.equals(other.format) && total.equals(other.total)
        && sections.equals(other.sections);
  }

  @Override
  public int hashCode() {
    return Objects.hash(format, total, sections);
  }

  /** Returns {@code 2 sections (万元, 0 decimals), total 支出总计 268,660万元, …}. */
  @Override
  public String toString() {
    return sections.size() + " sections (" + format + ")" + total.map(t -> ", total " + t).orElse("");
  }
}
