package io.github.fiscaltransfer.policy;

import io.github.fiscaltransfer.validation.Finding;
import io.github.fiscaltransfer.validation.JsonPointer;
import io.github.fiscaltransfer.validation.Rule;
import io.github.fiscaltransfer.validation.RuleDescriptor;
import io.github.fiscaltransfer.validation.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A rule of the user's own (本地审核规则), run beside the built-in rules on every document of one kind, such as
 * "every line of a county notice is at least 1万元".
 *
 * <p>Build one with {@link #of}; the check reports through a {@link Findings} that stamps the rule's id and
 * severity. Its pointers are relative to the document's JSON form, as the built-in rules' are. Immutable and
 * thread-safe if the check is.
 *
 * @param <D> the kind of document the rule checks, such as {@code TransferNotice}
 */
public final class CustomRule<D> implements Rule {

  /**
   * The check of a custom rule.
   *
   * @param <D> the kind of document it checks
   */
  @FunctionalInterface
  public interface Check<D> {

    /**
     * Checks one document, reporting each problem to {@code out}.
     *
     * @param document the document, not null
     * @param context the reference data, not null
     * @param out where findings go, not null
     */
    void check(D document, RuleContext context, Findings out);
  }

  /** Where a custom rule's check reports; each finding carries the rule's id and severity. */
  public interface Findings {

    /**
     * Reports a finding at the rule's severity.
     *
     * @param at where in the document's JSON form, not null
     * @param expected what the rule expected, not null
     * @param actual what the document has, not null
     * @param message why, not null or blank
     */
    void report(JsonPointer at, Object expected, Object actual, String message);
  }

  private final RuleDescriptor descriptor;
  private final Class<D> documentType;
  private final Check<D> check;

  private CustomRule(RuleDescriptor descriptor, Class<D> documentType, Check<D> check) {
    this.descriptor = descriptor;
    this.documentType = documentType;
    this.check = check;
  }

  /**
   * Returns a custom rule.
   *
   * @param <D> the kind of document
   * @param id the rule id, such as {@code local.minimum-line}, not null
   * @param severity the severity of its findings, not null
   * @param summary what it checks, in one line, not null
   * @param documentType the kind of document it checks, such as {@code TransferNotice.class}, not null
   * @param check the check, not null
   * @return the rule, not null
   * @throws IllegalArgumentException if the id is not of the form {@code family.name} or the summary is blank
   */
  public static <D> CustomRule<D> of(String id, Severity severity, String summary, Class<D> documentType,
      Check<D> check) {
    Objects.requireNonNull(documentType, "documentType");
    Objects.requireNonNull(check, "check");
    return new CustomRule<>(RuleDescriptor.of(id, severity, summary), documentType, check);
  }

  @Override
  public RuleDescriptor descriptor() {
    return descriptor;
  }

  /**
   * Returns the kind of document the rule checks.
   *
   * @return the document type, not null
   */
  public Class<D> documentType() {
    return documentType;
  }

  /**
   * Runs the rule on a document if it is of the rule's kind.
   *
   * @param document the document, not null
   * @param context the reference data, not null
   * @return the rule's findings, empty for a document of another kind, not null
   */
  public List<Finding> check(Object document, RuleContext context) {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(context, "context");
    if (!documentType.isInstance(document)) {
      return List.of();
    }
    List<Finding> findings = new ArrayList<>();
    check.check(documentType.cast(document), context,
        (at, expected, actual, message) -> findings.add(finding(at, expected, actual, message)));
    return findings;
  }

  /** Returns the rule's descriptor, such as {@code local.minimum-line (error): every line is at least 1万元}. */
  @Override
  public String toString() {
    return descriptor.toString();
  }
}
