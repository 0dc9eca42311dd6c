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
 * the header 预算单位 / 科目编码 / 科目名称 and its expenditure columns over one to three lines, the code in one
 * column or in three (类 款 项); the row labelled 合计 (first or last) is the department's total, else the first
 * row naming a unit is; each other row naming a unit opens that unit's section, and rows with a 科目编码 are the
 * section's subjects.
 */
final class SubjectTableReader {

  private static final List<String> LEAD = List.of("预算单位", "科目编码", "科目名称");

  private final String key;
  private final BudgetFigures figures;
  private final ReadReport.Builder report;
  private final Map<Integer, ExpenditureColumn> columns = new LinkedHashMap<>();
  private int nameCell;
  private boolean sumRow;
  private boolean totalSeen;
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
    nameCell = lead(table.header, LEAD.get(2));
    if (lead(table.header, LEAD.get(0)) != 0 || lead(table.header, LEAD.get(1)) != 1
        || nameCell != 2 && nameCell != 4) {
      report.add(ReadRule.UNREAD, table.heading.position(), table.heading.text(),
          "subject-header", Arguments.of("table", table.number));
      return false;
    }
    Optional<Map<Integer, ExpenditureColumn>> resolved = BudgetColumns.resolve(table.header, nameCell + 1,
        BudgetColumns::expenditure, report, table.heading);
    resolved.ifPresent(columns::putAll);
    return resolved.isPresent();
  }

  /** Returns the cell index where a header line prints a label, or -1. */
  private static int lead(List<BudgetRow> header, String label) {
    for (BudgetRow line : header) {
      for (int c = 0; c < line.cells().size(); c++) {
        if (line.text(c).replaceAll("\\s+", "").equals(label)) {
          return c;
        }
      }
    }
    return -1;
  }

  private Optional<SubjectTable<ExpenditureColumn>> rows(BudgetTableText table) {
    sumRow = table.rows.stream().anyMatch(GridTableReader::isSum);
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
    boolean named = !row.text(0).isEmpty();
    boolean isTotal = sumRow ? GridTableReader.isSum(row) : !totalSeen && named;
    totalSeen |= isTotal;
    String path = isTotal ? key + ".total"
        : !named ? key + ".sections[" + sections.size() + "].rows[" + rows.size() + "]"
        : key + ".sections[" + (sections.size() + (unit == null ? 0 : 1)) + "].total";
    Optional<Cells<ExpenditureColumn>> cells = figures.cells(row, columns, path);
    if (cells.isEmpty()) {
      if (named && !isTotal) {
        close();
        unreadUnit = true;
      }
      return;
    }
    String code = code(row);
    if (isTotal) {
      total = cells.get();
    } else if (named) {
      unreadUnit = false;
      unit(row, cells.get());
    } else if (unreadUnit) {
      report.add(ReadRule.UNREAD, row.cells().get(1).position(), String.join(" ", code, row.text(nameCell)),
          "subject-unit-total", Arguments.none());
    } else if (unit == null || code.isEmpty()) {
      report.add(ReadRule.UNREAD, row.cells().get(0).position(), String.join(" ", code, row.text(nameCell)),
          "subject-row", Arguments.none());
    } else {
      LocatedText subject = new LocatedText(code + " " + row.text(nameCell), row.cells().get(1).position());
      report.resolve(subject, path + ".subject", Subject::parse, "subject")
          .ifPresent(s -> rows.add(SubjectRow.of(s, cells.get())));
    }
  }

  /** The 科目编码 of a row: its one code cell ({@code 2080505} or {@code 208 05 05}), or its 类, 款 and 项 cells joined. */
  private String code(BudgetRow row) {
    StringBuilder code = new StringBuilder();
    for (int c = 1; c < nameCell; c++) {
      code.append(row.text(c));
    }
    return code.toString().replaceAll("\\s+", "");
  }

  private void unit(BudgetRow row, Cells<ExpenditureColumn> cells) {
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
