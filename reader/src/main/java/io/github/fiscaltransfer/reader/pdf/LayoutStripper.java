package io.github.fiscaltransfer.reader.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDFBox's text engine with its own layout: it takes every glyph with its position ({@link TextPosition}) and
 * lays each page out with {@link PageLayout}, stopping at {@link PdfLimits#MAX_TEXT_CHARS} or the deadline. Its
 * {@code float}s are PDFBox's page coordinates and glyph sizes, never an amount.
 */
final class LayoutStripper extends PDFTextStripper {

  /** Thrown out of PDFBox's engine when a limit is reached. */
  static final class LimitReached extends IOException {
    private static final long serialVersionUID = 1L;

    LimitReached(String message) {
      super(message);
    }
  }

  /** Thrown out of {@link #processTextPosition}, which cannot throw a checked exception. */
  static final class TooMuchText extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooMuchText() {
      super("the pages hold more than " + PdfLimits.MAX_TEXT_CHARS + " characters of text", null, false, false);
    }
  }

  private final long deadline;
  private final StringBuilder text = new StringBuilder();
  private final StringBuilder layout = new StringBuilder();
  private final List<Integer> pageStarts = new ArrayList<>();
  private PageLayout page;
  private int lines;
  private int glyphs;

  LayoutStripper(long deadlineNanos) {
    this.deadline = deadlineNanos;
  }

  PdfText text() {
    return PdfText.of(text.toString(), layout.toString(), pageStarts);
  }

  @Override
  protected void startPage(PDPage pdPage) {
    page = new PageLayout();
  }

  @Override
  protected void processTextPosition(TextPosition position) {
    if (++glyphs > PdfLimits.MAX_TEXT_CHARS) {
      throw new TooMuchText();
    }
    float em = Math.max(position.getFontSizeInPt(), position.getHeightDir());
    page.add(new PageLayout.Glyph(position.getYDirAdj(), position.getXDirAdj(), position.getWidthDirAdj(),
        em > 0 ? em : Math.max(position.getWidthDirAdj(), 1), position.getUnicode() == null ? "" : position.getUnicode()));
  }

  @Override
  protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
    if (System.nanoTime() - deadline > 0) {
      throw new LimitReached("reading the pages took longer than " + PdfLimits.MAX_TIME.toSeconds() + " s");
    }
    super.processOperator(operator, operands);
  }

  @Override
  protected void writePage() throws IOException {
    pageStarts.add(lines + 1);
    for (PageLayout.Line line : page.lines()) {
      text.append(line.cells()).append('\n');
      layout.append(line.layout()).append('\n');
      lines++;
    }
  }
}
