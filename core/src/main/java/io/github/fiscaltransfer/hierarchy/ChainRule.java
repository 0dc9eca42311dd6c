package io.github.fiscaltransfer.hierarchy;

import io.github.fiscaltransfer.validation.Rule;
import io.github.fiscaltransfer.validation.Severity;

/**
 * The rules {@link FundFlow#validate()} checks on every link of a fund chain (资金链), each with its id and usual
 * severity.
 *
 * <table>
 *   <caption>Chain rules</caption>
 *   <tr><th>id</th><th>severity</th><th>rule</th></tr>
 *   <tr><td>chain.amount</td><td>error (warning)</td><td>what the child notice states for the grant equals the
 *       parent's line for the child; a difference no larger than half the parent's printed quantum (四舍五入)
 *       is a warning</td></tr>
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
 * </table>
 *
 * <p>Immutable and thread-safe.
 */
public enum ChainRule implements Rule {
  /** The child distributes what the parent gives it. */
  AMOUNT("chain.amount", Severity.ERROR),
  /** The project code is carried unchanged. */
  PROJECT_CODE("chain.project-code", Severity.ERROR),
  /** Every fund label is carried with the same code. */
  LABEL("chain.label", Severity.ERROR),
  /** The child's subject lies in the parent's subtree. */
  SUBJECT("chain.subject", Severity.ERROR),
  /** The fiscal year is carried unchanged. */
  FISCAL_YEAR("chain.fiscal-year", Severity.ERROR),
  /** A notice cited by another has a line for the citing notice's issuer. */
  UNMATCHED("chain.unmatched", Severity.WARNING),
  /** A notice cites a parent that is not in the set. */
  ORPHAN("chain.orphan", Severity.INFO);

  private final String id;
  private final Severity severity;

  ChainRule(String id, Severity severity) {
    this.id = id;
    this.severity = severity;
  }

  /**
   * Returns the rule id findings carry, such as {@code chain.amount}.
   *
   * @return the id, not null
   */
  @Override
  public String id() {
    return id;
  }

  /**
   * Returns the usual severity of the rule's findings (some rules report milder cases more mildly).
   *
   * @return the severity, not null
   */
  @Override
  public Severity severity() {
    return severity;
  }
}
