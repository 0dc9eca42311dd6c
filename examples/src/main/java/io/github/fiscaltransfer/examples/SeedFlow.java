package io.github.fiscaltransfer.examples;

import io.github.fiscaltransfer.deadline.Deadline;
import io.github.fiscaltransfer.document.NoticeDocument;
import io.github.fiscaltransfer.hierarchy.FundFlow;
import io.github.fiscaltransfer.hierarchy.Reconciliation;
import io.github.fiscaltransfer.notice.NoticeKind;
import io.github.fiscaltransfer.notice.TransferNotice;
import io.github.fiscaltransfer.evaluation.BudgetLine;
import io.github.fiscaltransfer.evaluation.SelfEvaluation;
import io.github.fiscaltransfer.unit.FiscalUnit;
import io.github.fiscaltransfer.unit.UnitRegistry;
import io.github.fiscaltransfer.validation.ValidationReport;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The seeds as one fund flow: 粤财社〔2021〕307号 and 梁河县's notice, two branches of the grant Z155080000004
 * whose links (财社〔2021〕156号, 德财社〔2022〕11号) are not in the seeds; 江财社〔2023〕16号 confirming three
 * pre-allocations; and seed 003's self-evaluation of 307号's 196 万元 for 江门市. Immutable.
 */
public final class SeedFlow {

  private static final UnitRegistry UNITS = UnitRegistry.builtIn();

  private final FundFlow flow;
  private final List<SelfEvaluation> evaluations;

  private SeedFlow(FundFlow flow, List<SelfEvaluation> evaluations) {
    this.flow = flow;
    this.evaluations = evaluations;
  }

  /**
   * Returns the flow of the seed documents: their notices linked, their self-evaluations checked against them.
   *
   * @param documents the seed documents, such as {@link SeedDocuments#load()}, not null
   * @return the flow, not null
   */
  public static SeedFlow of(List<NoticeDocument> documents) {
    List<TransferNotice> notices = documents.stream().flatMap(d -> d.notice().stream()).toList();
    return new SeedFlow(FundFlow.of(notices),
        documents.stream().flatMap(d -> d.selfEvaluation().stream()).toList());
  }

  /**
   * Returns the flow's chain findings: orphans, the kin check of 梁河县 against 307号, and any broken link.
   *
   * @return the report, not null
   */
  public ValidationReport chain() {
    return flow.validate();
  }

  /**
   * Returns the 多退少补 of every grant a confirming notice of the flow (江财社〔2023〕16号) confirms.
   *
   * @return the reconciliations, not null
   */
  public List<Reconciliation> reconciliations() {
    return flow.notices().stream().filter(notice -> notice.kind() == NoticeKind.CONFIRMATION)
        .flatMap(notice -> Reconciliation.confirmedBy(notice).stream()).toList();
  }

  /**
   * Checks each self-evaluation (seed 003) against the flow, for the unit its region names.
   *
   * @return one report a self-evaluation, not null
   */
  public List<ValidationReport> evaluations() {
    return evaluations.stream().map(evaluation -> flow.validate(evaluation, evaluator(evaluation))).toList();
  }

  /** The unit whose funds an evaluation evaluates: its printed region (江门市 for seed 003). */
  private static FiscalUnit evaluator(SelfEvaluation evaluation) {
    return evaluation.region().flatMap(UNITS::byName).orElseThrow(() -> new IllegalArgumentException(
        "The self-evaluation of " + evaluation.grantName() + " names no region the unit registry knows"));
  }

  /**
   * Prints the flow: roots and what they cite that is missing, the chain report and the reconciliations.
   *
   * @param out where to print, not null
   */
  public void print(PrintStream out) {
    out.println("== The seeds as one fund flow");
    for (TransferNotice root : flow.roots()) {
      List<?> missing = flow.missingCitations(root);
      out.println("   root " + root.reference() + " (" + root.issuer().name() + ")"
          + (missing.isEmpty() ? "" : ", cites " + missing + ", not in the seeds"));
    }
    printDates(out);
    out.println("   chain: " + indent(chain().toString()));
    for (int i = 0; i < evaluations.size(); i++) {
      SelfEvaluation evaluation = evaluations.get(i);
      FiscalUnit evaluator = evaluator(evaluation);
      out.println("   " + evaluation.grantName() + " " + evaluation.year() + " (绩效自评, " + evaluator.name()
          + ") against the flow: " + indent(evaluations().get(i).toString()));
      for (BudgetLine line : evaluation.budgetLines()) {
        flow.linesGiven(line, evaluator).stream().filter(given -> given.amount().isSameAmountAs(line.available()))
            .findFirst().ifPresent(given -> out.println("     " + line.available() + " of "
            + line.fundsYear() + " funds = " + line.basisDocument().orElseThrow() + "'s line " + given));
      }
    }
    reconciliations().forEach(reconciliation -> out.println("   " + indent(reconciliation.toString())));
  }

  /** Prints each dated notice (成文日期) and the days after its parent or the notices it confirms. */
  private void printDates(PrintStream out) {
    out.println("   dates and days (the day of the earlier notice not counted):");
    for (TransferNotice notice : flow.notices()) {
      notice.issueDate().ifPresent(date -> {
        StringBuilder line = new StringBuilder("     " + date + "  " + notice.reference());
        List<TransferNotice> earlier = new ArrayList<>(flow.parents(notice));
        earlier.addAll(notice.confirmed());
        for (TransferNotice before : earlier) {
          before.issueDate().ifPresent(beforeDate -> line.append(", ").append(Deadline.daysAfter(beforeDate, date))
              .append(" days after ").append(before.reference()));
        }
        flow.missingCitations(notice).forEach(cited -> line.append(", cites ").append(cited)
            .append(" (not in the seeds: supply the day it was received to check the deadline)"));
        out.println(line);
      });
    }
  }

  private static String indent(String text) {
    return text.replace("\n", "\n     ");
  }
}
