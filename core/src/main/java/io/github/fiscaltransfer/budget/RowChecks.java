package io.github.fiscaltransfer.budget;

import io.github.fiscaltransfer.money.PrintedAmount;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** On one printed row, every column equals the sum of its printed parts and every 其中 is at most its parent. */
final class RowChecks {

  private RowChecks() {}

  /** Checks a row whose cells are at place (any column of the row) against its own columns. */
  static <C extends Enum<C> & Column> void check(Cells<C> cells, Place place, TableFormat format,
      Equations equations) {
    for (C column : cells.columns()) {
      List<PrintedAmount> parts = new ArrayList<>();
      for (C part : cells.columns()) {
        if (!part.ofWhich() && nearestPrinted(part, cells).filter(column::equals).isPresent()) {
          parts.add(cells.get(part).orElseThrow());
        }
      }
      PrintedAmount printed = cells.get(column).orElseThrow();
      Place at = place.column(column);
      if (!parts.isEmpty()) {
        equations.sum(BudgetRule.ROW_SUM, at, printed, parts, Phrase.of("parts"), format);
      }
      if (column.ofWhich()) {
        nearestPrinted(column, cells).ifPresent(parent -> equations.atMost(BudgetRule.OF_WHICH, at, printed,
            cells.get(parent).orElseThrow(), parent, format));
      }
    }
  }

  /** The nearest ancestor of a column that the row prints. */
  static <C extends Enum<C> & Column> Optional<C> nearestPrinted(C column, Cells<C> cells) {
    Class<C> type = column.getDeclaringClass();
    Optional<C> parent = column.parent().map(type::cast);
    while (parent.isPresent() && cells.get(parent.get()).isEmpty()) {
      parent = parent.get().parent().map(type::cast);
    }
    return parent;
  }
}
