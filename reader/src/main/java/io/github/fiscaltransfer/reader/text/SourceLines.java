package io.github.fiscaltransfer.reader.text;

import io.github.fiscaltransfer.reader.SourcePosition;
import java.util.List;

/**
 * The lines of an extracted text, each normalised character by character (so columns stay those of the source):
 * full-width digits and spaces become half-width (a byte-order mark a space), and a full-width comma or point between
 * digits becomes
 * {@code ,} or {@code .}.
 */
final class SourceLines {

  private final List<String> lines;

  private SourceLines(List<String> lines) {
    this.lines = lines;
  }

  /** Splits a text into normalised lines. */
  static SourceLines of(CharSequence text) {
    return new SourceLines(text.toString().lines().map(SourceLines::normalise).toList());
  }

  /** Returns one line with the character normalisation applied; the length is unchanged. */
  static String normalise(String line) {
    char[] chars = line.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      char c = chars[i];
      if (c >= '０' && c <= '９') {
        chars[i] = (char) (c - '０' + '0');
      } else if (c == '\u3000' || c == '\u00a0' || c == '\ufeff') {
        chars[i] = ' ';
      }
    }
    for (int i = 1; i + 1 < chars.length; i++) {
      if ((chars[i] == '，' || chars[i] == '．') && isDigit(chars[i - 1]) && isDigit(chars[i + 1])) {
        chars[i] = chars[i] == '，' ? ',' : '.';
      }
    }
    return new String(chars);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  int size() {
    return lines.size();
  }

  /** Returns the normalised line at a 0-based index. */
  String line(int index) {
    return lines.get(index);
  }

  /** Returns the line at a 0-based index without leading and trailing white space. */
  String stripped(int index) {
    return lines.get(index).strip();
  }

  boolean isBlank(int index) {
    return lines.get(index).isBlank();
  }

  /** Returns the position of the first non-blank character of a line (column 1 for a blank line). */
  SourcePosition start(int index) {
    String line = lines.get(index);
    int column = line.length() - line.stripLeading().length();
    return SourcePosition.inText(index + 1, column + 1);
  }

  /** Returns the position of a 0-based column of a line. */
  SourcePosition at(int index, int column) {
    return SourcePosition.inText(index + 1, column + 1);
  }
}
