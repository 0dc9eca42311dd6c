package io.github.fiscaltransfer.validation;

import java.util.Locale;
import java.util.Objects;

/**
 * A validation rule: its {@link RuleDescriptor} (id, usual severity, summary) and the findings it makes.
 *
 * <p>Each package documents its built-in rules as an enum implementing this interface, each constant holding one
 * descriptor; a policy ({@code io.github.fiscaltransfer.policy.ValidationPolicy}) can turn a rule off or change its
 * severity by rule or by id. Implementations are immutable and thread-safe.
 *
 * <p>A built-in rule's words are in its family's message bundles ({@link MessageSource}), English and Chinese, keyed
 * by the rule id or the rule id, a dot and a variant; its findings carry the key and the {@link Arguments} the
 * templates name, made in one line by the overloads that take them.
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
   * Returns what the rule checks, in one line, in a locale's language: the {@code summary.} + id entry of the
   * bundles there, or the English {@link #summary()}.
   *
   * @param locale the language, not null
   * @return the summary, not null
   */
  default String summary(Locale locale) {
    return descriptor().summary(locale);
  }

  /**
   * Returns a finding of this rule at its usual severity, its message the template of the rule id.
   *
   * @param at where in the document's JSON form, not null
   * @param expected what the rule expected, not null
   * @param actual what the document has, not null
   * @param arguments the arguments the templates name, not null
   * @return the finding, not null
   * @throws IllegalStateException if no base bundle has the rule id
   */
  default Finding finding(JsonPointer at, Object expected, Object actual, Arguments arguments) {
    return finding(severity(), at, expected, actual, arguments);
  }

  /**
   * Returns a finding of this rule at the given severity, its message the template of the rule id.
   *
   * @param severity how serious, not null
   * @param at where in the document's JSON form, not null
   * @param expected what the rule expected, not null
   * @param actual what the document has, not null
   * @param arguments the arguments the templates name, not null
   * @return the finding, not null
   * @throws IllegalStateException if no base bundle has the rule id
   */
  default Finding finding(Severity severity, JsonPointer at, Object expected, Object actual, Arguments arguments) {
    return finding(severity, at, expected, actual, null, arguments);
  }

  /**
   * Returns a finding of this rule at its usual severity, its message the template of a variant of the rule.
   *
   * @param at where in the document's JSON form, not null
   * @param expected what the rule expected, not null
   * @param actual what the document has, not null
   * @param variant the case of the rule, such as {@code rounded} for the key {@code table.sum.rounded}, not null
   * @param arguments the arguments the templates name, not null
   * @return the finding, not null
   * @throws IllegalStateException if no base bundle has the key
   */
  default Finding finding(JsonPointer at, Object expected, Object actual, String variant, Arguments arguments) {
    return finding(severity(), at, expected, actual, Objects.requireNonNull(variant, "variant"),
        arguments);
  }

  /**
   * Returns a finding of this rule at the given severity, its message the template of the rule id, or of the rule
   * id, a dot and the variant.
   *
   * @param severity how serious, not null
   * @param at where in the document's JSON form, not null
   * @param expected what the rule expected, not null
   * @param actual what the document has, not null
   * @param variant the case of the rule, or null for the rule id's own template
   * @param arguments the arguments the templates name, not null
   * @return the finding, not null
   * @throws IllegalStateException if no base bundle has the key
   */
  default Finding finding(Severity severity, JsonPointer at, Object expected, Object actual, String variant,
      Arguments arguments) {
    return Finding.of(severity, id(), at, expected, actual, variant, arguments);
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
