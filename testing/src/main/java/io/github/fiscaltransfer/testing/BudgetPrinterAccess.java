package io.github.fiscaltransfer.budget;

import io.github.fiscaltransfer.budget.ExactDepartment.Leaf;
import io.github.fiscaltransfer.budget.ExactDepartment.Unit;
import io.github.fiscaltransfer.subject.SubjectCode;
import java.math.BigDecimal;
import java.util.List;

/** Generated department budgets for other modules' tests: printed as a bureau prints them. */
public final class BudgetPrinterAccess {

  private BudgetPrinterAccess() {}

  /**
   * Prints a generated department, every cell rounded half up on its own.
   *
   * @param department the department, not null
   * @return the printed document, not null
   */
  public static DepartmentBudget print(ExactDepartment department) {
    return BudgetPrinter.of(department, BudgetDomain.CATALOG).print();
  }

  /**
   * Returns a small fixed department: two units, one subject each.
   *
   * @return the department, not null
   */
  public static ExactDepartment small() {
    List<BigDecimal> none = List.of(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
    return new ExactDepartment(List.of(
        new Unit("预算单位甲", List.of(new Leaf(SubjectCode.of("2101501"), false, new BigDecimal("1234567"),
            new BigDecimal("890123"))), new BigDecimal("50000"), BigDecimal.ZERO,
            List.of(BigDecimal.TEN, BigDecimal.ONE, BigDecimal.ONE), none, none),
        new Unit("预算单位乙", List.of(new Leaf(SubjectCode.of("2101301"), true, BigDecimal.ZERO,
            new BigDecimal("77777"))), BigDecimal.ZERO, BigDecimal.ZERO,
            List.of(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO), none, none)));
  }
}
