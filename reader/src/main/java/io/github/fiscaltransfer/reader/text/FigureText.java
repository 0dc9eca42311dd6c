package io.github.fiscaltransfer.reader.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Joins the pieces of a figure that extraction split with spaces, only when the join is the one reading:
 * {@code 10,8 31} is {@code 10,831} ({@code 10,8} is no figure), while {@code 19 6} could be 196 or 19 and 6.
 */
final class FigureText {

  /** A figure as tables print it: {@code 10,831}, {@code 194.00}, {@code 76780000}. */
  private static final Pattern FIGURE = Pattern.compile("[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?");

  /** A piece a figure can be split into. */
  private static final Pattern PIECE = Pattern.compile("[+-]?[\\d,.]*\\d[\\d,.]*|[,.]");

  /** How the pieces read. */
  enum Kind {
    /** One piece that is a figure. */
    SINGLE,
    /** Several pieces that are certainly one figure. */
    JOINED,
    /** Several pieces that could be one figure or several. */
    AMBIGUOUS,
    /** Not a figure. */
    INVALID
  }

  /** The outcome: the figure's text (the pieces joined) and how it was read. */
  record Figure(String text, Kind kind) {}

  private FigureText() {}

  static boolean isFigure(String text) {
    return FIGURE.matcher(text).matches();
  }

  static boolean isPiece(String text) {
    return PIECE.matcher(text).matches();
  }

  /** Reads the pieces of one figure. */
  static Figure join(List<String> pieces) {
    String joined = String.join("", pieces);
    if (pieces.size() == 1) {
      return new Figure(joined, isFigure(joined) ? Kind.SINGLE : Kind.INVALID);
    }
    if (pieces.stream().allMatch(FigureText::isFigure)) {
      return new Figure(String.join(" ", pieces), Kind.AMBIGUOUS);
    }
    return new Figure(joined, isFigure(joined) ? Kind.JOINED : Kind.INVALID);
  }
}
