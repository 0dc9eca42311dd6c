package io.github.fiscaltransfer.reader.pdf;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The text of a PDF laid out from its glyphs' positions (PDF 文本): one line per printed line, top to bottom,
 * words split by a space and table cells by a tab, pages one after another — the form the text readers read.
 * A finding's {@code line N} is a line of {@link #text()} (and of {@link #layout()}); {@link #page(int)} names the
 * page it is on.
 *
 * <p>Immutable and thread-safe.
 */
public final class PdfText {

  private final String text;
  private final String layout;
  private final int[] pageStarts;

  private PdfText(String text, String layout, int[] pageStarts) {
    this.text = text;
    this.layout = layout;
    this.pageStarts = pageStarts;
  }

  /**
   * Returns a laid-out text.
   *
   * @param text the lines, each ending with a line feed, not null
   * @param layout the same lines with each glyph at its display column, not null
   * @param pageStarts the 1-based first line of each page, ascending, not null
   * @return the text, not null
   * @throws IllegalArgumentException if the page starts do not ascend from 1
   */
  public static PdfText of(String text, String layout, List<Integer> pageStarts) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(layout, "layout");
    int[] starts = pageStarts.stream().mapToInt(Integer::intValue).toArray();
    for (int i = 0; i < starts.length; i++) {
      if (starts[i] < 1 || i > 0 && starts[i] < starts[i - 1]) {
        throw new IllegalArgumentException("Page starts must ascend from line 1: " + pageStarts);
      }
    }
    if (text.lines().count() != layout.lines().count()) {
      throw new IllegalArgumentException("The layout must print the text's lines: " + layout.lines().count()
          + " lines, not " + text.lines().count());
    }
    return new PdfText(text, layout, starts);
  }

  /**
   * Returns the laid-out text.
   *
   * @return the text, not null
   */
  public String text() {
    return text;
  }

  /**
   * Returns the same lines laid out by position, as {@code pdftotext -layout} prints them: each glyph at the display
   * column ({@link io.github.fiscaltransfer.reader.DisplayWidth}) its left edge falls in, so a blank table cell is
   * blank space and the figures of one column line up. A line {@code N} of it is line {@code N} of {@link #text()}.
   *
   * @return the laid-out text, not null
   */
  public String layout() {
    return layout;
  }

  /**
   * Returns the number of pages read.
   *
   * @return the pages, zero or more
   */
  public int pages() {
    return pageStarts.length;
  }

  /**
   * Returns the 1-based page a 1-based line of {@link #text()} is on.
   *
   * @param line the line, positive
   * @return the page, or 0 if the text has no pages
   */
  public int page(int line) {
    int index = Arrays.binarySearch(pageStarts, line);
    int page = index >= 0 ? index : -index - 1;
    while (index >= 0 && page + 1 < pageStarts.length && pageStarts[page + 1] == line) {
      page++;
    }
    return index >= 0 ? page + 1 : page;
  }

  /** Returns {@code PDF text: 30 pages, 1,214 lines}. */
  @Override
  public String toString() {
    return String.format("PDF text: %d pages, %,d lines", pageStarts.length, text.lines().count());
  }
}
