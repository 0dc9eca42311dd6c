package io.github.fiscaltransfer.budget;

import io.github.fiscaltransfer.subject.Subject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Every subject a document's tables by subject print, by the pointer of its subject. */
final class SubjectRows {

  private SubjectRows() {}

  static Map<String, Subject> of(DepartmentBudget budget) {
    Map<String, Subject> rows = new LinkedHashMap<>();
    budget.summary().ifPresent(t -> rows.putAll(add("/" + TableId.SUMMARY.key() + "/expenditure", t.expenditure())));
    budget.appropriations().ifPresent(t ->
        rows.putAll(add("/" + TableId.APPROPRIATIONS.key() + "/expenditure", t.expenditure())));
    add(rows, TableId.GENERAL_PUBLIC, budget.generalPublic());
    add(rows, TableId.GOVERNMENT_FUND, budget.governmentFund());
    add(rows, TableId.STATE_CAPITAL, budget.stateCapital());
    return rows;
  }

  private static void add(Map<String, Subject> rows, TableId id, Optional<SubjectTable<ExpenditureColumn>> table) {
    table.ifPresent(t -> rows.putAll(add("/" + id.key(), t)));
  }

  /** The subjects of one table whose JSON form is at prefix, by pointer. */
  static Map<String, Subject> add(String prefix, SubjectTable<?> table) {
    Map<String, Subject> rows = new LinkedHashMap<>();
    for (int s = 0; s < table.sections().size(); s++) {
      SubjectSection<?> section = table.sections().get(s);
      for (int i = 0; i < section.rows().size(); i++) {
        rows.put(prefix + "/sections/" + s + "/rows/" + i + "/subject", section.rows().get(i).subject());
      }
    }
    return rows;
  }
}
