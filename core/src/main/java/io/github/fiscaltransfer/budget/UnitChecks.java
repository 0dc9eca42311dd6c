package io.github.fiscaltransfer.budget;

import io.github.fiscaltransfer.validation.Arguments;
import io.github.fiscaltransfer.validation.Finding;
import io.github.fiscaltransfer.validation.JsonPointer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Every unit a table names is one of the document's budget units. */
final class UnitChecks {

  private UnitChecks() {}

  static List<Finding> check(DepartmentBudget budget) {
    List<Finding> findings = new ArrayList<>();
    grid(budget, TableId.REVENUE, budget.revenue().map(t -> t.rows().stream().map(Row::label).toList()), findings);
    grid(budget, TableId.EXPENDITURE, budget.expenditure().map(t -> t.rows().stream().map(Row::label).toList()),
        findings);
    for (TableId id : List.of(TableId.GENERAL_PUBLIC, TableId.GOVERNMENT_FUND, TableId.STATE_CAPITAL)) {
      Optional<SubjectTable<ExpenditureColumn>> table = switch (id) {
        case GENERAL_PUBLIC -> budget.generalPublic();
        case GOVERNMENT_FUND -> budget.governmentFund();
        default -> budget.stateCapital();
      };
      table.ifPresent(t -> {
        for (int s = 0; s < t.sections().size(); s++) {
          int index = s;
          t.sections().get(s).unit().ifPresent(unit ->
              require(budget, unit, "/" + id.key() + "/sections/" + index + "/unit", id, findings));
        }
      });
    }
    budget.threePublic().ifPresent(t -> {
      for (int s = 0; s < t.sections().size(); s++) {
        require(budget, t.sections().get(s).unit(), "/threePublic/sections/" + s + "/unit", TableId.THREE_PUBLIC,
            findings);
      }
    });
    return findings;
  }

  private static void grid(DepartmentBudget budget, TableId id, Optional<List<String>> labels,
      List<Finding> findings) {
    labels.ifPresent(list -> {
      for (int i = 0; i < list.size(); i++) {
        require(budget, list.get(i), "/" + id.key() + "/rows/" + i + "/label", id, findings);
      }
    });
  }

  private static void require(DepartmentBudget budget, String unit, String pointer, TableId id,
      List<Finding> findings) {
    if (!budget.units().contains(unit)) {
      findings.add(BudgetRule.UNIT_UNKNOWN.finding(JsonPointer.parse(pointer), "one of " + budget.units(), unit,
          Arguments.of("table", id).and("unit", unit).and("department", budget.department())));
    }
  }
}
