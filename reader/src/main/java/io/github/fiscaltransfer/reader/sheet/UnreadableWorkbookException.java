package io.github.fiscaltransfer.reader.sheet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A workbook that cannot be opened at all: corrupt, not a spreadsheet, protected by a password, too large, or over a
 * {@link HostileFileLimits hostile-file limit}. The message names the file and says why in a budget officer's words,
 * never a Java exception or a library setting: {@code Cannot read workbook 附件1.xlsx: it expands 300× when unpacked;
 * refused as unsafe}. The library's own exception is kept as the cause, for a developer. A sheet that opens is read,
 * its damaged cells reported as findings.
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
