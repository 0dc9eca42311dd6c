package io.github.fiscaltransfer.reader.sheet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A workbook that cannot be opened at all: corrupt, not a spreadsheet, too large, or over a
 * {@link HostileFileLimits hostile-file limit}. Names the file and the cause.
 */
public final class UnreadableWorkbookException extends IOException {

  private static final long serialVersionUID = 1L;

  private final transient Path file;

  UnreadableWorkbookException(Path file, String reason, Throwable cause) {
    super("Cannot read workbook " + file + ": " + reason, cause);
    this.file = Objects.requireNonNull(file, "file");
  }

  /**
   * Returns the file that could not be read.
   *
   * @return the path, not null
   */
  public Path file() {
    return file;
  }
}
