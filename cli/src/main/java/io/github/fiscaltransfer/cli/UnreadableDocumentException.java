package io.github.fiscaltransfer.cli;

import io.github.fiscaltransfer.reader.ReadReport;
import io.github.fiscaltransfer.validation.Finding;
import io.github.fiscaltransfer.validation.Severity;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.stream.Collectors;

/** A file that is not a valid document: which file, where in it and why. */
final class UnreadableDocumentException extends IOException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param file the file, not null
   * @param where where in the file, such as {@code line 12, column 7, at /notice/allocations/0}, not null
   * @param reason why, not null
   * @param cause the reader's exception, or null
   */
  UnreadableDocumentException(Path file, String where, String reason, Throwable cause) {
    super(Objects.requireNonNull(file, "file") + (where.isEmpty() ? "" : ": " + where) + ": " + reason, cause);
  }

  /**
   * Returns the exception for a source from which a reader built no document: its {@code read.*} errors say why.
   *
   * @param file the file, not null
   * @param kind what was to be read, such as {@code notice (资金下达通知)}, not null
   * @param report the read report, not null
   * @return the exception, not null
   */
  static UnreadableDocumentException nothingRead(Path file, String kind, ReadReport report) {
    String errors = report.findings().findings(Severity.ERROR).stream().map(Finding::toString)
        .collect(Collectors.joining("; "));
    return new UnreadableDocumentException(file, "", "no " + kind + " could be read: " + errors, null);
  }
}
