package io.github.fiscaltransfer.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Assumptions;

/**
 * Writes the PDFs of the layout properties: printed lines in a CJK TrueType font (fonts-wqy-zenhei, which
 * {@code .ci/run} installs), either each cell a gap of three characters after the one before (cells run on, as a
 * notice's attachment table does) or each cell at its column's place (a budget table's fixed columns, where a blank
 * cell is blank paper).
 */
final class LayoutPdfs {

  /** The font fonts-wqy-zenhei installs. */
  static final Path FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");
  private static final float SIZE = 10;
  private static final float LEADING = 14;
  private static final float MARGIN = 50;

  private LayoutPdfs() {}

  /**
   * Loads the font; skips the calling container without it, unless {@code CI=true} or
   * {@code FISCAL_TRANSFER_REQUIRE_BROWSER=1} (as {@code .ci/run} sets), where it fails.
   */
  static TrueTypeFont font() throws IOException {
    boolean present = Files.exists(FONT);
    boolean required = "true".equals(System.getenv("CI")) || "1".equals(System.getenv("FISCAL_TRANSFER_REQUIRE_BROWSER"));
    assertFalse(!present && required, FONT + " is missing: .ci/run installs fonts-wqy-zenhei");
    Assumptions.assumeTrue(present, FONT + " is missing (apt-get install fonts-wqy-zenhei)");
    TrueTypeFont[] first = new TrueTypeFont[1];
    new TrueTypeCollection(FONT.toFile()).processAllFonts(ttf -> first[0] = first[0] == null ? ttf : first[0]);
    return first[0];
  }

  /**
   * Writes lines split at their tabs onto pages of A4 height, as wide as the widest line needs.
   *
   * @param font the font
   * @param lines the lines, cells split by tabs
   * @param columns each cell at its column's place, else a gap of three characters after the cell before
   */
  static byte[] pdf(TrueTypeFont font, List<String> lines, boolean columns) throws IOException {
    try (PDDocument document = new PDDocument()) {
      PDType0Font type0 = PDType0Font.load(document, font, true);
      List<String[]> cells = lines.stream().map(line -> line.split("\t", -1)).toList();
      float[] starts = starts(type0, cells, columns);
      float width = Math.max(PDRectangle.A4.getWidth(), starts[starts.length - 1] + MARGIN);
      PDRectangle size = new PDRectangle(width, PDRectangle.A4.getHeight());
      int perPage = (int) ((size.getHeight() - 2 * MARGIN) / LEADING);
      for (int start = 0; start < lines.size(); start += perPage) {
        PDPage page = new PDPage(size);
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
          for (int i = start; i < Math.min(lines.size(), start + perPage); i++) {
            line(content, type0, cells.get(i), columns ? starts : null, size.getHeight() - MARGIN - (i - start) * LEADING);
          }
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }
  }

  /** Where each column starts, from the widest cell printed in it, and where the last ends. */
  private static float[] starts(PDType0Font font, List<String[]> cells, boolean columns) throws IOException {
    int count = cells.stream().mapToInt(c -> c.length).max().orElse(1);
    float[] widest = new float[count];
    for (String[] line : cells) {
      for (int c = 0; c < line.length; c++) {
        widest[c] = Math.max(widest[c], width(font, line[c]));
      }
    }
    float[] starts = new float[count + 1];
    starts[0] = MARGIN;
    for (int c = 0; c < count; c++) {
      starts[c + 1] = starts[c] + widest[c] + 3 * SIZE;
    }
    return columns ? starts : Arrays.copyOf(new float[] {MARGIN, starts[count]}, 2);
  }

  private static float width(PDType0Font font, String text) throws IOException {
    return font.getStringWidth(text) / 1000 * SIZE;
  }

  private static void line(PDPageContentStream content, PDType0Font font, String[] cells, float[] starts, float y)
      throws IOException {
    float x = MARGIN;
    for (int c = 0; c < cells.length; c++) {
      if (starts != null) {
        x = starts[c];
      }
      if (!cells[c].isEmpty()) {
        content.beginText();
        content.setFont(font, SIZE);
        content.newLineAtOffset(x, y);
        content.showText(cells[c]);
        content.endText();
        x += width(font, cells[c]);
      }
      x += 3 * SIZE;
    }
  }
}
