package io.github.fiscaltransfer.examples;

import io.github.fiscaltransfer.budget.DepartmentBudget;
import io.github.fiscaltransfer.reader.ReadResult;
import io.github.fiscaltransfer.reader.SeedTexts;
import io.github.fiscaltransfer.reader.text.NarrativeTextReader;
import io.github.fiscaltransfer.statement.Narrative;
import io.github.fiscaltransfer.statement.NarrativeValidator;
import io.github.fiscaltransfer.statement.StatementVerdict;
import io.github.fiscaltransfer.validation.Severity;
import java.io.PrintStream;
import java.util.List;

/**
 * Seed 004's prose (文字部分) read from its published text and checked against its tables: every statement with the
 * cell it restates and its verdict.
 */
public final class SeedBudgetStatements {

  private SeedBudgetStatements() {}

  /**
   * Reads seed 004's statements and judges them against the seed's tables.
   *
   * @return the verdicts, one a statement in printed order, not null
   */
  public static List<StatementVerdict> verdicts() {
    DepartmentBudget budget = SeedBudget.document();
    ReadResult<Narrative> read = read(budget);
    return NarrativeValidator.builtIn().verdicts(budget, read.document().orElseThrow());
  }

  /** Reads seed 004's prose. */
  static ReadResult<Narrative> read(DepartmentBudget budget) {
    return NarrativeTextReader.create().read(SeedTexts.text(SeedTexts.SHENZHEN_BUDGET), budget);
  }

  /**
   * Prints every statement with its verdict, then the findings that are not information.
   *
   * @param out where to print, not null
   */
  public static void print(PrintStream out) {
    List<StatementVerdict> verdicts = verdicts();
    long linked = verdicts.stream().filter(v -> v.cell().isPresent()).count();
    out.println("== seed 004's prose (文字部分): " + verdicts.size() + " statements, " + linked
        + " linked to a cell, " + verdicts.stream().filter(v -> !v.passes()).count() + " reported");
    verdicts.forEach(v -> out.println("   " + v));
    verdicts.stream().flatMap(v -> v.findings().stream()).filter(f -> f.severity() != Severity.INFO)
        .forEach(f -> out.println("   " + f));
  }
}
