package io.github.fiscaltransfer.jackson.csv;

/**
 * Thrown when a CSV allocation table cannot be read: names the line and the reason, with the domain exception
 * (a bad amount, say) as the cause.
 */
public final class AllocationTableCsvException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final int line;

  AllocationTableCsvException(int line, String reason, Throwable cause) {
    super("Cannot read allocation table CSV at line " + line + ": " + reason, cause);
    this.line = line;
  }

  /**
   * Returns the line the problem is on, counting from 1.
   *
   * @return the line number
   */
  public int line() {
    return line;
  }
}
