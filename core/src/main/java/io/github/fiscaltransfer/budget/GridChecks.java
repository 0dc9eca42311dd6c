package io.github.fiscaltransfer.budget;

import io.github.fiscaltransfer.money.PrintedAmount;
import java.util.List;
import java.util.Optional;

/** The sums within a table of labelled rows: each row, and the total row against the rows. */
final class GridChecks {

  private GridChecks() {}

  static <C extends Enum<C> & Column> void check(GridTable<C> table, TableId id, String department,
      Equations equations) {
    String prefix = "/" + id.key();
    for (int i = 0; i < table.rows().size(); i++) {
      Row<C> row = table.rows().get(i);
      Place place = new Place(id, byUnit(id) ? row.label() : department, byUnit(id) ? "" : row.label(), "",
          prefix + "/rows/" + i + "/cells/total");
      RowChecks.check(row.cells(), place, table.format(), equations);
    }
    table.total().ifPresent(total -> {
      Place place = new Place(id, department, "合计", "", prefix + "/total/total");
      RowChecks.check(total, place, table.format(), equations);
      for (C column : total.columns()) {
        List<PrintedAmount> addends = table.rows().stream().map(row -> row.cells().get(column))
            .flatMap(Optional::stream).toList();
        equations.sum(BudgetRule.DEPARTMENT_TOTAL, place.column(column), total.get(column).orElseThrow(),
            addends, Phrase.of("rows"), table.format());
      }
    });
  }

  /** Whether the table has a row a budget unit (收入总表, 支出总表) rather than a row a category. */
  static boolean byUnit(TableId id) {
    return id == TableId.REVENUE || id == TableId.EXPENDITURE;
  }
}
