package io.github.fiscaltransfer.budget;

import io.github.fiscaltransfer.subject.SubjectCatalog;
import io.github.fiscaltransfer.validation.Finding;
import io.github.fiscaltransfer.validation.ValidationReport;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks a {@link DepartmentBudget}: every table present, every sum within each table and every tie across tables
 * within the rounding envelope, and every subject against the year's catalog. Reports every finding; never throws
 * on a document that could be built. The rules are listed on {@link BudgetRule}.
 *
 * <p>Immutable and thread-safe.
 */
public final class BudgetValidator {

  private final Function<Year, Optional<SubjectCatalog>> catalogs;

  private BudgetValidator(Function<Year, Optional<SubjectCatalog>> catalogs) {
    this.catalogs = catalogs;
  }

  /**
   * Returns a validator that checks subjects against the library's built-in catalogs.
   *
   * @return the validator, not null
   */
  public static BudgetValidator builtIn() {
    return new BudgetValidator(year -> {
      try {
        return Optional.of(SubjectCatalog.builtIn(year));
      } catch (IllegalArgumentException none) {
        return Optional.empty();
      }
    });
  }

  /**
   * Returns a validator that checks subjects against the given catalogs.
   *
   * @param catalogs the catalogs, at most one a year, not null
   * @return the validator, not null
   * @throws IllegalStateException if two catalogs have the same year
   */
  public static BudgetValidator withCatalogs(Collection<SubjectCatalog> catalogs) {
    Map<Year, SubjectCatalog> byYear =
        catalogs.stream().collect(Collectors.toUnmodifiableMap(SubjectCatalog::year, c -> c));
    return new BudgetValidator(year -> Optional.ofNullable(byYear.get(year)));
  }

  /**
   * Validates a department budget.
   *
   * @param budget the document, not null
   * @return every finding, in table order, not null
   */
  public ValidationReport validate(DepartmentBudget budget) {
    Objects.requireNonNull(budget, "budget");
    Equations equations = new Equations();
    for (TableId id : TableId.values()) {
      if (!budget.tables().contains(id)) {
        equations.add(BudgetRule.TABLE_MISSING.finding("/" + id.key(), id, "absent",
            id + " is not in the document: its sums and ties were not checked"));
      }
    }
    String department = budget.department();
    budget.summary().ifPresent(t -> BalanceChecks.check(t, TableId.SUMMARY, department, equations));
    budget.revenue().ifPresent(t -> GridChecks.check(t, TableId.REVENUE, department, equations));
    budget.expenditure().ifPresent(t -> GridChecks.check(t, TableId.EXPENDITURE, department, equations));
    budget.basicExpenditure().ifPresent(t -> GridChecks.check(t, TableId.BASIC_EXPENDITURE, department, equations));
    budget.projectExpenditure().ifPresent(t ->
        GridChecks.check(t, TableId.PROJECT_EXPENDITURE, department, equations));
    budget.appropriations().ifPresent(t -> BalanceChecks.check(t, TableId.APPROPRIATIONS, department, equations));
    subjectTable(budget.generalPublic(), TableId.GENERAL_PUBLIC, department, equations);
    budget.threePublic().ifPresent(t -> ThreePublicChecks.check(t, budget.year() + " 年",
        budget.year().minusYears(1) + " 年", equations));
    subjectTable(budget.governmentFund(), TableId.GOVERNMENT_FUND, department, equations);
    subjectTable(budget.stateCapital(), TableId.STATE_CAPITAL, department, equations);
    budget.performance().ifPresent(t -> PerformanceChecks.check(t, equations));
    new CrossChecks(budget, equations).check();
    List<Finding> findings = new ArrayList<>(equations.findings());
    findings.addAll(UnitChecks.check(budget));
    findings.addAll(subjects(budget));
    return ValidationReport.of(findings);
  }

  private static void subjectTable(Optional<SubjectTable> table, TableId id, String department,
      Equations equations) {
    table.ifPresent(t -> new SubjectChecks(id, "/" + id.key(), department, equations).check(t));
  }

  private List<Finding> subjects(DepartmentBudget budget) {
    Optional<SubjectCatalog> catalog = catalogs.apply(budget.year());
    if (catalog.isEmpty()) {
      return List.of(BudgetRule.SUBJECT_CATALOG_MISSING.finding("", "a " + budget.year() + " catalog", "none",
          "subjects were not checked: no subject catalog for " + budget.year()));
    }
    List<Finding> findings = new ArrayList<>();
    SubjectRows.of(budget).forEach((pointer, row) -> findings.addAll(catalog.get().check(row.subject(), pointer)));
    return findings;
  }

  @Override
  public String toString() {
    return "BudgetValidator";
  }
}
