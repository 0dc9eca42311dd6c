package io.github.fiscaltransfer.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * All the findings of one validation, in the order the rules made them.
 *
 * <p>Immutable and thread-safe.
 */
public final class ValidationReport {

  private static final ValidationReport EMPTY = new ValidationReport(List.of());

  private final List<Finding> findings;

  private ValidationReport(List<Finding> findings) {
    this.findings = findings;
  }

  /**
   * Returns a report with no findings.
   *
   * @return the empty report, not null
   */
  public static ValidationReport empty() {
    return EMPTY;
  }

  /**
   * Returns a report of the given findings, in their order.
   *
   * @param findings the findings, not null, no null elements
   * @return the report, not null
   */
  public static ValidationReport of(Collection<Finding> findings) {
    return findings.isEmpty() ? EMPTY : new ValidationReport(List.copyOf(findings));
  }

  /**
   * Returns a new report with this report's findings followed by another's.
   *
   * @param other the other report, not null
   * @return the combined report, not null
   */
  public ValidationReport plus(ValidationReport other) {
    Objects.requireNonNull(other, "other");
    List<Finding> all = new ArrayList<>(findings);
    all.addAll(other.findings);
    return of(all);
  }

  /**
   * Returns a new report with the same findings placed below a part of a larger document, such as a report of one
   * target table placed at {@code /targets/1} of the document holding it.
   *
   * @param prefix the pointer to the part within the document, not null
   * @return the relocated report, not null
   */
  public ValidationReport under(JsonPointer prefix) {
    Objects.requireNonNull(prefix, "prefix");
    return prefix.isRoot() ? this : of(findings.stream().map(f -> f.under(prefix)).toList());
  }

  /**
   * Returns a new report whose findings that name no document are located in the given one.
   *
   * @param reference the document's 发文字号 or stable key, not null
   * @return the located report, not null
   */
  public ValidationReport in(String reference) {
    Objects.requireNonNull(reference, "reference");
    List<Finding> located = new ArrayList<>(findings.size());
    for (Finding finding : findings) { // a loop, not a stream: asked once a notice
      located.add(finding.in(reference));
    }
    return of(located);
  }

  /**
   * Returns every finding, in the order the rules made them.
   *
   * @return the findings, not null, unmodifiable
   */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * Returns the findings of one severity.
   *
   * @param severity the severity, not null
   * @return the findings, not null, unmodifiable
   */
  public List<Finding> findings(Severity severity) {
    Objects.requireNonNull(severity, "severity");
    return findings.stream().filter(f -> f.severity() == severity).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the findings of one rule.
   *
   * @param ruleId the rule id, not null
   * @return the findings, not null, unmodifiable
   */
  public List<Finding> findings(String ruleId) {
    Objects.requireNonNull(ruleId, "ruleId");
    return findings.stream().filter(f -> f.ruleId().equals(ruleId)).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns whether any finding is an {@link Severity#ERROR}.
   *
   * @return true if the document has an error
   */
  public boolean hasErrors() {
    return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }

  /**
   * Returns whether there are no findings at all.
   *
   * @return true if empty
   */
  public boolean isEmpty() {
    return findings.isEmpty();
  }

  /**
   * Returns one line per finding in a locale's language ({@link Finding#line(Locale)}), in order.
   *
   * @param locale the language, such as {@link Locale#SIMPLIFIED_CHINESE}, not null
   * @return the lines, not null, unmodifiable
   */
  public List<String> lines(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return findings.stream().map(f -> f.line(locale)).toList();
  }

  /**
   * Returns the findings' messages in a locale's language ({@link Finding#message(Locale)}), in order.
   *
   * @param locale the language, not null
   * @return the messages, not null, unmodifiable
   */
  public List<String> messages(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return findings.stream().map(f -> f.message(locale)).toList();
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof ValidationReport other && findings.equals(other.findings);
  }

  @Override
  public int hashCode() {
    return findings.hashCode();
  }

  /** Returns {@code no findings}, or a count by severity followed by one finding a line. */
  @Override
  public String toString() {
    if (findings.isEmpty()) {
      return "no findings";
    }
    StringBuilder text = new StringBuilder()
        .append(findings(Severity.ERROR).size()).append(" error(s), ")
        .append(findings(Severity.WARNING).size()).append(" warning(s), ")
        .append(findings(Severity.INFO).size()).append(" info");
    findings.forEach(f -> text.append(System.lineSeparator()).append("  ").append(f));
    return text.toString();
  }
}
