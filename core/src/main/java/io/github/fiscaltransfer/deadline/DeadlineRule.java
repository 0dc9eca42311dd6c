package io.github.fiscaltransfer.deadline;

import io.github.fiscaltransfer.validation.Rule;
import io.github.fiscaltransfer.validation.RuleDescriptor;
import io.github.fiscaltransfer.validation.Severity;

/**
 * The rules on dates and deadlines (时限), checked by the chain validator ({@code FundFlow.validate}) and the
 * budget validator against the {@link DeadlineTable} and {@link SuppliedDates} of the validation policy. Each
 * finding names the deadline's legal basis.
 *
 * <table>
 *   <caption>Deadline rules</caption>
 *   <tr><th>id</th><th>severity</th><th>rule</th></tr>
 *   <tr><td>deadline.link</td><td>warning</td><td>a child notice is dated within its level's days after the
 *       day its issuer received the parent (province: 30 days, 预算法 第五十二条; for 提前下达 财预〔2015〕230号
 *       第十九条); without a supplied receipt date the days count from the parent's 成文日期, which is earlier,
 *       and the finding says so</td></tr>
 *   <tr><td>deadline.advance</td><td>warning</td><td>a 提前下达 notice for year Y is dated by its deadline
 *       (中央: 31 October of Y − 1, 财预〔2015〕230号 第十九条)</td></tr>
 *   <tr><td>deadline.date-order</td><td>error</td><td>a child notice is not dated before its parent: the
 *       chain is wrong or a date is</td></tr>
 *   <tr><td>deadline.approval</td><td>warning</td><td>a notice distributing a level's own budget is dated
 *       within 30 (一般性) or 60 (专项) days after its congress approved the budget, 90 for central special
 *       transfers, when the approval date is supplied (预算法 第五十二条)</td></tr>
 *   <tr><td>deadline.disclosure</td><td>warning</td><td>a department discloses its budget within 20 days after
 *       its 批复, when both dates are supplied (预算法 第十四条)</td></tr>
 * </table>
 *
 * <p>Immutable and thread-safe.
 */
public enum DeadlineRule implements Rule {
  /** A child notice is dated within its deadline after receiving the parent. */
  LINK("deadline.link", Severity.WARNING, "a child notice is dated within its deadline after receiving the parent"),
  /** A 提前下达 notice is dated by its deadline in the year before. */
  ADVANCE("deadline.advance", Severity.WARNING, "a 提前下达 notice is dated by its deadline in the year before"),
  /** A child notice is not dated before its parent. */
  DATE_ORDER("deadline.date-order", Severity.ERROR, "a child notice is not dated before its parent"),
  /** A notice of a level's own transfers is dated within its deadline after the congress approved the budget. */
  APPROVAL("deadline.approval", Severity.WARNING,
      "a notice of a level's own transfers is dated within its deadline after the budget's approval"),
  /** A department discloses its budget within its deadline after the 批复. */
  DISCLOSURE("deadline.disclosure", Severity.WARNING,
      "a department discloses its budget within its deadline after the 批复");

  private final RuleDescriptor descriptor;

  DeadlineRule(String id, Severity severity, String summary) {
    this.descriptor = RuleDescriptor.of(id, severity, summary);
  }

  @Override
  public RuleDescriptor descriptor() {
    return descriptor;
  }

  /** Returns the rule id, such as {@code deadline.link}. */
  @Override
  public String toString() {
    return descriptor.id();
  }
}
