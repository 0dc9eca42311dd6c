package io.github.fiscaltransfer.testing;

import io.github.fiscaltransfer.budget.DepartmentBudget;
import io.github.fiscaltransfer.budget.TableId;
import io.github.fiscaltransfer.budget.ThreePublicTable;
import java.util.Objects;
import java.util.Optional;

/** The tables of a department budget by their id, compared cell by cell. */
final class BudgetTables {

  private BudgetTables() {}

  /** Returns a budget's table, if it has it. */
  static Optional<?> table(TableId id, DepartmentBudget budget) {
    return switch (id) {
      case SUMMARY -> budget.summary();
      case REVENUE -> budget.revenue();
      case EXPENDITURE -> budget.expenditure();
      case BASIC_EXPENDITURE -> budget.basicExpenditure();
      case PROJECT_EXPENDITURE -> budget.projectExpenditure();
      case APPROPRIATIONS -> budget.appropriations();
      case GENERAL_PUBLIC -> budget.generalPublic();
      // The reader takes the decimals from the figures printed; the cells are what must be equal.
      case THREE_PUBLIC -> budget.threePublic().map(ThreePublicTable::sections);
      case GOVERNMENT_FUND -> budget.governmentFund();
      case STATE_CAPITAL -> budget.stateCapital();
      case PERFORMANCE -> budget.performance();
    };
  }

  /** Returns whether two budgets have the same table, every cell equal. */
  static boolean same(TableId id, DepartmentBudget printed, DepartmentBudget read) {
    return table(id, printed).isPresent() && Objects.equals(table(id, printed), table(id, read));
  }
}
