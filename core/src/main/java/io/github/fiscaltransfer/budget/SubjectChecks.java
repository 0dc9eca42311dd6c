package io.github.fiscaltransfer.budget;

import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.subject.SubjectCode;
import io.github.fiscaltransfer.subject.SubjectLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** The sums within a table by function subject: rows, 类/款/项, unit totals and the department total. */
final class SubjectChecks {

  private final TableId id;
  private final String prefix;
  private final String department;
  private final Equations equations;

  SubjectChecks(TableId id, String prefix, String department, Equations equations) {
    this.id = id;
    this.prefix = prefix;
    this.department = department;
    this.equations = equations;
  }

  void check(SubjectTable table) {
    List<Cells<ExpenditureColumn>> unitTotals = new ArrayList<>();
    for (int s = 0; s < table.sections().size(); s++) {
      SubjectSection section = table.sections().get(s);
      String unit = section.unit().orElse(department);
      String at = prefix + "/sections/" + s;
      for (int i = 0; i < section.rows().size(); i++) {
        SubjectRow row = section.rows().get(i);
        Place place = new Place(id, unit, row.subject().toString(), "", at + "/rows/" + i + "/total");
        RowChecks.check(row.cells(), place, table.format(), equations);
        if (row.subject().code().level() != SubjectLevel.ITEM) {
          SubjectCode code = row.subject().code();
          columns(row.cells(), place, table.format(), "its " + below(code) + " rows add up to",
              childrenOf(section, r -> code.equals(r.subject().code().parent().orElse(null))),
              BudgetRule.SUBJECT_SUM);
        }
      }
      if (section.total().isPresent()) {
        Cells<ExpenditureColumn> total = section.total().get();
        Place place = new Place(id, unit, "合计", "", at + "/total/total");
        RowChecks.check(total, place, table.format(), equations);
        columns(total, place, table.format(), "its 类 rows add up to",
            childrenOf(section, r -> r.subject().code().level() == SubjectLevel.CLASS), BudgetRule.UNIT_TOTAL);
        unitTotals.add(total);
      }
    }
    table.total().ifPresent(total -> {
      Place place = new Place(id, department, "合计", "", prefix + "/total/total");
      RowChecks.check(total, place, table.format(), equations);
      columns(total, place, table.format(), "the unit rows add up to", unitTotals, BudgetRule.DEPARTMENT_TOTAL);
    });
  }

  private static String below(SubjectCode code) {
    return code.level() == SubjectLevel.CLASS ? "款" : "项";
  }

  private static List<Cells<ExpenditureColumn>> childrenOf(SubjectSection section, Predicate<SubjectRow> child) {
    return section.rows().stream().filter(child).map(SubjectRow::cells).toList();
  }

  /** Per column, the printed row equals the sum of the parts; a 类 or 款 printed without parts is not summed. */
  private void columns(Cells<ExpenditureColumn> printed, Place place, TableFormat format,
      String what, List<Cells<ExpenditureColumn>> parts, BudgetRule rule) {
    if (parts.isEmpty() && rule == BudgetRule.SUBJECT_SUM) {
      return;
    }
    for (ExpenditureColumn column : printed.columns()) {
      List<PrintedAmount> addends = parts.stream().map(c -> c.get(column))
          .flatMap(Optional::stream).toList();
      equations.sum(rule, place.column(column), printed.get(column).orElseThrow(), addends, what, format);
    }
  }
}
