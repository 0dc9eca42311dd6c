package io.github.fiscaltransfer.reader.pdf;

import java.util.ArrayList;
import io.github.fiscaltransfer.reader.DisplayWidth;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays one page's glyphs out into lines (版面还原): glyphs whose baselines lie within half a character of each other
 * are one line, read left to right; a gap of at least {@link #CELL_GAP} characters between two glyphs is a table
 * cell boundary (a tab), a smaller one of at least {@link #WORD_GAP} a word boundary (a space). Each line also has
 * a positional form, as {@code pdftotext -layout} prints: every word starts at the display column its left edge
 * falls in (or one past the word before), a column being half the page's commonest glyph size (a CJK character takes two, as it does on a
 * terminal), so the cells of one table column start or end at the same column on every line. Positions and
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

  /**
   * One printed line in its two forms.
   *
   * @param cells the text, cells split by a tab and words by a space
   * @param layout the text with each glyph at its display column
   */
  record Line(String cells, String layout) {}

  /** Returns the page's lines, top to bottom, without line separators. */
  List<Line> lines() {
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
    float column = column();
    return lines.stream().map(glyphs -> new Line(text(glyphs), layout(glyphs, column))).toList();
  }

  /** Half the commonest glyph size of the page: the width of one display column. */
  private float column() {
    Map<Float, Integer> sizes = new HashMap<>();
    glyphs.forEach(glyph -> sizes.merge(glyph.em(), 1, Integer::sum));
    return sizes.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> e.getKey() / 2).orElse(1f);
  }

  private static String layout(List<Glyph> line, float column) {
    StringBuilder out = new StringBuilder();
    int at = 0;
    Glyph previous = null;
    for (Glyph glyph : line) {
      int start = Math.round(glyph.x() / column);
      boolean apart = previous == null
          || glyph.x() - (previous.x() + previous.width()) >= WORD_GAP * Math.max(previous.em(), glyph.em());
      int pad = apart ? Math.max(start - at, previous == null ? 0 : 1) : 0;
      out.append(" ".repeat(pad)).append(glyph.text());
      at += pad + DisplayWidth.of(glyph.text());
      previous = glyph;
    }
    return out.toString();
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
