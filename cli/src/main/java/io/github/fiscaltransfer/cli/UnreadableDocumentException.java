package io.github.fiscaltransfer.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

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
}
