package io.github.fiscaltransfer.statement;

import io.github.fiscaltransfer.budget.DepartmentBudget;
import io.github.fiscaltransfer.budget.FinalAccounts;
import io.github.fiscaltransfer.policy.ValidationPolicy;
import io.github.fiscaltransfer.validation.Finding;
import io.github.fiscaltransfer.validation.JsonPointer;
import io.github.fiscaltransfer.validation.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Checks the statements of a department budget's prose (or a 部门决算's 情况说明) against its tables: links each to the cell it restates (or
 * reports it as not linked) and applies the {@link StatementRule}s under a {@link ValidationPolicy}, which can turn
 * them off or change their severity like any rule. Findings name the document by
 * {@link DepartmentBudget#reference()} (or {@link FinalAccounts#reference()}), point at {@code /statements/N} and give the statement's line.
 *
 * <p>Immutable and thread-safe.
 */
public final class NarrativeValidator {

  private final ValidationPolicy policy;

  private NarrativeValidator(ValidationPolicy policy) {
    this.policy = policy;
  }

  /**
   * Returns a validator running every statement rule at its usual severity.
   *
   * @return the validator, not null
   */
  public static NarrativeValidator builtIn() {
    return of(ValidationPolicy.defaults());
  }

  /**
   * Returns a validator under a policy.
   *
   * @param policy which rules run and at what severity, not null
   * @return the validator, not null
   */
  public static NarrativeValidator of(ValidationPolicy policy) {
    return new NarrativeValidator(Objects.requireNonNull(policy, "policy"));
  }

  /**
   * Judges every statement of a narrative against a budget's tables.
   *
   * @param budget the document whose tables the prose describes, not null
   * @param narrative the statements of its prose, not null
   * @return a verdict a statement, in printed order, not null
   */
  public List<StatementVerdict> verdicts(DepartmentBudget budget, Narrative narrative) {
    Objects.requireNonNull(budget, "budget");
    BudgetLinker linker = new BudgetLinker(budget, Objects.requireNonNull(narrative, "narrative"));
    return verdicts(narrative, budget.reference(), linker::link, (table, at) -> TableChecks.check(table, at, budget));
  }

  /**
   * Judges every statement of a 部门决算's 情况说明 against its nine tables. A 决算 prints no last year: a change it
   * states is checked only for its sign words and its percentage against the stated figures.
   *
   * @param accounts the document whose tables the prose describes, not null
   * @param narrative the statements of its prose, not null
   * @return a verdict a statement, in printed order, not null
   */
  public List<StatementVerdict> verdicts(FinalAccounts accounts, Narrative narrative) {
    Objects.requireNonNull(accounts, "accounts");
    FinalAccountsLinker linker = new FinalAccountsLinker(accounts);
    return verdicts(Objects.requireNonNull(narrative, "narrative"), accounts.reference(), linker::link,
        (table, at) -> TableChecks.check(table, at, accounts));
  }

  private List<StatementVerdict> verdicts(Narrative narrative, String reference,
      Function<AmountStatement, Link> linker, BiFunction<TableStatement, JsonPointer, List<Finding>> tables) {
    List<StatementVerdict> verdicts = new ArrayList<>();
    for (int i = 0; i < narrative.statements().size(); i++) {
      Statement statement = narrative.statements().get(i);
      JsonPointer at = JsonPointer.root().element("statements", i);
      Optional<LinkedCell> cell = Optional.empty();
      List<Finding> findings;
      if (statement instanceof AmountStatement amount) {
        Link link = linker.apply(amount);
        cell = link.cell();
        findings = StatementChecks.check(amount, at, link);
      } else {
        findings = tables.apply((TableStatement) statement, at);
      }
      ValidationReport adjusted = policy.adjust(ValidationReport.of(findings)).in(reference);
      verdicts.add(new StatementVerdict(statement, cell, adjusted.findings()));
    }
    return verdicts;
  }

  /**
   * Validates a narrative against a budget's tables.
   *
   * @param budget the document whose tables the prose describes, not null
   * @param narrative the statements of its prose, not null
   * @return every finding, in statement order, not null
   */
  public ValidationReport validate(DepartmentBudget budget, Narrative narrative) {
    return report(verdicts(budget, narrative));
  }

  /**
   * Validates the narrative of a 部门决算 against its tables.
   *
   * @param accounts the document whose tables the prose describes, not null
   * @param narrative the statements of its 情况说明, not null
   * @return every finding, in statement order, not null
   */
  public ValidationReport validate(FinalAccounts accounts, Narrative narrative) {
    return report(verdicts(accounts, narrative));
  }

  private static ValidationReport report(List<StatementVerdict> verdicts) {
    return ValidationReport.of(verdicts.stream().flatMap(v -> v.findings().stream()).toList());
  }

  /** Returns {@code narrative validator under} its policy. */
  @Override
  public String toString() {
    return "narrative validator under " + policy;
  }
}
