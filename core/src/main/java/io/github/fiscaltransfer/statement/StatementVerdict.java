package io.github.fiscaltransfer.statement;

import io.github.fiscaltransfer.validation.Finding;
import io.github.fiscaltransfer.validation.Severity;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One statement as judged: the cell it restates (if linked) and the findings about it.
 *
 * @param statement the statement, not null
 * @param cell the cell it restates, empty if not linked, not null
 * @param findings its findings under the policy, not null
 */
public record StatementVerdict(Statement statement, Optional<LinkedCell> cell, List<Finding> findings) {

  /**
   * Checks the parts.
   *
   * @throws NullPointerException if a part is null
   */
  public StatementVerdict {
    Objects.requireNonNull(statement, "statement");
    Objects.requireNonNull(cell, "cell");
    findings = List.copyOf(findings);
  }

  /**
   * Returns whether nothing is wrong with the statement: no error and no warning (not linked is information).
   *
   * @return true if it passes
   */
  public boolean passes() {
    return findings.stream().noneMatch(f -> f.severity() == Severity.ERROR || f.severity() == Severity.WARNING);
  }

  /**
   * Returns the verdict in a word or two: {@code passes}, {@code not linked}, or the rule ids at their severity.
   *
   * @return the verdict, not null
   */
  public String verdict() {
    List<Finding> wrong = findings.stream()
        .filter(f -> f.severity() == Severity.ERROR || f.severity() == Severity.WARNING).toList();
    if (!wrong.isEmpty()) {
      return String.join(", ", wrong.stream().map(f -> f.severity().id() + " " + f.ruleId()).toList());
    }
    return findings.stream().anyMatch(f -> f.ruleId().equals(StatementRule.UNLINKED.id())) ? "not linked"
        : "passes";
  }

  /** Returns {@code 部门预算收入 273,800万元 … → 表1 收支总表, 收入总计 = 273,800万元: passes}. */
  @Override
  public String toString() {
    return statement + " → " + cell.map(Object::toString).orElse("—") + ": " + verdict();
  }
}
