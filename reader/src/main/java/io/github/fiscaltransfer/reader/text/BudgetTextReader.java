package io.github.fiscaltransfer.reader.text;

import io.github.fiscaltransfer.budget.ExpenditureColumn;
import io.github.fiscaltransfer.budget.BalanceTable;
import io.github.fiscaltransfer.budget.BudgetKind;
import io.github.fiscaltransfer.budget.Column;
import io.github.fiscaltransfer.budget.DepartmentBudget;
import io.github.fiscaltransfer.budget.GridTable;
import io.github.fiscaltransfer.budget.SubjectRow;
import io.github.fiscaltransfer.budget.SubjectSection;
import io.github.fiscaltransfer.budget.SubjectTable;
import io.github.fiscaltransfer.budget.TableId;
import io.github.fiscaltransfer.reader.LocatedText;
import io.github.fiscaltransfer.reader.ReadReport;
import io.github.fiscaltransfer.reader.ReadResult;
import io.github.fiscaltransfer.reader.ReadRule;
import io.github.fiscaltransfer.subject.Subject;
import io.github.fiscaltransfer.validation.Arguments;
import io.github.fiscaltransfer.validation.Severity;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a department budget disclosure (部门预算/决算公开) from extracted text: the year and kind of its title, and
 * the tables of its 表格部分 (表 N headings, 部门名称, 单位, header and rows, a table continued under a repeated
 * header). Reads 收支总表, 政府预算拨款收支总表 and the three tables by function subject; the other tables are
 * recognised and reported as not read, a table the text does not carry as absent, and the prose part as not read.
 * Never throws on any text.
 *
 * <p>Immutable and thread-safe.
 */
public final class BudgetTextReader {

  private static final Pattern TITLE = Pattern.compile("(\\d{4})\\s*年.*?部门(预算|决算)");
  private static final List<TableId> SUBJECT_TABLES = List.of(TableId.GENERAL_PUBLIC, TableId.GOVERNMENT_FUND,
      TableId.STATE_CAPITAL);
  private static final List<TableId> BALANCE_TABLES = List.of(TableId.SUMMARY, TableId.APPROPRIATIONS);

  private BudgetTextReader() {}

  /**
   * Returns a reader.
   *
   * @return the reader, not null
   */
  public static BudgetTextReader create() {
    return new BudgetTextReader();
  }

  /**
   * Reads a department budget.
   *
   * @param text the extracted text, not null
   * @return the document (when the text holds its title, a 部门名称 and a unit table) and the read report, not null
   */
  public ReadResult<DepartmentBudget> read(CharSequence text) {
    SourceLines lines = SourceLines.of(Objects.requireNonNull(text, "text"));
    ReadReport.Builder report = ReadReport.builder();
    int tablesStart = BudgetTableSplitter.firstHeading(lines);
    if (tablesStart > 0) {
      report.add(ReadRule.NOT_READ, Severity.INFO, lines.start(0), lines.stripped(0), "budget-prose",
          Arguments.of("to", tablesStart));
    }
    DepartmentBudget.Builder budget = DepartmentBudget.builder();
    Optional<Year> year = title(lines, tablesStart, budget, report);
    Map<TableId, BudgetTableText> tables = tables(BudgetTableSplitter.split(lines, report), report);
    Map<TableId, SubjectTable<ExpenditureColumn>> subjectTables = new HashMap<>();
    for (TableId id : SUBJECT_TABLES) {
      Optional.ofNullable(tables.get(id)).flatMap(table -> SubjectTableReader.read(table, id.key(), report))
          .ifPresent(table -> subjectTables.put(id, table));
    }
    subjectTables.forEach((id, table) -> set(budget, id, table));
    Map<String, Subject> names = names(subjectTables.values());
    for (TableId id : BALANCE_TABLES) {
      Optional.ofNullable(tables.get(id)).flatMap(table -> BalanceTableReader.read(table, id.key(), names, report))
          .ifPresent(table -> set(budget, id, table));
    }
    List<String> units = units(subjectTables.get(TableId.GENERAL_PUBLIC));
    Optional<LocatedText> department = tables.values().stream().map(t -> t.department).filter(Objects::nonNull)
        .findFirst();
    String name = department.map(LocatedText::text).orElse("");
    Optional.ofNullable(tables.get(TableId.THREE_PUBLIC)).filter(t -> year.isPresent())
        .flatMap(t -> ThreePublicTableReader.read(t, TableId.THREE_PUBLIC.key(), year.get(), report)).ifPresent(budget::threePublic);
    Optional.ofNullable(tables.get(TableId.PERFORMANCE)).filter(t -> year.isPresent())
        .flatMap(t -> PerformanceTableReader.read(t, TableId.PERFORMANCE.key(), year.get(), report))
        .ifPresent(budget::performance);
    grid(tables.get(TableId.REVENUE), TableId.REVENUE, BudgetColumns::revenue, name, units, report)
        .ifPresent(budget::revenue);
    grid(tables.get(TableId.EXPENDITURE), TableId.EXPENDITURE, BudgetColumns::expenditure, name, units, report)
        .ifPresent(budget::expenditure);
    grid(tables.get(TableId.PROJECT_EXPENDITURE), TableId.PROJECT_EXPENDITURE, BudgetColumns::revenue, name, units,
        report).ifPresent(budget::projectExpenditure);
    department.ifPresent(d -> {
      budget.department(d.text());
      report.position("department", d.position());
    });
    if (year.isEmpty() || department.isEmpty() || units.isEmpty()) {
      report.absent(department.isEmpty() ? "department" : units.isEmpty() ? "units" : "year", Severity.ERROR,
          "budget", Arguments.none());
      return ReadResult.unreadable(report.build());
    }
    return ReadResult.of(budget.addAllUnits(units).build(), report.build());
  }

