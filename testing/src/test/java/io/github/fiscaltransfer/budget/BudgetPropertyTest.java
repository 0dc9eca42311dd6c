package io.github.fiscaltransfer.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fiscaltransfer.policy.ValidationPolicy;
import io.github.fiscaltransfer.testing.BudgetDomain;
import io.github.fiscaltransfer.testing.BudgetPrinter;
import io.github.fiscaltransfer.testing.ExactDepartment;
import io.github.fiscaltransfer.testing.PrintedCell;
import io.github.fiscaltransfer.validation.Finding;
import io.github.fiscaltransfer.validation.Severity;
import io.github.fiscaltransfer.validation.ValidationReport;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;
import net.jqwik.api.statistics.Statistics;

/**
 * A department budget printed the way a bureau prints it, every cell rounded half up on its own, has no error
 * and shows each rounding difference as a warning; one cell printed wrong by more than any envelope is an error at
 * exactly that cell, naming its table, unit, row and column.
 */
@Domain(BudgetDomain.class)
@Domain(DomainContext.Global.class)
class BudgetPropertyTest {

  private static final BudgetValidator VALIDATOR =
      BudgetValidator.of(ValidationPolicy.builder().catalogs(List.of(BudgetDomain.CATALOG)).build());

  /** Larger than the envelope of any comparison a generated document holds (at most 20 figures: 10 quanta). */
  private static final BigDecimal WRONG_BY = new BigDecimal("37");

  @Property(tries = 200)
  void roundedTablesHaveNoErrorAndEveryDifferenceIsAWarning(@ForAll ExactDepartment department) {
    ValidationReport report = VALIDATOR.validate(BudgetPrinter.of(department, BudgetDomain.CATALOG).print());
    collectStatistics(department, report);
    assertFalse(report.hasErrors(), report::toString);
    List<Finding> others = report.findings().stream().filter(f -> f.severity() != Severity.WARNING).toList();
    assertEquals(List.of(), others, "only warnings");
    List<Finding> notRounding = report.findings().stream()
        .filter(f -> !f.ruleId().equals("budget.table-missing") && !f.message().contains("尾数误差")).toList();
    assertEquals(List.of(), notRounding, "every printed difference is reported as rounding");
    assertEquals(1, report.findings(BudgetRule.TABLE_MISSING.id()).size(), "表4 is not generated");
    Statistics.label("units").coverage(check -> {
      check.check(2).count(c -> c > 0);
      check.check(5).count(c -> c > 0);
    });
    Statistics.label("rounding warnings").coverage(check -> check.check(true).percentage(p -> p >= 50));
  }

  @Property(tries = 300)
  void oneWrongCellIsAnErrorAtThatCell(@ForAll ExactDepartment department, @ForAll @IntRange(max = 10_000) int pick) {
    List<PrintedCell> cells = checkedCells(department);
    PrintedCell wrong = cells.get(pick % cells.size());
    Statistics.label("table").collect(wrong.table().number());
    DepartmentBudget printed = BudgetPrinter.wrong(department, BudgetDomain.CATALOG, wrong.pointer(), WRONG_BY)
        .print();
    ValidationReport report = VALIDATOR.validate(printed);
    List<Finding> here = report.findings(Severity.ERROR).stream().filter(f -> f.pointer().toString().equals(wrong.pointer()))
        .toList();
    assertFalse(here.isEmpty(), () -> wrong + " is not an error: " + report);
    here.forEach(f -> assertTrue(wrong.isNamedBy(f.message()), () -> wrong + " not named by " + f));
    Statistics.label("table").coverage(check -> {
      for (int table : List.of(1, 2, 3, 5, 6, 7, 8, 9, 10, 11)) {
        check.check(table).count(c -> c > 0);
      }
    });
  }

  private static List<PrintedCell> checkedCells(ExactDepartment department) {
    BudgetPrinter printer = BudgetPrinter.of(department, BudgetDomain.CATALOG);
    printer.print();
    return printer.checked();
  }

  private static void collectStatistics(ExactDepartment department, ValidationReport report) {
    Statistics.label("units").collect(department.units().size());
    Statistics.label("rounding warnings").collect(report.findings().size() > 1);
    long subjects = department.units().stream().mapToLong(u -> u.leaves().size()).sum();
    Statistics.label("subjects").collect(subjects <= 5 ? "2-5" : subjects <= 12 ? "6-12" : "13-25");
  }
}
