package io.github.fiscaltransfer.reader.text;

import io.github.fiscaltransfer.budget.Cells;
import io.github.fiscaltransfer.budget.ThreePublicColumn;
import io.github.fiscaltransfer.budget.ThreePublicSection;
import io.github.fiscaltransfer.budget.ThreePublicTable;
import io.github.fiscaltransfer.reader.ReadReport;
import io.github.fiscaltransfer.reader.ReadRule;
import io.github.fiscaltransfer.validation.Arguments;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a 一般公共预算"三公"经费支出表: one section a budget unit, named in its first row, of three rows told apart
 * by the 年度 cell — last year ({@code 2021 年}), the budget's year ({@code 2022 年}) and 增减变化金额.
 */
final class ThreePublicTableReader {

  private static final String CHANGE = "增减变化金额";
  private static final int FIRST_FIGURE = 2;

  private ThreePublicTableReader() {}

  /** Reads the table at a document key for a budget year, or returns empty with the findings that say why. */
  static Optional<ThreePublicTable> read(BudgetTableText table, String key, Year year, ReadReport.Builder report) {
    Optional<BudgetFigures> figures = BudgetFigures.of(table, key, report);
    Optional<Map<Integer, ThreePublicColumn>> columns = figures.flatMap(f -> BudgetColumns.resolve(table.header,
        FIRST_FIGURE, text -> BudgetColumns.find(ThreePublicColumn.values(), text), report, table.heading));
    if (columns.isEmpty()) {
      return Optional.empty();
    }
    List<String> labels = List.of(year.minusYears(1).getValue() + "年", year.getValue() + "年", CHANGE);
    List<ThreePublicSection> sections = new ArrayList<>();
    Map<Integer, Cells<ThreePublicColumn>> rows = new HashMap<>();
    String unit = null;
    boolean complete = true;
    for (BudgetRow row : table.rows) {
      if (!row.text(0).isEmpty()) {
        complete &= section(unit, rows, sections);
        unit = GridTableReader.name(row.cells().get(0), report).text();
        rows.clear();
      }
      int which = labels.indexOf(row.text(1).replaceAll("\\s+", ""));
      if (unit == null || which < 0) {
        report.add(ReadRule.UNREAD, row.cells().get(0).position(), row.text(1),
            "three-public-row", Arguments.of("table", table.number).and("labels", String.join(", ", labels)));
        complete = false;
        continue;
      }
      String path = key + ".sections[" + sections.size() + "]." + List.of("previous", "current", "change").get(which);
      Optional<Cells<ThreePublicColumn>> cells = figures.get().cells(row, columns.get(), path);
      cells.ifPresent(c -> rows.put(which, c));
      complete &= cells.isPresent();
    }
    complete &= section(unit, rows, sections);
    if (!complete || sections.isEmpty()) {
      report.add(ReadRule.UNREAD, table.heading.position(), table.heading.text(), "table-left-out",
          Arguments.of("table", table.number));
      return Optional.empty();
    }
    return Optional.of(ThreePublicTable.of(figures.get().format(), sections));
  }

  private static boolean section(String unit, Map<Integer, Cells<ThreePublicColumn>> rows,
      List<ThreePublicSection> sections) {
    if (unit == null) {
      return true;
    }
    if (rows.size() != 3) {
      return false;
    }
    try {
      sections.add(ThreePublicSection.of(unit, rows.get(0), rows.get(1), rows.get(2)));
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
