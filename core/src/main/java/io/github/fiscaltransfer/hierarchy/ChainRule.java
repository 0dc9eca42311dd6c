package io.github.fiscaltransfer.hierarchy;

import io.github.fiscaltransfer.validation.Rule;
import io.github.fiscaltransfer.validation.RuleDescriptor;
import io.github.fiscaltransfer.validation.Severity;

/**
 * The rules {@link FundFlow#validate()} checks on every link of a fund chain (资金链), and
 * {@link FundFlow#validate(io.github.fiscaltransfer.evaluation.SelfEvaluation, io.github.fiscaltransfer.unit.FiscalUnit)}
 * on a self-evaluation against the chain, each with its id and usual severity.
 *
 * <table>
 *   <caption>Chain rules</caption>
 *   <tr><th>id</th><th>severity</th><th>rule</th></tr>
 *   <tr><td>chain.amount</td><td>error (warning)</td><td>what the child notice states for the grant equals the
 *       parent's line for the child, exactly; where the parent's or the child's table is declared rounded, a
 *       difference no larger than half the coarser printed quantum (四舍五入) is a warning; a child paying a grant of
 *       its own out of the parent's money (从《…》中支付) states at most the line</td></tr>
 *   <tr><td>chain.unchecked</td><td>info</td><td>a link whose amounts could not be compared: the parent prints
 *       no line for the child (a table in an attachment not supplied, or none), or the child states no
 *       amount</td></tr>
 *   <tr><td>chain.project-code</td><td>error</td><td>the child keeps the parent's project code (项目代码)</td></tr>
 *   <tr><td>chain.label</td><td>error (info)</td><td>the child keeps every fund label (资金标识) of the parent
 *       with the same code; changed wording only is info</td></tr>
 *   <tr><td>chain.subject</td><td>error</td><td>the child's expenditure subject equals or lies under the
 *       parent's</td></tr>
 *   <tr><td>chain.fiscal-year</td><td>error</td><td>the child's grant is for the parent's fiscal year</td></tr>
 *   <tr><td>chain.unmatched</td><td>warning</td><td>a notice citing a notice of the set has a line there: the
 *       cited notice allocates the same grant to the citing notice's issuer</td></tr>
 *   <tr><td>chain.orphan</td><td>info</td><td>a notice without a parent in the set cites a document that is
 *       not in the set</td></tr>
 *   <tr><td>chain.kin</td><td>info</td><td>an orphan allocates a grant (same project code) that a notice of a
 *       higher level in the set also allocates, through links not in the set; its labels, subject and fiscal
 *       year are checked against that notice's by the rules above</td></tr>
 *   <tr><td>chain.subtotal</td><td>error (warning)</td><td>reported by {@code validate()} and on its own by
 *       {@link RollUp#subtotals(FundFlow)}: a parent's line for a child that distributes it further is given out
 *       exactly by the child's table (each shortfall once, where it happens: a table that gives out what the child
 *       states is {@code chain.amount}'s case, a line distributed further is checked at its own link); within the
 *       envelope of a table declared rounded, a warning</td></tr>
 *   <tr><td>chain.evaluation-amount</td><td>error</td><td>a self-evaluation (绩效自评) evaluates, for funds
 *       allocated by a notice of the set, exactly that notice's line for the evaluating unit</td></tr>
 *   <tr><td>chain.evaluation-unchecked</td><td>info</td><td>a self-evaluation's budget line was not compared
 *       with a notice: its basis is not in the set, or the funds were carried over (结转)</td></tr>
 * </table>
 *
 * <p>Immutable and thread-safe.
 */
public enum ChainRule implements Rule {
  /** The child distributes what the parent gives it. */
  AMOUNT("chain.amount", Severity.ERROR,
      "the child distributes what the parent gives it"),
  /** A link's amounts could not be compared. */
  UNCHECKED("chain.unchecked", Severity.INFO,
      "a link's amounts could not be compared: the parent prints no line for the child, or the child no amount"),
  /** The project code is carried unchanged. */
  PROJECT_CODE("chain.project-code", Severity.ERROR,
      "the project code is carried unchanged"),
  /** Every fund label is carried with the same code. */
  LABEL("chain.label", Severity.ERROR,
      "every fund label is carried with the same code"),
  /** The child's subject lies in the parent's subtree. */
  SUBJECT("chain.subject", Severity.ERROR,
      "the child's subject lies in the parent's subtree"),
  /** The fiscal year is carried unchanged. */
  FISCAL_YEAR("chain.fiscal-year", Severity.ERROR,
      "the fiscal year is carried unchanged"),
  /** A notice cited by another has a line for the citing notice's issuer. */
  UNMATCHED("chain.unmatched", Severity.WARNING,
      "a notice cited by another has a line for the citing notice's issuer"),
  /** A notice cites a parent that is not in the set. */
  ORPHAN("chain.orphan", Severity.INFO,
      "a notice cites a parent that is not in the set"),
  /** An orphan allocates a grant that a higher-level notice of the set also allocates. */
  KIN("chain.kin", Severity.INFO,
      "an orphan allocates a grant that a higher-level notice of the set also allocates"),
  /** A printed subtotal is what rolls up below it (reported by {@link RollUp#subtotals(FundFlow)}). */
  SUBTOTAL("chain.subtotal", Severity.ERROR,
      "a printed subtotal is what rolls up below it"),
  /** A self-evaluation evaluates what the notice it cites allocated. */
  EVALUATION_AMOUNT("chain.evaluation-amount", Severity.ERROR,
      "a self-evaluation evaluates what the notice it cites allocated"),
  /** A self-evaluation's budget line could not be compared with a notice. */
  EVALUATION_UNCHECKED("chain.evaluation-unchecked", Severity.INFO,
      "a self-evaluation's budget line could not be compared with a notice");

  private final RuleDescriptor descriptor;

  ChainRule(String id, Severity severity, String summary) {
    this.descriptor = RuleDescriptor.of(id, severity, summary);
  }

  @Override
  public RuleDescriptor descriptor() {
    return descriptor;
  }

  /** Returns the rule id, such as {@code chain.amount}. */
  @Override
  public String toString() {
    return descriptor.id();
  }
}
