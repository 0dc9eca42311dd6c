package io.github.fiscaltransfer.statement;

import io.github.fiscaltransfer.budget.TableFormat;
import io.github.fiscaltransfer.money.PrintedAmount;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The cell a statement restates: what it is (table, unit, row, column), its JSON Pointers in the document (several
 * when the statement restates the sum of printed cells, such as the department's "三公" over its units), this year's
 * figure and, where the document prints one, last year's.
 *
 * @param description the cell as a budget officer names it, such as {@code 表1 收支总表, 收入总计}, not null
 * @param pointers the pointers of the printed cells added up, at least one, not null
 * @param current this year's figure (the sum of the cells), not null
 * @param previous last year's figure where the document prints it, not null
 * @param format how the table prints its figures, not null
 */
public record LinkedCell(String description, List<String> pointers, PrintedAmount current,
    Optional<PrintedAmount> previous, TableFormat format) {

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if there is no pointer
   */
  public LinkedCell {
    Objects.requireNonNull(description, "description");
    pointers = List.copyOf(pointers);
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(previous, "previous");
    Objects.requireNonNull(format, "format");
    if (pointers.isEmpty()) {
      throw new IllegalArgumentException("A linked cell names at least one printed cell: " + description);
    }
  }

  /**
   * Returns how many printed figures make up this year's figure (and last year's).
   *
   * @return the count, at least 1
   */
  public int figures() {
    return pointers.size();
  }

  /** Returns {@code 表1 收支总表, 收入总计 = 273,800万元 (上年 —)}. */
  @Override
  public String toString() {
    return description + " = " + current + previous.map(p -> " (上年 " + p + ")").orElse("");
  }
}
