package io.github.fiscaltransfer.budget;

import io.github.fiscaltransfer.policy.ValidationPolicy;
import io.github.fiscaltransfer.subject.SubjectCatalog;
import io.github.fiscaltransfer.validation.Arguments;
import io.github.fiscaltransfer.validation.Finding;
import io.github.fiscaltransfer.validation.JsonPointer;
import io.github.fiscaltransfer.validation.ValidationReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks {@link FinalAccounts}: the nine tables present, every sum within each table and every tie across tables
 * within the rounding envelope of the printed quantum (0.01万元 in the corpus), and every function subject against the
 * year's catalog. Reports every finding; never throws on a document that could be built. The rules are listed on
 * {@link BudgetRule}; a {@link ValidationPolicy} turns them off, changes their severity, adds custom rules and names
 * the catalogs. Findings name the document by {@link FinalAccounts#reference()} and point into its JSON form.
 *
 * <p>Immutable and thread-safe.
 */
public final class FinalAccountsValidator {

  private final ValidationPolicy policy;

  private FinalAccountsValidator(ValidationPolicy policy) {
    this.policy = policy;
  }

  /**
   * Returns a validator under the default policy: every rule, the built-in catalogs.
   *
   * @return the validator, not null
   */
  public static FinalAccountsValidator builtIn() {
    return of(ValidationPolicy.defaults());
  }

  /**
   * Returns a validator that runs under a policy.
   *
   * @param policy which rules run, at what severity, against which catalogs, not null
   * @return the validator, not null
   */
  public static FinalAccountsValidator of(ValidationPolicy policy) {
    return new FinalAccountsValidator(Objects.requireNonNull(policy, "policy"));
  }

  /**
   * Validates final accounts.
   *
   * @param accounts the document, not null
   * @return every finding, in table order, not null
   */
  public ValidationReport validate(FinalAccounts accounts) {
    Objects.requireNonNull(accounts, "accounts");
    Equations equations = new Equations();
    for (FinalTableId id : FinalTableId.values()) {
      if (!accounts.tables().contains(id)) {
        equations.add(BudgetRule.TABLE_MISSING.finding(JsonPointer.root().child(id.key()), id, "absent",
            Arguments.of("table", id)));
      }
    }
    String department = accounts.department();
    accounts.summary().ifPresent(t -> FinalBalanceChecks.check(t, FinalTableId.SUMMARY, department, equations));
    subjects(FinalTableId.INCOME, accounts.income(), department, equations);
    subjects(FinalTableId.EXPENDITURE, accounts.expenditure(), department, equations);
    accounts.appropriations().ifPresent(t ->
        FinalBalanceChecks.check(t, FinalTableId.APPROPRIATIONS, department, equations));
    subjects(FinalTableId.GENERAL_PUBLIC, accounts.generalPublic(), department, equations);
    accounts.basicExpenditure().ifPresent(t -> FinalTableChecks.basic(t, department, equations));
    accounts.threePublic().ifPresent(t -> FinalTableChecks.threePublic(t, department, equations));
    subjects(FinalTableId.GOVERNMENT_FUND, accounts.governmentFund(), department, equations);
    subjects(FinalTableId.STATE_CAPITAL, accounts.stateCapital(), department, equations);
    accounts.governmentFund().ifPresent(t ->
        FinalTableChecks.carryForward(t, FinalTableId.GOVERNMENT_FUND, department, equations));
    accounts.stateCapital().ifPresent(t ->
        FinalTableChecks.carryForward(t, FinalTableId.STATE_CAPITAL, department, equations));
    new FinalCrossChecks(accounts, equations).check();
    List<Finding> findings = new ArrayList<>(equations.findings());
    findings.addAll(catalogChecks(accounts));
    return policy.apply(accounts, findings).in(accounts.reference());
  }

  private static <C extends Enum<C> & Column> void subjects(FinalTableId id, Optional<SubjectTable<C>> table,
      String department, Equations equations) {
    table.ifPresent(t -> new SubjectChecks(id, "/" + id.key(), department, equations).check(t));
  }

  private List<Finding> catalogChecks(FinalAccounts accounts) {
    Optional<SubjectCatalog> catalog = policy.catalog(accounts.year());
    if (catalog.isEmpty()) {
      return List.of(BudgetRule.SUBJECT_CATALOG_MISSING.finding(JsonPointer.root(), "a " + accounts.year()
          + " catalog", "none", "exact-year", Arguments.of("year", accounts.year())));
    }
    Map<String, SubjectTable<?>> tables = new LinkedHashMap<>();
    accounts.income().ifPresent(t -> tables.put(FinalTableId.INCOME.key(), t));
    accounts.expenditure().ifPresent(t -> tables.put(FinalTableId.EXPENDITURE.key(), t));
    accounts.generalPublic().ifPresent(t -> tables.put(FinalTableId.GENERAL_PUBLIC.key(), t));
    accounts.basicExpenditure().ifPresent(t -> tables.put(FinalTableId.BASIC_EXPENDITURE.key(), t.rows()));
    accounts.governmentFund().ifPresent(t -> tables.put(FinalTableId.GOVERNMENT_FUND.key(), t));
    accounts.stateCapital().ifPresent(t -> tables.put(FinalTableId.STATE_CAPITAL.key(), t));
    List<Finding> findings = new ArrayList<>();
    tables.forEach((key, table) -> SubjectRows.add("/" + key, table).forEach((pointer, subject) ->
        findings.addAll(catalog.get().check(subject, JsonPointer.parse(pointer)))));
    return findings;
  }

  /** Returns {@code final accounts validator under} its policy. */
  @Override
  public String toString() {
    return "final accounts validator under " + policy;
  }
}
