package io.github.fiscaltransfer.reader.text;

import io.github.fiscaltransfer.budget.Cells;
import io.github.fiscaltransfer.budget.Column;
import io.github.fiscaltransfer.budget.GridTable;
import io.github.fiscaltransfer.budget.Row;
import io.github.fiscaltransfer.reader.LocatedText;
import io.github.fiscaltransfer.reader.ReadReport;
import io.github.fiscaltransfer.reader.ReadRule;
import io.github.fiscaltransfer.validation.Arguments;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads a table of rows by budget unit or project (收入总表, 支出总表, 项目支出总表): a header of several lines over the
 * figure columns, and one row a unit or project, its name in the first cell (pieces a line break split are joined).
 * The first row is the department's total when it names the department and the department's name is printed once
 * more than the units list it.
 */
final class GridTableReader {

  private GridTableReader() {}

  /** Reads the table at a document key, or returns empty with the findings that say why. */
  static <C extends Enum<C> & Column> Optional<GridTable<C>> read(BudgetTableText table, String key,
      Function<String, Optional<C>> lookup, String department, List<String> units, ReadReport.Builder report) {
    Optional<BudgetFigures> figures = BudgetFigures.of(table, key, report);
    Optional<Map<Integer, C>> columns = figures.flatMap(f ->
        BudgetColumns.resolve(table.header, 1, lookup, report, table.heading));
    if (columns.isEmpty()) {
      return Optional.empty();
    }
    List<BudgetRow> rows = table.rows;
    boolean hasTotal = !rows.isEmpty() && rows.get(0).text(0).equals(department)
        && rows.stream().filter(row -> row.text(0).equals(department)).count()
        == units.stream().filter(department::equals).count() + 1;
    Optional<Cells<C>> total = Optional.empty();
    List<Row<C>> read = new ArrayList<>();
    boolean complete = true;
    for (int r = 0; r < rows.size(); r++) {
      BudgetRow row = rows.get(r);
      String path = hasTotal && r == 0 ? key + ".total" : key + ".rows[" + read.size() + "]";
      Optional<Cells<C>> cells = figures.get().cells(row, columns.get(), hasTotal && r == 0 ? path
          : path + ".cells");
      complete &= cells.isPresent();
      if (hasTotal && r == 0) {
        total = cells;
      } else {
        LocatedText name = name(row.cells().get(0), report);
        cells.ifPresent(c -> {
          report.position(path + ".label", name.position());
          read.add(Row.of(name.text(), c));
        });
      }
    }
    if (!complete || read.isEmpty() || hasTotal && total.isEmpty()) {
      report.add(ReadRule.UNREAD, table.heading.position(), table.heading.text(), "table-left-out",
          Arguments.of("table", table.number));
      return Optional.empty();
    }
    return Optional.of(GridTable.of(figures.get().format(), total, read));
  }

  /** Joins a name a line break split with spaces between Chinese characters; says so when it does. */
  static LocatedText name(LocatedText cell, ReadReport.Builder report) {
    String joined = cell.text().replaceAll("(?<=[^\\x00-\\x7f])\\s+(?=[^\\x00-\\x7f])", "");
    if (!joined.equals(cell.text())) {
      report.add(ReadRule.JOINED, cell.position(), cell.text(), "cell", Arguments.of("joined", joined));
    }
    return new LocatedText(joined, cell.position());
  }
}
