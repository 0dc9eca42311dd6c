package io.github.fiscaltransfer.reader.text;

import io.github.fiscaltransfer.budget.BudgetTask;
import io.github.fiscaltransfer.budget.PerformanceGoalTable;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.performance.PerformanceIndicator;
import io.github.fiscaltransfer.reader.LocatedText;
import io.github.fiscaltransfer.reader.ReadReport;
import io.github.fiscaltransfer.reader.ReadRule;
import io.github.fiscaltransfer.validation.Arguments;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a 部门（单位）整体支出绩效目标表: the 部门（单位）名称 and 主管部门 header, the 年度主要任务 rows (任务名称, 主要内容,
 * 总额, 其中：财政拨款, 其中：其他资金) to 金额合计, the 年度总体目标 paragraphs, and the 年度绩效指标 rows, where a blank
 * 一级/二级指标 cell repeats the one above and a row printing no 二级指标 column has a blank one.
 */
final class PerformanceTableReader {

  private static final int TASK_CELLS = 5;

  private final String key;
  private final BudgetFigures figures;
  private final ReadReport.Builder report;
  private final List<BudgetTask> tasks = new ArrayList<>();
  private final List<String> goals = new ArrayList<>();
  private final List<PerformanceIndicator> indicators = new ArrayList<>();
  private BudgetTask totals;
  private boolean inIndicators;
  private String level1 = "";
  private String level2 = "";

  private PerformanceTableReader(String key, BudgetFigures figures, ReadReport.Builder report) {
    this.key = key;
    this.figures = figures;
    this.report = report;
  }

  /** Reads the table at a document key for a budget year, or returns empty with the findings that say why. */
  static Optional<PerformanceGoalTable> read(BudgetTableText table, String key, Year year,
      ReadReport.Builder report) {
    Optional<BudgetRow> names = table.header.stream().filter(row -> row.text(0).startsWith("部门（单位）名称"))
        .findFirst();
    Optional<BudgetFigures> figures = BudgetFigures.of(table, key, report);
    if (names.isEmpty() || figures.isEmpty()) {
      report.add(ReadRule.UNREAD, table.heading.position(), table.heading.text(),
          "performance-caption", Arguments.of("table", table.number));
      return Optional.empty();
    }
    PerformanceTableReader reader = new PerformanceTableReader(key, figures.get(), report);
    if (table.year != null) {
      report.position(key + ".year", table.year.position());
    }
    table.rows.forEach(reader::row);
    List<String> header = names.get().cells().stream().map(LocatedText::text).filter(t -> !t.isEmpty()).toList();
    if (reader.totals == null || header.size() != 4) {
      report.add(ReadRule.UNREAD, table.heading.position(), table.heading.text(),
          "performance-left-out", Arguments.of("table", table.number));
      return Optional.empty();
    }
    return Optional.of(PerformanceGoalTable.builder().format(figures.get().format()).year(year)
        .department(header.get(1)).supervisor(header.get(3)).tasks(reader.tasks).totals(reader.totals)
        .goals(reader.goals).indicators(reader.indicators).build());
  }

  private void row(BudgetRow row) {
    List<LocatedText> cells = row.cells();
    String first = row.text(0);
    if (first.equals("年度总体目标")) {
      goals(cells.get(1));
    } else if (first.equals("年度绩效指标")) {
      inIndicators = true;
    } else if (inIndicators) {
      indicator(cells);
    } else {
      task(cells);
    }
  }

  private void goals(LocatedText cell) {
    for (String goal : cell.text().split("</p>")) {
      String text = goal.replace("<p>", "").strip();
      if (!text.isEmpty()) {
        report.position(key + ".goals[" + goals.size() + "]", cell.position());
        goals.add(text);
      }
    }
  }

  private void task(List<LocatedText> printed) {
    List<LocatedText> cells = new ArrayList<>(printed);
    if (cells.size() > TASK_CELLS && cells.get(0).text().isEmpty()) {
      cells.remove(0);
    }
    while (cells.size() > TASK_CELLS && cells.get(cells.size() - 1).text().isEmpty()) {
      cells.remove(cells.size() - 1);
    }
    if (cells.size() != TASK_CELLS) {
      report.add(ReadRule.UNREAD, printed.get(0).position(), cells.get(0).text(),
          "performance-task", Arguments.none());
      return;
    }
    boolean total = cells.get(0).text().equals("金额合计");
    String path = total ? key + ".totals" : key + ".tasks[" + tasks.size() + "]";
    Optional<PrintedAmount> amount = figures.read(cells.get(2), path + ".total");
    Optional<Optional<PrintedAmount>> fiscal = optional(cells.get(3), path + ".fiscal");
    Optional<Optional<PrintedAmount>> other = optional(cells.get(4), path + ".other");
    if (amount.isEmpty() || fiscal.isEmpty() || other.isEmpty()) {
      return;
    }
    LocatedText name = GridTableReader.name(cells.get(0), report);
    report.position(path + ".name", name.position());
    BudgetTask task = BudgetTask.builder().name(name.text()).content(content(cells.get(1).text()))
        .total(amount.get()).fiscal(fiscal.get()).other(other.get()).build();
    if (total) {
      totals = task;
    } else {
      tasks.add(task);
    }
  }

  private static String content(String printed) {
    return printed.replace("</p>", "").replace("<p>", "").strip();
  }

  /** A blank cell is a blank amount; a printed one must read. */
  private Optional<Optional<PrintedAmount>> optional(LocatedText cell, String path) {
    return cell.text().isEmpty() ? Optional.of(Optional.empty()) : figures.read(cell, path).map(Optional::of);
  }

  private void indicator(List<LocatedText> printed) {
    List<LocatedText> cells = new ArrayList<>(printed);
    while (!cells.isEmpty() && cells.get(cells.size() - 1).text().isEmpty()) {
      cells.remove(cells.size() - 1);
    }
    if (cells.size() < 2) {
      report.add(ReadRule.UNREAD, printed.get(0).position(), "", "performance-indicator", Arguments.none());
      return;
    }
    List<LocatedText> levels = cells.subList(Math.min(1, cells.size() - 2), cells.size() - 2);
    if (!levels.isEmpty() && !levels.get(0).text().isEmpty()) {
      level1 = levels.get(0).text();
      level2 = levels.size() > 1 ? levels.get(1).text() : "";
    } else if (levels.size() > 1 && !levels.get(1).text().isEmpty()) {
      level2 = levels.get(1).text();
    }
    LocatedText name = cells.get(cells.size() - 2);
    if (name.text().isBlank()) {
      report.add(ReadRule.UNREAD, name.position(), cells.get(cells.size() - 1).text(),
          "performance-name", Arguments.none());
      return;
    }
    report.position(key + ".indicators[" + indicators.size() + "]", name.position());
    indicators.add(PerformanceIndicator.of(level1, level2, name.text(), cells.get(cells.size() - 1).text()));
  }
}
