package io.github.fiscaltransfer.budget;

import java.util.List;
import java.util.Objects;

/**
 * The "三公" table (一般公共预算"三公"经费支出表): per budget unit, last year's and this year's budget for official
 * travel abroad, reception and vehicles, and the change.
 *
 * <p>Immutable and thread-safe.
 */
public final class ThreePublicTable {

  private final TableFormat format;
  private final List<ThreePublicSection> sections;

  private ThreePublicTable(TableFormat format, List<ThreePublicSection> sections) {
    this.format = format;
    this.sections = sections;
  }

  /**
   * Returns the table.
   *
   * @param format how the table prints amounts (万元 with two decimals in seed 004), not null
   * @param sections one section a unit, in printed order, not null
   * @return the table, not null
   * @throws IllegalArgumentException if an amount is printed in another format
   */
  public static ThreePublicTable of(TableFormat format, List<ThreePublicSection> sections) {
    Objects.requireNonNull(format, "format");
    List<ThreePublicSection> copy = List.copyOf(sections);
    for (ThreePublicSection section : copy) {
      for (Cells<ThreePublicColumn> row : List.of(section.previous(), section.current(), section.change())) {
        row.amounts().forEach((column, amount) -> format.require(amount, section.unit() + " " + column));
      }
    }
    return new ThreePublicTable(format, copy);
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
   * Returns the sections, one a unit, in printed order.
   *
   * @return the sections, not null, unmodifiable
   */
  public List<ThreePublicSection> sections() {
    return sections;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof ThreePublicTable other && format.equals(other.format) && sections.equals(other.sections);
  }

  @Override
  public int hashCode() {
    return format.hashCode() * 31 + sections.hashCode();
  }

  /** Returns {@code 三公 (万元, 2 decimals): unit: … → …; …}. */
  @Override
  public String toString() {
    return "三公 (" + format + "): " + sections;
  }
}
