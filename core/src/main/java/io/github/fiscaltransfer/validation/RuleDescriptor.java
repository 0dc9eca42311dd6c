package io.github.fiscaltransfer.validation;

import java.util.Locale;
import java.util.Objects;

/**
 * What a validation rule is: its stable id, its usual severity and a one-line summary of what it checks.
 *
 * <p>Every rule family (an enum implementing {@link Rule}) holds one descriptor per constant, as
 * {@code java.time.temporal.ChronoField} holds its {@code ValueRange}. Immutable and thread-safe.
 *
 * @param id the rule id findings carry, such as {@code table.sum}: lower case, dot-separated words of letters, digits
 *     and hyphens
 * @param severity the severity of the rule's findings unless a policy changes it
 * @param summary what the rule checks, in one line, such as {@code the lines add up to the declared total (合计)}
 */
public record RuleDescriptor(String id, Severity severity, String summary) {

  /**
   * Checks the parts of a descriptor.
   *
   * @throws IllegalArgumentException if the id is not of the form {@code family.name} or the summary is blank
   */
  public RuleDescriptor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(summary, "summary");
    if (!isRuleId(id)) {
      throw new IllegalArgumentException(
          "Rule id must be lower-case words joined by dots, such as table.sum: " + id);
    }
    if (summary.isBlank()) {
      throw new IllegalArgumentException("Rule summary must not be blank: " + id);
    }
  }

  /**
   * Returns a descriptor.
   *
   * @param id the rule id, such as {@code local.minimum-line}, not null
   * @param severity the usual severity, not null
   * @param summary what the rule checks, not null or blank
   * @return the descriptor, not null
   * @throws IllegalArgumentException if the id or summary is malformed
   */
  public static RuleDescriptor of(String id, Severity severity, String summary) {
    return new RuleDescriptor(id, severity, summary);
  }

  /**
   * Returns what the rule checks in a locale's language: the {@code summary.} + id entry of the message bundles
   * there ({@link Messages}), or the English {@link #summary()}.
   *
   * @param locale the language, such as {@link Locale#SIMPLIFIED_CHINESE}, not null
   * @return the summary, not null
   */
  public String summary(Locale locale) {
    return Messages.ownTemplate("summary." + id, locale).orElse(summary);
  }

  /** Linear scan: a letter or digit first, then letters, digits, '-' and '.', with a dot somewhere inside. */
  private static boolean isRuleId(String id) {
    if (id.isEmpty() || id.length() > 100 || id.charAt(0) == '.' || id.charAt(id.length() - 1) == '.') {
      return false;
    }
    boolean dot = false;
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (c == '.') {
        if (id.charAt(i - 1) == '.') {
          return false;
        }
        dot = true;
      } else if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '-' && i > 0))) {
        return false;
      }
    }
    return dot;
  }

  /** Returns {@code table.sum (error): the lines add up to the declared total (合计)}. */
  @Override
  public String toString() {
    return id + " (" + severity.id() + "): " + summary;
  }
}
