package io.github.fiscaltransfer.reader.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Lays one page's glyphs out into lines (版面还原): glyphs whose baselines lie within half a character of each other
 * are one line, read left to right; a gap of at least {@link #CELL_GAP} characters between two glyphs is a table
 * cell boundary (a tab), a smaller one of at least {@link #WORD_GAP} a word boundary (a space). Positions and
 * sizes are page coordinates in PDF points, as {@code float}s because PDFBox gives them so; they place glyphs and
 * never hold an amount (figures stay text until the table readers parse them exactly).
 */
final class PageLayout {

  /** A gap, in characters of the larger glyph, that separates two cells. */
  static final float CELL_GAP = 1.0f;
  /** A gap, in characters of the larger glyph, that separates two words. */
  static final float WORD_GAP = 0.2f;

  /** One glyph: its top-down baseline, left edge, width, size (em) and text. */
  record Glyph(float y, float x, float width, float em, String text) {}

  private final List<Glyph> glyphs = new ArrayList<>();

  void add(Glyph glyph) {
    if (!glyph.text().isBlank()) {
      glyphs.add(glyph);
    }
  }

  /** Returns the page's lines, top to bottom, without line separators. */
  List<String> lines() {
    glyphs.sort(Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
    List<List<Glyph>> lines = new ArrayList<>();
    List<Glyph> line = new ArrayList<>();
    float baseline = Float.NaN;
    for (Glyph glyph : glyphs) {
      if (!line.isEmpty() && Math.abs(glyph.y() - baseline) > glyph.em() / 2) {
        lines.add(line);
        line = new ArrayList<>();
      }
      if (line.isEmpty()) {
        baseline = glyph.y();
      }
      line.add(glyph);
    }
    if (!line.isEmpty()) {
      lines.add(line);
    }
    return lines.stream().map(PageLayout::text).toList();
  }

  private static String text(List<Glyph> line) {
    line.sort(Comparator.comparingDouble(Glyph::x));
    StringBuilder out = new StringBuilder();
    Glyph previous = null;
    for (Glyph glyph : line) {
      if (previous != null) {
        float gap = glyph.x() - (previous.x() + previous.width());
        float em = Math.max(previous.em(), glyph.em());
        out.append(gap >= CELL_GAP * em ? "\t" : gap >= WORD_GAP * em ? " " : "");
      }
      out.append(glyph.text());
      previous = glyph;
    }
    return out.toString();
  }
}
