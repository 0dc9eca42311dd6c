package io.github.fiscaltransfer.examples;

import io.github.fiscaltransfer.budget.FinalAccounts;
import io.github.fiscaltransfer.reader.ReadResult;
import io.github.fiscaltransfer.reader.SeedTexts;
import io.github.fiscaltransfer.reader.text.NarrativeTextReader;
import io.github.fiscaltransfer.statement.Narrative;
import io.github.fiscaltransfer.statement.NarrativeValidator;
import io.github.fiscaltransfer.statement.StatementVerdict;
import io.github.fiscaltransfer.validation.Severity;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The 情况说明 of the two filled 决算 of the corpus read from their published text ({@code pdftotext -layout}) and
 * checked against their tables (the typed JSON of {@link RealFinalAccounts}): every statement with the cell it
 * restates and its verdict.
 */
public final class RealFinalAccountsStatements {

  /** The texts, as class-path resources, in the order of {@link RealFinalAccounts#FILES}. */
  public static final List<String> TEXTS = List.of("/real/putuo-planning-resources-2024-final-accounts.layout.txt",
      "/real/putuo-social-work-2024-final-accounts.layout.txt");

  private RealFinalAccountsStatements() {}

  /**
   * Reads one document's statements and judges them against its tables.
   *
   * @param index 0 or 1, the document of {@link RealFinalAccounts#FILES}
   * @return the verdicts, one a statement in printed order, not null
   */
  public static List<StatementVerdict> verdicts(int index) {
    FinalAccounts accounts = accounts(index);
    return NarrativeValidator.builtIn().verdicts(accounts, read(index).document().orElseThrow());
  }

  /** Reads one document's 情况说明. */
  static ReadResult<Narrative> read(int index) {
    return NarrativeTextReader.create().read(SeedTexts.text(TEXTS.get(index)), accounts(index));
  }

  static FinalAccounts accounts(int index) {
    try {
      return RealFinalAccounts.load(RealFinalAccounts.FILES.get(index));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Prints every statement of both documents with its verdict, then the findings that are not information.
   *
   * @param out where to print, not null
   */
  public static void print(PrintStream out) {
    for (int i = 0; i < TEXTS.size(); i++) {
      List<StatementVerdict> verdicts = verdicts(i);
      long linked = verdicts.stream().filter(v -> v.cell().isPresent()).count();
      out.println("== " + accounts(i).reference() + ", 情况说明: " + verdicts.size() + " statements, " + linked
          + " linked to a cell, " + verdicts.stream().filter(v -> !v.passes()).count() + " reported");
      verdicts.forEach(v -> out.println("   " + v));
      verdicts.stream().flatMap(v -> v.findings().stream()).filter(f -> f.severity() != Severity.INFO)
          .forEach(f -> out.println("   " + f));
    }
  }
}
