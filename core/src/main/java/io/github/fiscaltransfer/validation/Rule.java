package io.github.fiscaltransfer.validation;

/**
 * A validation rule: its id and usual severity, and the findings it makes. Each package documents its rules as an
 * enum implementing this interface.
 */
public interface Rule {

  /**
   * Returns the rule id findings carry, such as {@code table.sum}.
   *
   * @return the id, not null
   */
  String id();

  /**
   * Returns the usual severity of the rule's findings.
   *
   * @return the severity, not null
   */
  Severity severity();

  /**
   * Returns a finding of this rule at its usual severity.
   *
   * @param path where, not null
   * @param expected what the rule expected, not null
   * @param actual what the document has, not null
   * @param message why, not null
   * @return the finding, not null
   */
  default Finding finding(String path, Object expected, Object actual, String message) {
    return finding(severity(), path, expected, actual, message);
  }

  /**
   * Returns a finding of this rule at the given severity, for milder or graver cases of the rule.
   *
   * @param severity how serious, not null
   * @param path where, not null
   * @param expected what the rule expected, not null
   * @param actual what the document has, not null
   * @param message why, not null
   * @return the finding, not null
   */
  default Finding finding(Severity severity, String path, Object expected, Object actual, String message) {
    return Finding.of(severity, id(), path, expected, actual, message);
  }
}
