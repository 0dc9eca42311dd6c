package io.github.fiscaltransfer.reader.text;

import io.github.fiscaltransfer.reader.DisplayWidth;
import io.github.fiscaltransfer.reader.SourcePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One line of a laid-out table (as {@code pdftotext -layout} or {@code PdfText.layout()} print it) cut into pieces,
 * each with the display columns it spans ({@link DisplayWidth}): a figure ({@code 1,234.50}, or a dash for a blank
 * cell), a subject code or a part of one ({@code 201}, {@code 06}), or text, words one space apart being one text.
 * A code glued to its name ({@code 310资本性支出}) is two pieces; a form feed (a page break) is white space.
 */
record PrintedLine(int index, List<PrintedLine.Piece> pieces) {

  private static final Pattern FIGURE = Pattern.compile("[+-]?(\\d{1,3}(,\\d{3})+|\\d+)\\.\\d+|[+-]?\\d{1,3}(,\\d{3})+");
  private static final Pattern DASH = Pattern.compile("[-—－–]{1,2}");
  private static final Pattern CODE = Pattern.compile("\\d{3}|\\d{5}|\\d{7}");
  private static final Pattern CODE_PART = Pattern.compile("\\d{2}");
  private static final Pattern GLUED = Pattern.compile("(\\d{3}|\\d{5}|\\d{7})(\\D.*)");

  /** What a piece is. */
  enum Kind { FIGURE, DASH, CODE, CODE_PART, TEXT }

  /**
   * One piece: its text, kind, first and past-the-end display columns, and where it starts.
   *
   * @param text the text, not blank
   * @param kind what it is
   * @param start the display column it starts at
   * @param end the display column after its last character
   * @param position where it starts in the source
   */
  record Piece(String text, Kind kind, int start, int end, SourcePosition position) {

    boolean isFigure() {
      return kind == Kind.FIGURE || kind == Kind.DASH;
    }
  }

  /** Cuts a line into pieces. */
  static PrintedLine of(SourceLines lines, int index) {
    String line = lines.line(index);
    List<Piece> pieces = new ArrayList<>();
    int column = 0;
    int i = 0;
    int spaces = 0;
    boolean tab = false;
    while (i < line.length()) {
      char c = line.charAt(i);
      if (c == ' ' || c == '\t' || c == '\f') {
        spaces++;
        tab |= c == '\t';
        column++;
        i++;
        continue;
      }
      int from = i;
      int start = column;
      while (i < line.length() && " \t\f".indexOf(line.charAt(i)) < 0) {
        column += DisplayWidth.of(line.charAt(i));
        i++;
      }
      add(pieces, line.substring(from, i), start, column, lines.at(index, from), spaces > 1 || tab);
      spaces = 0;
      tab = false;
    }
    return new PrintedLine(index, List.copyOf(pieces));
  }

  private static void add(List<Piece> pieces, String word, int start, int end, SourcePosition at, boolean cellBreak) {
    Kind kind = kind(word);
    var glued = GLUED.matcher(word);
    if (kind == Kind.TEXT && glued.matches()) {
      int digits = glued.group(1).length();
      pieces.add(new Piece(glued.group(1), Kind.CODE, start, start + digits, at));
      pieces.add(new Piece(glued.group(2), Kind.TEXT, start + digits, end,
          SourcePosition.inText(at.line(), at.column() + digits)));
      return;
    }
    Piece last = pieces.isEmpty() ? null : pieces.get(pieces.size() - 1);
    if (kind == Kind.TEXT && !cellBreak && last != null && last.kind() == Kind.TEXT) {
      pieces.set(pieces.size() - 1, new Piece(last.text() + " " + word, Kind.TEXT, last.start(), end, last.position()));
      return;
    }
    pieces.add(new Piece(word, kind, start, end, at));
  }

  private static Kind kind(String word) {
    if (FIGURE.matcher(word).matches()) {
      return Kind.FIGURE;
    }
    if (DASH.matcher(word).matches()) {
      return Kind.DASH;
    }
    if (CODE.matcher(word).matches()) {
      return Kind.CODE;
    }
    return CODE_PART.matcher(word).matches() ? Kind.CODE_PART : Kind.TEXT;
  }

  boolean isEmpty() {
    return pieces.isEmpty();
  }

  /** Returns the figures (and dashes) in printed order. */
  List<Piece> figures() {
    return pieces.stream().filter(Piece::isFigure).toList();
  }

  /** Returns the text pieces joined without spaces, in printed order. */
  String text() {
    StringBuilder text = new StringBuilder();
    pieces.stream().filter(p -> p.kind() == Kind.TEXT).forEach(p -> text.append(p.text().replace(" ", "")));
    return text.toString();
  }

  /** Returns whether the line is only text (a header or a wrapped name). */
  boolean onlyText() {
    return !pieces.isEmpty() && pieces.stream().allMatch(p -> p.kind() == Kind.TEXT);
  }
}
