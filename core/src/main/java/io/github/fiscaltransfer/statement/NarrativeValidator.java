package io.github.fiscaltransfer.statement;

import io.github.fiscaltransfer.budget.DepartmentBudget;
import io.github.fiscaltransfer.policy.ValidationPolicy;
import io.github.fiscaltransfer.validation.Finding;
import io.github.fiscaltransfer.validation.JsonPointer;
import io.github.fiscaltransfer.validation.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks the statements of a department budget's prose against its tables: links each to the cell it restates (or
 * reports it as not linked) and applies the {@link StatementRule}s under a {@link ValidationPolicy}, which can turn
 * them off or change their severity like any rule. Findings name the document by
 * {@link DepartmentBudget#reference()}, point at {@code /statements/N} and give the statement's line.
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
    List<StatementVerdict> verdicts = new ArrayList<>();
    for (int i = 0; i < narrative.statements().size(); i++) {
      Statement statement = narrative.statements().get(i);
      JsonPointer at = JsonPointer.root().element("statements", i);
      Optional<LinkedCell> cell = Optional.empty();
      List<Finding> findings;
      if (statement instanceof AmountStatement amount) {
        Link link = linker.link(amount);
        cell = link.cell();
        findings = StatementChecks.check(amount, at, link);
      } else {
        findings = TableChecks.check((TableStatement) statement, at, budget);
      }
      ValidationReport adjusted = policy.adjust(ValidationReport.of(findings)).in(budget.reference());
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
    return ValidationReport.of(verdicts(budget, narrative).stream().flatMap(v -> v.findings().stream()).toList());
  }

  /** Returns {@code narrative validator under} its policy. */
  @Override
  public String toString() {
    return "narrative validator under " + policy;
  }
}
