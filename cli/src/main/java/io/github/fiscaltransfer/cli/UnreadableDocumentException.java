package io.github.fiscaltransfer.cli;

import io.github.fiscaltransfer.reader.ReadReport;
import io.github.fiscaltransfer.validation.Finding;
import io.github.fiscaltransfer.validation.Severity;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A file that is not a valid document: which file, where in it and why; for a source from which a reader built no
 * document, its {@code read.*} errors, said in the command's language by {@link #describe(CliText)}.
 */
final class UnreadableDocumentException extends IOException {

  private static final long serialVersionUID = 1L;

  private final transient Path file;
  private final String what;
  private final transient List<Finding> errors;

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
    this.file = file;
    this.what = null;
    this.errors = List.of();
  }

  private UnreadableDocumentException(Path file, String what, List<Finding> errors) {
    super(message(file, what, errors, CliText.of(Language.EN)));
    this.file = file;
    this.what = what;
    this.errors = errors;
  }

  /**
   * Returns the exception for a source from which a reader built no document: its {@code read.*} errors say why.
   *
   * @param file the file, not null
   * @param what the key of what was to be read in the command's words, such as {@code kind.NOTICE}, not null
   * @param report the read report, not null
   * @return the exception, not null
   */
  static UnreadableDocumentException nothingRead(Path file, String what, ReadReport report) {
    return new UnreadableDocumentException(file, what, report.findings().findings(Severity.ERROR));
  }

  /** The message in a language: for a source read into nothing, its errors in that language; else the message. */
  String describe(CliText text) {
    return what == null ? getMessage() : message(file, what, errors, text);
  }

  private static String message(Path file, String what, List<Finding> errors, CliText text) {
    return text.text("unreadable.file", file, text.text("unreadable.nothing", text.text(what), errors.stream()
        .map(error -> error.line(text.language().locale())).collect(Collectors.joining(text.text("unreadable.separator")))));
  }
}
