package io.github.fiscaltransfer.budget;

import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.subject.SubjectCode;
import io.github.fiscaltransfer.subject.SubjectLevel;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The sums within a table by function subject: rows, 类/款/项, unit totals and the department total (the sum of the
 * unit totals, or of the 类 rows where the table is not split by unit). A blank cell counts as zero.
 */
final class SubjectChecks {

  private final StandardTable id;
  private final String prefix;
  private final String department;
  private final Equations equations;

  SubjectChecks(StandardTable id, String prefix, String department, Equations equations) {
    this.id = id;
    this.prefix = prefix;
    this.department = department;
    this.equations = equations;
  }

  <C extends Enum<C> & Column> void check(SubjectTable<C> table) {
    List<Cells<C>> unitTotals = new ArrayList<>();
    List<Cells<C>> classes = new ArrayList<>();
    for (int s = 0; s < table.sections().size(); s++) {
      SubjectSection<C> section = table.sections().get(s);
      String unit = section.unit().orElse(department);
      String at = prefix + "/sections/" + s;
      for (int i = 0; i < section.rows().size(); i++) {
        SubjectRow<C> row = section.rows().get(i);
        Place place = new Place(id, unit, row.subject().toString(), "", at + "/rows/" + i + "/total");
        RowChecks.check(row.cells(), place, table.format(), equations);
        if (row.subject().code().level() != SubjectLevel.ITEM) {
          SubjectCode code = row.subject().code();
          columns(row.cells(), place, table.format(), Phrase.of("subject-rows").with("below", below(code)),
              childrenOf(section, r -> code.equals(r.subject().code().parent().orElse(null))),
              BudgetRule.SUBJECT_SUM);
        }
      }
      List<Cells<C>> classRows = childrenOf(section, r -> r.subject().code().level() == SubjectLevel.CLASS);
      classes.addAll(classRows);
      if (section.total().isPresent()) {
        Cells<C> total = section.total().get();
        Place place = new Place(id, unit, "合计", "", at + "/total/total");
        RowChecks.check(total, place, table.format(), equations);
        columns(total, place, table.format(), Phrase.of("class-rows"), classRows, BudgetRule.UNIT_TOTAL);
        unitTotals.add(total);
      }
    }
    table.total().ifPresent(total -> {
      Place place = new Place(id, department, "合计", "", prefix + "/total/total");
      RowChecks.check(total, place, table.format(), equations);
      boolean byUnit = !unitTotals.isEmpty();
      columns(total, place, table.format(), byUnit ? Phrase.of("unit-rows") : Phrase.of("class-rows"),
          byUnit ? unitTotals : classes, BudgetRule.DEPARTMENT_TOTAL);
    });
  }

  private static String below(SubjectCode code) {
    return code.level() == SubjectLevel.CLASS ? "款" : "项";
  }

  private static <C extends Enum<C> & Column> List<Cells<C>> childrenOf(SubjectSection<C> section,
      Predicate<SubjectRow<C>> child) {
    return section.rows().stream().filter(child).map(SubjectRow::cells).toList();
  }

  /**
   * Per column the row or a part prints, the row equals the sum of the parts, a blank cell counting as zero; a 类 or
   * 款 printed without parts is not summed.
   */
  private <C extends Enum<C> & Column> void columns(Cells<C> printed, Place place, TableFormat format,
      Phrase what, List<Cells<C>> parts, BudgetRule rule) {
    if (parts.isEmpty() && rule == BudgetRule.SUBJECT_SUM) {
      return;
    }
    Set<C> columns = new LinkedHashSet<>(printed.columns());
    parts.forEach(part -> columns.addAll(part.columns()));
    for (C column : columns) {
      List<PrintedAmount> addends = parts.stream().map(c -> c.get(column)).flatMap(Optional::stream).toList();
      equations.sum(rule, place.column(column), printed.get(column), addends, what, format);
    }
  }
}
