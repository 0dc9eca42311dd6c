package io.github.fiscaltransfer.examples;

import io.github.fiscaltransfer.hierarchy.FundFlow;
import io.github.fiscaltransfer.hierarchy.Reconciliation;
import io.github.fiscaltransfer.notice.TransferNotice;
import io.github.fiscaltransfer.performance.SelfEvaluation;
import io.github.fiscaltransfer.unit.FiscalUnit;
import io.github.fiscaltransfer.validation.ValidationReport;
import java.io.PrintStream;
import java.util.List;

/**
 * The seeds as one fund flow: 粤财社〔2021〕307号 and 梁河县's notice, two branches of the grant Z155080000004
 * whose links (财社〔2021〕156号, 德财社〔2022〕11号) are not in the seeds; 江财社〔2023〕16号 confirming three
 * pre-allocations; and seed 003's self-evaluation of 307号's 196 万元 for 江门市.
 */
public final class SeedFlow {

  private final FundFlow flow;
  private final TransferNotice confirmation;

  private SeedFlow(FundFlow flow, TransferNotice confirmation) {
    this.flow = flow;
    this.confirmation = confirmation;
  }

  /**
   * Returns the flow of seeds 000–002.
   *
   * @return the flow, not null
   */
  public static SeedFlow of() {
    TransferNotice jiangmen16 = SeedNotices.jiangmen16();
    return new SeedFlow(FundFlow.of(List.of(SeedNotices.guangdong307(), SeedNotices.lianghe(), jiangmen16)),
        jiangmen16);
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
   * Returns the 多退少补 of each grant 江财社〔2023〕16号 confirms.
   *
   * @return the reconciliations, not null
   */
  public List<Reconciliation> reconciliations() {
    return Reconciliation.confirmedBy(confirmation);
  }

  /**
   * Checks a self-evaluation against the flow.
   *
   * @param evaluation the evaluation, not null
   * @param evaluator the evaluating unit, not null
   * @return the report, not null
   */
  public ValidationReport evaluation(SelfEvaluation evaluation, FiscalUnit evaluator) {
    return flow.validate(evaluation, evaluator);
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
    out.println("   chain: " + indent(chain().toString()));
    reconciliations().forEach(reconciliation -> out.println("   " + indent(reconciliation.toString())));
  }

  static String indent(String text) {
    return text.replace("\n", "\n     ");
  }
}
