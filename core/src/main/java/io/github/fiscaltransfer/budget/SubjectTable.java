package io.github.fiscaltransfer.budget;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A table of expenditure by function subject (按功能分类): rows by 类/款/项 within a section a budget unit, a
 * department total row, and the columns 支出总计, 基本支出, 项目支出 (or 支出总计 alone). It is the expenditure side of
 * 收支总表 and 政府预算拨款收支总表, and the whole of 一般公共预算支出表, 政府性基金预算支出表 and 国有资本经营预算支出表.
 *
 * <p>Immutable and thread-safe.
 */
public final class SubjectTable {

  private final TableFormat format;
  private final Optional<Cells<ExpenditureColumn>> total;
  private final List<SubjectSection> sections;

  private SubjectTable(TableFormat format, Optional<Cells<ExpenditureColumn>> total,
      List<SubjectSection> sections) {
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
   * @return the table, not null
   * @throws IllegalArgumentException if a row prints other columns than the total row, or in another format
   */
  public static SubjectTable of(TableFormat format, Cells<ExpenditureColumn> total, List<SubjectSection> sections) {
    return create(format, Optional.of(Objects.requireNonNull(total, "total")), sections);
  }

  /**
   * Returns the expenditure side of a 收支总表: one section, no unit, its total printed below the table.
   *
   * @param format how the table prints amounts, not null
   * @param rows the subject rows, printing 支出总计 only, not null
   * @return the table, not null
   * @throws IllegalArgumentException if a row prints another column or format
   */
  public static SubjectTable ofDepartment(TableFormat format, List<SubjectRow> rows) {
    return create(format, Optional.empty(), List.of(SubjectSection.ofDepartment(rows)));
  }

  private static SubjectTable create(TableFormat format, Optional<Cells<ExpenditureColumn>> total,
      List<SubjectSection> sections) {
    Objects.requireNonNull(format, "format");
    List<SubjectSection> copy = List.copyOf(sections);
    Set<ExpenditureColumn> columns = total.map(Cells::columns).orElse(Set.of(ExpenditureColumn.TOTAL));
    total.ifPresent(cells -> GridTable.requireRow("department total row", cells, columns, format));
    for (SubjectSection section : copy) {
      String name = section.unit().orElse("department");
      section.total().ifPresent(cells -> GridTable.requireRow(name + " total row", cells, columns, format));
      section.rows().forEach(row ->
          GridTable.requireRow(name + " " + row.subject(), row.cells(), columns, format));
    }
    return new SubjectTable(format, total, copy);
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
  public Optional<Cells<ExpenditureColumn>> total() {
    return total;
  }

  /**
   * Returns the sections, in printed order.
   *
   * @return the sections, not null, unmodifiable
   */
  public List<SubjectSection> sections() {
    return sections;
  }

  /**
   * Returns the section of a budget unit.
   *
   * @param unit the unit's name as printed, not null
   * @return the section, empty if the table has none for that unit, not null
   */
  public Optional<SubjectSection> section(String unit) {
    return sections.stream().filter(s -> s.unit().filter(unit::equals).isPresent()).findFirst();
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof SubjectTable other && format.equals(other.format) && total.equals(other.total)
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
