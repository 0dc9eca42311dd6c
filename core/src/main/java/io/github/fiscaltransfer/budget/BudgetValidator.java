package io.github.fiscaltransfer.budget;

import io.github.fiscaltransfer.policy.ValidationPolicy;
import io.github.fiscaltransfer.subject.SubjectCatalog;
import io.github.fiscaltransfer.validation.Arguments;
import io.github.fiscaltransfer.validation.Finding;
import io.github.fiscaltransfer.validation.JsonPointer;
import io.github.fiscaltransfer.validation.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks a {@link DepartmentBudget}: every table present, every sum within each table and every tie across tables
 * within the rounding envelope, and every subject against the year's catalog. Reports every finding; never throws
 * on a document that could be built. The rules are listed on {@link BudgetRule}; a {@link ValidationPolicy} turns
 * them off, changes their severity, adds custom rules and names the catalogs. Findings name the document by
 * {@link DepartmentBudget#reference()} and point into its JSON form.
 *
 * <p>Immutable and thread-safe.
 */
public final class BudgetValidator {

  private final ValidationPolicy policy;

  private BudgetValidator(ValidationPolicy policy) {
    this.policy = policy;
  }

  /**
   * Returns a validator under the default policy: every rule, the built-in catalogs.
   *
   * @return the validator, not null
   */
  public static BudgetValidator builtIn() {
    return of(ValidationPolicy.defaults());
  }

  /**
   * Returns a validator that runs under a policy.
   *
   * @param policy which rules run, at what severity, against which catalogs, not null
   * @return the validator, not null
   */
  public static BudgetValidator of(ValidationPolicy policy) {
    return new BudgetValidator(Objects.requireNonNull(policy, "policy"));
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
        equations.add(BudgetRule.TABLE_MISSING.finding(JsonPointer.root().child(id.key()), id, "absent",
            Arguments.of("table", id)));
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
    findings.addAll(DisclosureCheck.check(budget, policy));
    return policy.apply(budget, findings).in(budget.reference());
  }

  private static void subjectTable(Optional<SubjectTable<ExpenditureColumn>> table, TableId id, String department,
      Equations equations) {
    table.ifPresent(t -> new SubjectChecks(id, "/" + id.key(), department, equations).check(t));
  }

  private List<Finding> subjects(DepartmentBudget budget) {
    Optional<SubjectCatalog> catalog = policy.catalog(budget.year());
    if (catalog.isEmpty()) {
      return List.of(BudgetRule.SUBJECT_CATALOG_MISSING.finding(JsonPointer.root(), "a " + budget.year() + " catalog",
          "none", "exact-year", Arguments.of("year", budget.year())));
    }
    List<Finding> findings = new ArrayList<>();
    SubjectRows.of(budget).forEach((pointer, subject) ->
        findings.addAll(catalog.get().check(subject, JsonPointer.parse(pointer))));
    return findings;
  }

  /** Returns {@code budget validator under} its policy. */
  @Override
  public String toString() {
    return "budget validator under " + policy;
  }
}
