package io.github.fiscaltransfer.reader;

/**
 * Where a value was read (来源位置): a 1-based line and column of a text, or a sheet's row and column.
 *
 * <p>Immutable and thread-safe.
 *
 * @param source the source within the input, such as {@code text} or the sheet name {@code 附件1}, not blank
 * @param line the 1-based line (or row), positive
 * @param column the 1-based column, positive
 */
public record SourcePosition(String source, int line, int column) {

  /** The source name of positions in a plain text. */
  public static final String TEXT = "text";

  /**
   * Checks the position.
   *
   * @throws IllegalArgumentException if the source is blank or the line or column is not positive
   */
  public SourcePosition {
    if (source == null || source.isBlank()) {
      throw new IllegalArgumentException("Source position needs a source name: " + source);
    }
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("Source position line and column start at 1: " + line + ":" + column);
    }
  }

  /**
   * Returns a position in a plain text.
   *
   * @param line the 1-based line, positive
   * @param column the 1-based column, positive
   * @return the position, not null
   * @throws IllegalArgumentException if the line or column is not positive
   */
  public static SourcePosition inText(int line, int column) {
    return new SourcePosition(TEXT, line, column);
  }

  /** Returns {@code line 12, column 5} for a text, or {@code 附件1!C7} style {@code 附件1 row 7, column 3}. */
  @Override
  public String toString() {
    String place = (TEXT.equals(source) ? "line " : source + " row ") + line;
    return place + ", column " + column;
  }
}
