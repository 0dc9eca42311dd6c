package io.github.fiscaltransfer.budget;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Every subject row of a department budget's tables by function subject, by the pointer of its subject. */
final class SubjectRows {

  private SubjectRows() {}

  static Map<String, SubjectRow> of(DepartmentBudget budget) {
    Map<String, SubjectRow> rows = new LinkedHashMap<>();
    budget.summary().ifPresent(t -> add(rows, "/" + TableId.SUMMARY.key() + "/expenditure", t.expenditure()));
    budget.appropriations().ifPresent(t ->
        add(rows, "/" + TableId.APPROPRIATIONS.key() + "/expenditure", t.expenditure()));
    add(rows, TableId.GENERAL_PUBLIC, budget.generalPublic());
    add(rows, TableId.GOVERNMENT_FUND, budget.governmentFund());
    add(rows, TableId.STATE_CAPITAL, budget.stateCapital());
    return rows;
  }

  private static void add(Map<String, SubjectRow> rows, TableId id, Optional<SubjectTable> table) {
    table.ifPresent(t -> add(rows, "/" + id.key(), t));
  }

  private static void add(Map<String, SubjectRow> rows, String prefix, SubjectTable table) {
    for (int s = 0; s < table.sections().size(); s++) {
      SubjectSection section = table.sections().get(s);
      for (int i = 0; i < section.rows().size(); i++) {
        rows.put(prefix + "/sections/" + s + "/rows/" + i + "/subject", section.rows().get(i));
      }
    }
  }
}
