package io.github.fiscaltransfer.reader.text;

import io.github.fiscaltransfer.reader.SourcePosition;
import java.util.function.IntPredicate;

/**
 * A run of lines joined into one text, each line stripped and joined with nothing between (a PDF line break in
 * Chinese prose falls between characters of one phrase), remembering the source position of every character.
 */
final class JoinedText {

  private final String text;
  private final int[] lines;
  private final int[] columns;

  private JoinedText(String text, int[] lines, int[] columns) {
    this.text = text;
    this.lines = lines;
    this.columns = columns;
  }

  /** Joins the lines {@code from} (inclusive) to {@code to} (exclusive), 0-based. */
  static JoinedText of(SourceLines source, int from, int to) {
    return of(source, from, to, index -> false);
  }

  /** Joins the lines {@code from} (inclusive) to {@code to} (exclusive), 0-based, leaving out the skipped ones. */
  static JoinedText of(SourceLines source, int from, int to, IntPredicate skip) {
    StringBuilder text = new StringBuilder();
    int length = 0;
    for (int i = from; i < to; i++) {
      length += source.line(i).length();
    }
    int[] lines = new int[length + 1];
    int[] columns = new int[length + 1];
    int lastLine = Math.max(from, 0);
    for (int i = from; i < to; i++) {
      String line = source.line(i);
      String stripped = skip.test(i) ? "" : line.strip();
      int offset = stripped.isEmpty() ? 0 : line.indexOf(stripped);
      for (int c = 0; c < stripped.length(); c++) {
        lines[text.length()] = i;
        columns[text.length()] = offset + c;
        text.append(stripped.charAt(c));
      }
      lastLine = stripped.isEmpty() ? lastLine : i;
    }
    lines[text.length()] = lastLine;
    return new JoinedText(text.toString(), lines, columns);
  }

  String text() {
    return text;
  }

  /** Returns the source position of the character at an offset (the end maps to the last line). */
  SourcePosition at(int offset) {
    return SourcePosition.inText(lines[offset] + 1, columns[offset] + 1);
  }
}