  private static Optional<Year> title(SourceLines lines, int end, DepartmentBudget.Builder budget,
      ReadReport.Builder report) {
    for (int i = 0; i < end; i++) {
      Matcher title = TITLE.matcher(lines.stripped(i));
      if (title.find()) {
        Year year = Year.of(Integer.parseInt(title.group(1)));
        budget.year(year).kind(title.group(2).equals("预算") ? BudgetKind.BUDGET : BudgetKind.FINAL_ACCOUNTS);
        report.position("year", lines.start(i));
        return Optional.of(year);
      }
    }
    return Optional.empty();
  }

  /** Keys the tables by number; reports a number out of range, a title that is not the number's, and gaps. */
  private static Map<TableId, BudgetTableText> tables(List<BudgetTableText> texts, ReadReport.Builder report) {
    Map<TableId, BudgetTableText> tables = new HashMap<>();
    for (BudgetTableText table : texts) {
      if (table.number < 1 || table.number > TableId.values().length || tables.containsKey(id(table))) {
        report.add(ReadRule.UNREAD, table.heading.position(), table.heading.text(), "budget-table",
            Arguments.none());
        continue;
      }
      TableId id = id(table);
      if (table.title == null || !BudgetColumns.label(table.title.text()).equals(id.title().replace(" ", ""))) {
        report.add(ReadRule.UNREAD, table.heading.position(), table.title == null ? "" : table.title.text(),
            "budget-number", Arguments.of("table", table.number).and("title", id.title()));
        continue;
      }
      tables.put(id, table);
    }
    for (TableId id : TableId.values()) {
      if (!tables.containsKey(id) && !texts.isEmpty()) {
        report.absent(id.key(), Severity.WARNING, "budget-table", Arguments.of("table", id.number())
            .and("title", id.title()));
      }
    }
    return tables;
  }

  private static <C extends Enum<C> & Column> Optional<GridTable<C>> grid(BudgetTableText table, TableId id,
      Function<String, Optional<C>> lookup, String department, List<String> units, ReadReport.Builder report) {
    return Optional.ofNullable(table).flatMap(t -> GridTableReader.read(t, id.key(), lookup, department, units,
        report));
  }

  private static TableId id(BudgetTableText table) {
    return TableId.values()[table.number - 1];
  }

  @SuppressWarnings("unchecked") // every table by subject of a 预算 has the expenditure columns
  private static void set(DepartmentBudget.Builder budget, TableId id, Object table) {
    switch (id) {
      case SUMMARY -> budget.summary((BalanceTable) table);
      case APPROPRIATIONS -> budget.appropriations((BalanceTable) table);
      case GENERAL_PUBLIC -> budget.generalPublic((SubjectTable<ExpenditureColumn>) table);
      case GOVERNMENT_FUND -> budget.governmentFund((SubjectTable<ExpenditureColumn>) table);
      case STATE_CAPITAL -> budget.stateCapital((SubjectTable<ExpenditureColumn>) table);
      default -> throw new IllegalStateException("not a table this reader reads: " + id);
    }
  }

  /** The subjects the tables print, by name; a name printed with two codes maps to null. */
  private static Map<String, Subject> names(Iterable<SubjectTable<ExpenditureColumn>> tables) {
    Map<String, Subject> names = new HashMap<>();
    for (SubjectTable<ExpenditureColumn> table : tables) {
      for (SubjectSection<ExpenditureColumn> section : table.sections()) {
        for (SubjectRow<ExpenditureColumn> row : section.rows()) {
          Subject subject = row.subject();
          subject.name().ifPresent(name -> names.put(name, !names.containsKey(name)
              || names.get(name) != null && names.get(name).code().equals(subject.code()) ? subject : null));
        }
      }
    }
    return names;
  }

  private static List<String> units(SubjectTable<ExpenditureColumn> table) {
    if (table == null) {
      return List.of();
    }
    Set<String> units = new LinkedHashSet<>();
    table.sections().forEach(section -> section.unit().ifPresent(units::add));
    return new ArrayList<>(units);
  }
}
