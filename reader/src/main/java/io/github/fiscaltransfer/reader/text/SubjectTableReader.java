package io.github.fiscaltransfer.reader.text;

import io.github.fiscaltransfer.budget.Cells;
import io.github.fiscaltransfer.budget.ExpenditureColumn;
import io.github.fiscaltransfer.budget.SubjectRow;
import io.github.fiscaltransfer.budget.SubjectSection;
import io.github.fiscaltransfer.budget.SubjectTable;
import io.github.fiscaltransfer.reader.LocatedText;
import io.github.fiscaltransfer.reader.ReadReport;
import io.github.fiscaltransfer.reader.ReadRule;
import io.github.fiscaltransfer.subject.Subject;
import io.github.fiscaltransfer.validation.Arguments;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a table by function subject split by budget unit (一般公共预算支出表, 政府性基金预算支出表, 国有资本经营预算支出表):
 * the header 预算单位 / 科目编码 / 科目名称 and its expenditure columns; the first row naming a unit is the
 * department's total, each later one opens that unit's section, and rows with a 科目编码 are the section's subjects.
 */
final class SubjectTableReader {

  private static final List<String> LEAD = List.of("预算单位", "科目编码", "科目名称");

  private final String key;
  private final BudgetFigures figures;
  private final ReadReport.Builder report;
  private final Map<Integer, ExpenditureColumn> columns = new LinkedHashMap<>();
  private Cells<ExpenditureColumn> total;
  private final List<SubjectSection<ExpenditureColumn>> sections = new ArrayList<>();
  private String unit;
  private boolean unreadUnit;
  private Cells<ExpenditureColumn> unitTotal;
  private final List<SubjectRow<ExpenditureColumn>> rows = new ArrayList<>();

  private SubjectTableReader(String key, BudgetFigures figures, ReadReport.Builder report) {
    this.key = key;
    this.figures = figures;
    this.report = report;
  }

  /** Reads the table at a document key, or returns empty with the findings that say why. */
  static Optional<SubjectTable<ExpenditureColumn>> read(BudgetTableText table, String key, ReadReport.Builder report) {
    return BudgetFigures.of(table, key, report).flatMap(figures -> {
      SubjectTableReader reader = new SubjectTableReader(key, figures, report);
      return reader.header(table) ? reader.rows(table) : Optional.empty();
    });
  }

  private boolean header(BudgetTableText table) {
    BudgetRow header = table.header.isEmpty() ? null : table.header.get(table.header.size() - 1);
    if (header == null || !LEAD.equals(List.of(header.text(0), header.text(1), header.text(2)))) {
      report.add(ReadRule.UNREAD, table.heading.position(), table.heading.text(),
          "subject-header", Arguments.of("table", table.number));
      return false;
    }
    Optional<Map<Integer, ExpenditureColumn>> resolved = BudgetColumns.resolve(List.of(header), LEAD.size(),
        BudgetColumns::expenditure, report, table.heading);
    resolved.ifPresent(columns::putAll);
    return resolved.isPresent();
  }

  private Optional<SubjectTable<ExpenditureColumn>> rows(BudgetTableText table) {
    for (BudgetRow row : table.rows) {
      row(row);
    }
    close();
    if (total == null) {
      report.add(ReadRule.UNREAD, table.heading.position(), table.heading.text(),
          "subject-total", Arguments.of("table", table.number));
      return Optional.empty();
    }
    return Optional.of(SubjectTable.of(figures.format(), total, sections));
  }

  private void row(BudgetRow row) {
    String path = total == null ? key + ".total"
        : row.text(0).isEmpty() ? key + ".sections[" + sections.size() + "].rows[" + rows.size() + "]"
        : key + ".sections[" + (sections.size() + (unit == null ? 0 : 1)) + "].total";
    Optional<Cells<ExpenditureColumn>> cells = figures.cells(row, columns, path);
    if (cells.isEmpty()) {
      if (!row.text(0).isEmpty() && total != null) {
        close();
        unreadUnit = true;
      }
      return;
    }
    if (!row.text(0).isEmpty()) {
      unreadUnit = false;
      unit(row, cells.get());
    } else if (unreadUnit) {
      report.add(ReadRule.UNREAD, row.cells().get(1).position(), String.join(" ", row.text(1), row.text(2)),
          "subject-unit-total", Arguments.none());
    } else if (unit == null || row.text(1).isEmpty()) {
      report.add(ReadRule.UNREAD, row.cells().get(0).position(), String.join(" ", row.text(1), row.text(2)),
          "subject-row", Arguments.none());
    } else {
      LocatedText subject = new LocatedText(row.text(1) + " " + row.text(2), row.cells().get(1).position());
      report.resolve(subject, path + ".subject", Subject::parse, "subject")
          .ifPresent(s -> rows.add(SubjectRow.of(s, cells.get())));
    }
  }

  private void unit(BudgetRow row, Cells<ExpenditureColumn> cells) {
    if (total == null) {
      total = cells;
      return;
    }
    close();
    unit = row.text(0);
    unitTotal = cells;
  }

  private void close() {
    if (unit != null) {
      sections.add(SubjectSection.of(unit, unitTotal, rows));
      rows.clear();
      unit = null;
    }
  }
}
