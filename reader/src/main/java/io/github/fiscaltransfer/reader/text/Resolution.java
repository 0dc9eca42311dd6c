package io.github.fiscaltransfer.reader.text;

import io.github.fiscaltransfer.reader.LocatedText;
import io.github.fiscaltransfer.reader.ReadReport;
import io.github.fiscaltransfer.validation.Arguments;
import io.github.fiscaltransfer.validation.Severity;
import java.util.function.Function;

/**
 * Resolves located texts into domain values for one document, recording each value's position under its document
 * path, and turning a text the domain type refuses into a {@code read.value} finding instead of an exception.
 */
final class Resolution {

  private final ReadReport.Builder report;

  Resolution(ReadReport.Builder report) {
    this.report = report;
  }

  ReadReport.Builder report() {
    return report;
  }

  /** Resolves a value: null (no finding) if it was not printed, null with a {@code read.value} finding if unreadable. */
  <T> T value(LocatedText text, String path, Function<String, T> parse, String what) {
    return report.resolve(text, path, parse, what).orElse(null);
  }

  /** Resolves a value the document cannot do without: reports it as absent (an error) when not printed. */
  <T> T required(LocatedText text, String path, Function<String, T> parse, String what) {
    if (text == null) {
      report.absent(path, Severity.ERROR, "required", Arguments.of("what", what));
    }
    return value(text, path, parse, what);
  }

  /** Resolves an optional value: reports it as absent (information) when not printed. */
  <T> T optional(LocatedText text, String path, Function<String, T> parse, String what) {
    if (text == null) {
      report.absent(path, Severity.INFO, "optional", Arguments.of("what", what));
    }
    return value(text, path, parse, what);
  }
}
