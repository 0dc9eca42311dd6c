package io.github.fiscaltransfer.validation;

/**
 * A validation rule: its {@link RuleDescriptor} (id, usual severity, summary) and the findings it makes.
 *
 * <p>Each package documents its built-in rules as an enum implementing this interface, each constant holding one
 * descriptor; a policy ({@code io.github.fiscaltransfer.policy.ValidationPolicy}) can turn a rule off or change its
 * severity by rule or by id. Implementations are immutable and thread-safe.
 */
public interface Rule {

  /**
   * Returns what the rule is.
   *
   * @return the descriptor, not null
   */
  RuleDescriptor descriptor();

  /**
   * Returns the rule id findings carry, such as {@code table.sum}.
   *
   * @return the id, not null
   */
  default String id() {
    return descriptor().id();
  }

  /**
   * Returns the usual severity of the rule's findings.
   *
   * @return the severity, not null
   */
  default Severity severity() {
    return descriptor().severity();
  }

  /**
   * Returns what the rule checks, in one line.
   *
   * @return the summary, not null
   */
  default String summary() {
    return descriptor().summary();
  }

  /**
   * Returns a finding of this rule at its usual severity.
   *
   * @param at where in the document's JSON form, not null
   * @param expected what the rule expected, not null
   * @param actual what the document has, not null
   * @param message why, not null
   * @return the finding, not null
   */
  default Finding finding(JsonPointer at, Object expected, Object actual, String message) {
    return finding(severity(), at, expected, actual, message);
  }

  /**
   * Returns a finding of this rule at the given severity, for milder or graver cases of the rule.
   *
   * @param severity how serious, not null
   * @param at where in the document's JSON form, not null
   * @param expected what the rule expected, not null
   * @param actual what the document has, not null
   * @param message why, not null
   * @return the finding, not null
   */
  default Finding finding(Severity severity, JsonPointer at, Object expected, Object actual, String message) {
    return Finding.of(severity, id(), at, expected, actual, message);
  }
}
