package io.github.fiscaltransfer.cli;

import io.github.fiscaltransfer.validation.Severity;
import io.github.fiscaltransfer.validation.ValidationReport;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The command's own words (命令行文字) in one language: the lines it prints, its usage errors and the HTML report's
 * headings, from the {@code CliMessages} bundle (English base, {@code _zh} Chinese, UTF-8), each a
 * {@link MessageFormat} pattern with numbered arguments.
 *
 * <p>Immutable and thread-safe.
 */
final class CliText {

  /** The bundle's base name. */
  static final String BUNDLE = "io.github.fiscaltransfer.cli.CliMessages";

  private final Language language;
  private final ResourceBundle bundle;

  private CliText(Language language) {
    this.language = language;
    // English is the base bundle, asked for as the root locale so that a Chinese default locale never stands in.
    this.bundle = ResourceBundle.getBundle(BUNDLE, language == Language.EN ? Locale.ROOT : language.locale());
  }

  /** The words of a language. */
  static CliText of(Language language) {
    return new CliText(Objects.requireNonNull(language, "language"));
  }

  /** The language. */
  Language language() {
    return language;
  }

  /** The bundle, for the report's words. */
  ResourceBundle bundle() {
    return bundle;
  }

  /**
   * Returns a line: the key's pattern with the arguments filled in as given (numbers already printed).
   *
   * @throws java.util.MissingResourceException if no bundle has the key (a bug)
   */
  String text(String key, Object... arguments) {
    return new MessageFormat(bundle.getString(key), language.locale()).format(arguments);
  }

  /**
   * Returns a report as {@link ValidationReport#toString()} prints it, in this language: the counts by severity,
   * then one finding a line ({@link io.github.fiscaltransfer.validation.Finding#line}); in English exactly that.
   */
  String report(ValidationReport report) {
    if (report.isEmpty()) {
      return text("report.none");
    }
    StringBuilder text = new StringBuilder(counts(report));
    report.lines(language.locale()).forEach(line -> text.append(System.lineSeparator()).append("  ").append(line));
    return text.toString();
  }

  /** Returns {@code 1 error(s), 2 warning(s), 0 info}. */
  private String counts(ValidationReport report) {
    return text("report.counts", count(report, Severity.ERROR), count(report, Severity.WARNING),
        count(report, Severity.INFO));
  }

  private static String count(ValidationReport report, Severity severity) {
    return Integer.toString(report.findings(severity).size());
  }

  /** Returns {@code en} or {@code zh}. */
  @Override
  public String toString() {
    return language.toString();
  }
}
