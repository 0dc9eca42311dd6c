package io.github.fiscaltransfer.validation;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One result of a validation rule: which rule, how serious, where, what was expected, what was found, and why.
 *
 * <p>Immutable and thread-safe. Build with {@link #error}, {@link #warning}, {@link #info} or {@link #builder()}.
 */
@Value.Immutable
public abstract class Finding {

  Finding() {}

  /**
   * Returns the id of the rule that made this finding, such as {@code table.sum}.
   *
   * @return the rule id, not null
   */
  public abstract String ruleId();

  /**
   * Returns how serious the finding is.
   *
   * @return the severity, not null
   */
  public abstract Severity severity();

  /**
   * Returns where in the document the finding is, such as {@code allocationTable.lines[12].amount}.
   *
   * @return the path, not null (empty for the document as a whole)
   */
  public abstract String path();

  /**
   * Returns what the rule expected, as text, where that makes sense.
   *
   * @return the expected value, not null
   */
  public abstract Optional<String> expected();

  /**
   * Returns what the document has, as text, where that makes sense.
   *
   * @return the actual value, not null
   */
  public abstract Optional<String> actual();

  /**
   * Returns a sentence that says what is wrong.
   *
   * @return the message, not null
   */
  public abstract String message();

  @Value.Check
  void check() {
    if (ruleId().isBlank()) {
      throw new IllegalArgumentException("Finding rule id must not be blank");
    }
    if (message().isBlank()) {
      throw new IllegalArgumentException("Finding message must not be blank: " + ruleId());
    }
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns an error finding with expected and actual values.
   *
   * @param ruleId the rule id, not null
   * @param path where, not null
   * @param expected what the rule expected, not null
   * @param actual what the document has, not null
   * @param message why, not null
   * @return the finding, not null
   */
  public static Finding error(String ruleId, String path, Object expected, Object actual, String message) {
    return of(Severity.ERROR, ruleId, path, expected, actual, message);
  }

  /**
   * Returns a warning finding with expected and actual values.
   *
   * @param ruleId the rule id, not null
   * @param path where, not null
   * @param expected what the rule expected, not null
   * @param actual what the document has, not null
   * @param message why, not null
   * @return the finding, not null
   */
  public static Finding warning(String ruleId, String path, Object expected, Object actual, String message) {
    return of(Severity.WARNING, ruleId, path, expected, actual, message);
  }

  /**
   * Returns an informational finding with expected and actual values.
   *
   * @param ruleId the rule id, not null
   * @param path where, not null
   * @param expected what the rule expected, not null
   * @param actual what the document has, not null
   * @param message why, not null
   * @return the finding, not null
   */
  public static Finding info(String ruleId, String path, Object expected, Object actual, String message) {
    return of(Severity.INFO, ruleId, path, expected, actual, message);
  }

  /**
   * Returns a finding with expected and actual values.
   *
   * @param severity how serious, not null
   * @param ruleId the rule id, not null
   * @param path where, not null
   * @param expected what the rule expected, not null
   * @param actual what the document has, not null
   * @param message why, not null
   * @return the finding, not null
   */
  public static Finding of(
      Severity severity, String ruleId, String path, Object expected, Object actual, String message) {
    return builder()
        .severity(severity)
        .ruleId(ruleId)
        .path(path)
        .expected(String.valueOf(expected))
        .actual(String.valueOf(actual))
        .message(message)
        .build();
  }

  /**
   * Returns a line such as {@code ERROR table.sum at allocationTable.total: expected 10,831, actual 10,830 —
   * the lines do not add up to the declared total}.
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder()
        .append(severity()).append(' ').append(ruleId());
    if (!path().isEmpty()) {
      text.append(" at ").append(path());
    }
    text.append(": ");
    expected().ifPresent(value -> text.append("expected ").append(value).append(", "));
    actual().ifPresent(value -> text.append("actual ").append(value).append(" — "));
    return text.append(message()).toString();
  }

  /** Builds a {@link Finding}; severity, rule id, path and message are required. */
  public static final class Builder extends ImmutableFinding.Builder {
    Builder() {}
  }
}
