package io.github.fiscaltransfer.reader.text;

import io.github.fiscaltransfer.budget.Cells;
import io.github.fiscaltransfer.budget.Column;
import io.github.fiscaltransfer.budget.TableFormat;
import io.github.fiscaltransfer.money.AmountUnit;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.reader.LocatedText;
import io.github.fiscaltransfer.reader.ReadReport;
import io.github.fiscaltransfer.reader.ReadRule;
import io.github.fiscaltransfer.validation.Arguments;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the figures of one department budget table in its format: the 单位 line's unit, and as many decimals as the
 * table's most precise figure prints (43.44 in 三公经费支出表, whole 万元 elsewhere).
 */
final class BudgetFigures {

  private final TableFormat format;
  private final ReadReport.Builder report;

  private BudgetFigures(TableFormat format, ReadReport.Builder report) {
    this.format = format;
    this.report = report;
  }

  /** Returns the figures of the table at a document key, or empty (with a finding) when its 单位 line is missing or unknown. */
  static Optional<BudgetFigures> of(BudgetTableText table, String key, ReadReport.Builder report) {
    if (table.unit == null) {
      report.add(ReadRule.UNREAD, table.heading.position(), table.heading.text(),
          "no-unit", Arguments.of("table", table.number));
      return Optional.empty();
    }
    LocatedText label = new LocatedText(table.unit.text().replaceAll(".*单位[：:]\\s*", "").strip(),
        table.unit.position());
    int scale = table.rows.stream().flatMap(row -> row.cells().stream()).map(LocatedText::text)
        .mapToInt(BudgetFigures::decimals).max().orElse(0);
    return report.resolve(label, key + ".format", text -> TableFormat.of(AmountUnit.ofLabel(text), scale), "unit")
        .map(format -> new BudgetFigures(format, report));
  }

  private static int decimals(String text) {
    String figure = text.replace(" ", "");
    int point = figure.indexOf('.');
    return FigureText.isFigure(figure) && point >= 0 ? figure.length() - point - 1 : 0;
  }

  TableFormat format() {
    return format;
  }

  /**
   * Reads the cells of a row in the given columns (by cell index), each at {@code path.<column key>}, or
   * returns empty (with the findings) if any cannot be read.
   */
  <C extends Enum<C> & Column> Optional<Cells<C>> cells(BudgetRow row, Map<Integer, C> columns, String path) {
    if (columns.isEmpty()) {
      LocatedText first = row.cells().get(0);
      report.add(ReadRule.UNREAD, first.position(), first.text(), "no-amount-column", Arguments.none());
      return Optional.empty();
    }
    Map<C, PrintedAmount> amounts = new LinkedHashMap<>();
    for (Map.Entry<Integer, C> column : columns.entrySet()) {
      LocatedText cell = column.getKey() < row.cells().size() ? row.cells().get(column.getKey())
          : new LocatedText("", row.cells().get(row.cells().size() - 1).position());
      Optional<PrintedAmount> amount = read(cell, path + "." + column.getValue().header().key());
      if (amount.isEmpty()) {
        return Optional.empty();
      }
      amounts.put(column.getValue(), amount.get());
    }
    return Optional.of(Cells.of(amounts));
  }

  /** Reads a cell's figure, joining pieces split by spaces only when that is the one reading. */
  Optional<PrintedAmount> read(LocatedText cell, String path) {
    List<String> pieces = Arrays.asList(cell.text().split("\\s+"));
    FigureText.Figure figure = FigureText.join(pieces);
    switch (figure.kind()) {
      case AMBIGUOUS -> {
        report.add(ReadRule.AMBIGUOUS, cell.position(), cell.text(), "cell", Arguments.none());
        return Optional.empty();
      }
      case JOINED -> report.add(ReadRule.JOINED, cell.position(), cell.text(), "cell", Arguments.of("joined", figure.text()));
      default -> { }
    }
    return report.resolve(new LocatedText(figure.text(), cell.position()), path, format::parse, "figure");
  }
}
