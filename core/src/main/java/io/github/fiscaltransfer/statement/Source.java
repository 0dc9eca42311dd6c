package io.github.fiscaltransfer.statement;

import java.util.Objects;

/**
 * Where a statement is printed: the 1-based line and column of its first character and the sentence as read.
 *
 * @param line the line, 1 or more
 * @param column the column, 1 or more
 * @param text the sentence (or clause) as read, not null
 */
public record Source(int line, int column, String text) {

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if line or column is below 1
   */
  public Source {
    Objects.requireNonNull(text, "text");
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("Line and column count from 1: " + line + ":" + column);
    }
  }

  /**
   * Returns the position as findings print it.
   *
   * @return {@code line 212, column 1}, not null
   */
  public String position() {
    return "line " + line + ", column " + column;
  }

  /** Returns {@code line 212, column 1: 2022年深圳市医疗保障局部门预算收入273,800万元}. */
  @Override
  public String toString() {
    return position() + ": " + text;
  }
}
