package io.github.fiscaltransfer.reader.text;

import io.github.fiscaltransfer.budget.BalanceTable;
import io.github.fiscaltransfer.budget.Cells;
import io.github.fiscaltransfer.budget.ExpenditureColumn;
import io.github.fiscaltransfer.budget.RevenueColumn;
import io.github.fiscaltransfer.budget.SubjectRow;
import io.github.fiscaltransfer.budget.SubjectTable;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.reader.LocatedText;
import io.github.fiscaltransfer.reader.ReadReport;
import io.github.fiscaltransfer.reader.ReadRule;
import io.github.fiscaltransfer.subject.Subject;
import io.github.fiscaltransfer.validation.Arguments;
import io.github.fiscaltransfer.validation.Severity;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a 收支总表 or 政府预算拨款收支总表: 收入 headings and figures on the left, 支出 subjects and figures on the
 * right, and the totals 本年收入合计 / 本年支出合计, 上年结余、结转 / 结转下年, 收入总计 / 支出总计. The right side prints
 * subject names only; each name's 科目编码 is the one the subject tables print beside the same name, and the
 * report says so.
 */
final class BalanceTableReader {

  private static final String CURRENT = "本年支出合计";
  private static final String FORWARD = "结转下年";
  private static final String TOTAL = "支出总计";

  private final String key;
  private final BudgetFigures figures;
  private final Map<String, Subject> subjects;
  private final ReadReport.Builder report;
  private final Map<RevenueColumn, PrintedAmount> revenue = new EnumMap<>(RevenueColumn.class);
  private final Map<String, PrintedAmount> totals = new HashMap<>();
  private final List<SubjectRow<ExpenditureColumn>> rows = new ArrayList<>();

  private BalanceTableReader(String key, BudgetFigures figures, Map<String, Subject> subjects,
      ReadReport.Builder report) {
    this.key = key;
    this.figures = figures;
    this.subjects = subjects;
    this.report = report;
  }

  /**
   * Reads the table at a document key, taking codes from the subjects by name (a name printed with two codes maps
   * to null), or returns empty with the findings that say why.
   */
  static Optional<BalanceTable> read(BudgetTableText table, String key, Map<String, Subject> subjects,
      ReadReport.Builder report) {
    return BudgetFigures.of(table, key, report).flatMap(figures -> {
      BalanceTableReader reader = new BalanceTableReader(key, figures, subjects, report);
      table.rows.forEach(reader::row);
      return reader.build(table);
    });
  }

  private void row(BudgetRow row) {
    if (row.cells().size() != 4) {
      LocatedText first = row.cells().get(0);
      report.add(ReadRule.UNREAD, first.position(), String.join(" | ", row.cells().stream().map(LocatedText::text)
          .toList()), "balance-cells", Arguments.none());
      return;
    }
    if (!row.text(0).isEmpty()) {
      left(row.cells().get(0), row.cells().get(1));
    }
    if (!row.text(2).isEmpty()) {
      right(row.cells().get(2), row.cells().get(3));
    }
  }

  private void left(LocatedText label, LocatedText figure) {
    Optional<RevenueColumn> column = BudgetColumns.revenue(label.text());
    if (column.isEmpty()) {
      report.add(ReadRule.UNREAD, label.position(), label.text(), "balance-revenue", Arguments.none());
      return;
    }
    figures.read(figure, key + ".revenue." + column.get().header().key())
        .ifPresent(amount -> revenue.put(column.get(), amount));
  }

  private void right(LocatedText label, LocatedText figure) {
    String name = BudgetColumns.label(label.text());
    if (List.of(CURRENT, FORWARD, TOTAL).contains(name)) {
      String path = key + (name.equals(CURRENT) ? ".currentExpenditure"
          : name.equals(FORWARD) ? ".carryForward" : ".totalExpenditure");
      figures.read(figure, path).ifPresent(amount -> totals.put(name, amount));
      return;
    }
    Subject subject = subjects.get(name);
    if (subject == null) {
      report.add(ReadRule.UNREAD, label.position(), label.text(), subjects.containsKey(name)
          ? "balance-two-codes" : "balance-no-subject", Arguments.none());
      return;
    }
    String path = key + ".expenditure.sections[0].rows[" + rows.size() + "]";
    figures.read(figure, path + ".total").ifPresent(amount -> {
      report.position(path + ".subject", label.position());
      rows.add(SubjectRow.of(subject, Cells.of(Map.of(ExpenditureColumn.TOTAL, amount))));
    });
  }

  private Optional<BalanceTable> build(BudgetTableText table) {
    if (totals.size() < 3 || rows.isEmpty()) {
      report.add(ReadRule.UNREAD, table.heading.position(), table.heading.text(), "balance-rows",
          Arguments.of("table", table.number));
      return Optional.empty();
    }
    report.absent(key + ".expenditure.sections[0].rows", Severity.INFO, "balance-codes",
        Arguments.of("table", table.number));
    try {
      return Optional.of(BalanceTable.of(Cells.of(revenue), SubjectTable.ofDepartment(figures.format(), rows),
          totals.get(CURRENT), totals.get(FORWARD), totals.get(TOTAL)));
    } catch (IllegalArgumentException e) {
      report.add(ReadRule.UNREAD, table.heading.position(), table.heading.text(), "refused",
          Arguments.of("detail", String.valueOf(e.getMessage())));
      return Optional.empty();
    }
  }
}
