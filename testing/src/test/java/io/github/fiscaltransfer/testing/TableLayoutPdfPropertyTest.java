package io.github.fiscaltransfer.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fiscaltransfer.notice.AllocationTable;
import io.github.fiscaltransfer.notice.TransferNotice;
import io.github.fiscaltransfer.reader.ReadResult;
import io.github.fiscaltransfer.reader.SeedTexts;
import io.github.fiscaltransfer.reader.pdf.PdfTextReader;
import io.github.fiscaltransfer.reader.text.NoticeTextReader;
import io.github.fiscaltransfer.unit.UnitRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Assumptions;

/**
 * {@link TableLayoutPropertyTest} through the PDF path, on fewer cases: the printed text written into a PDF with a
 * CJK TrueType font (fonts-wqy-zenhei, which {@code .ci/run} installs), a cell split by a tab as a gap of three
 * characters, then read back with {@link PdfTextReader} and the notice text reader: the same table, or a finding
 * naming the damaged text (a name wrapped after the last row when the 合计 is printed first). Without the
 * font the property is skipped, unless {@code CI=true}, where it fails.
 */
class TableLayoutPdfPropertyTest {

  /** The font fonts-wqy-zenhei installs. */
  static final Path FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");
  private static final float SIZE = 10;
  private static final float LEADING = 14;
  private static final List<String> SEED = SeedTexts.text(SeedTexts.GUANGDONG_307).lines().toList();
  private static final List<String> BEFORE = SEED.subList(0, SEED.indexOf(" 附件1"));
  private static final List<String> AFTER = List.of(" 附件2");
  private static TrueTypeFont font;

  @BeforeContainer
  static void font() throws IOException {
    boolean present = Files.exists(FONT);
    assertFalse(!present && "true".equals(System.getenv("CI")), FONT + " is missing: .ci/run installs fonts-wqy-zenhei");
    Assumptions.assumeTrue(present, FONT + " is missing (apt-get install fonts-wqy-zenhei)");
    TrueTypeFont[] first = new TrueTypeFont[1];
    new TrueTypeCollection(FONT.toFile()).processAllFonts(ttf -> first[0] = first[0] == null ? ttf : first[0]);
    font = first[0];
  }

  @Property(tries = 12)
  void aTableInAnyLayoutReadsBackFromThePdf(@ForAll("cases") TableLayoutPropertyTest.Case printed)
      throws IOException {
    TableLayout layout = printed.layout();
    TableLayout.Printed text = layout.print(BEFORE, printed.table(), AFTER);
    List<String> lines = text.text().replace("\uFEFF", "").replace("\r", "").lines().toList();
    String laidOut = PdfTextReader.create().read(pdf(lines)).document().orElseThrow().text();
    ReadResult<TransferNotice> read = NoticeTextReader.builtIn().read(laidOut, "title");
    Optional<AllocationTable> table = read.document().flatMap(n -> n.allocations().get(0).table());
    boolean same = table.map(t -> t.lines().equals(printed.table().lines())
        && t.declaredTotal().equals(printed.table().declaredTotal())).orElse(false);
    Statistics.label("page break").collect(layout.pageBreak() >= 0);
    Statistics.label("wrapped name").collect(layout.wrap() >= 0);
    Statistics.label("outcome").collect(same ? "same table" : "finding names the damaged line");
    // The layout drops blank lines, so the damage is named by its text rather than its line number.
    List<String> damaged = text.damagedLines().stream().map(line -> lines.get(line - 1).strip()).toList();
    assertTrue(same || read.report().findings().findings().stream()
        .anyMatch(f -> f.actual().filter(damaged::contains).isPresent()), () -> laidOut + read);
  }

  @Provide
  Arbitrary<TableLayoutPropertyTest.Case> cases() {
    return new TableLayoutPropertyTest().cases();
  }

  /** Writes lines onto A4 pages, a tab as a gap of three characters. */
  private static byte[] pdf(List<String> lines) throws IOException {
    try (PDDocument document = new PDDocument()) {
      PDType0Font type0 = PDType0Font.load(document, font, true);
      int perPage = (int) ((PDRectangle.A4.getHeight() - 100) / LEADING);
      for (int start = 0; start < lines.size(); start += perPage) {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
          List<String> onPage = lines.subList(start, Math.min(lines.size(), start + perPage));
          for (int i = 0; i < onPage.size(); i++) {
            line(content, type0, onPage.get(i), PDRectangle.A4.getHeight() - 50 - i * LEADING);
          }
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }
  }

  private static void line(PDPageContentStream content, PDType0Font type0, String line, float y) throws IOException {
    float x = 50;
    for (String cell : line.split("\t")) {
      if (!cell.isEmpty()) {
        content.beginText();
        content.setFont(type0, SIZE);
        content.newLineAtOffset(x, y);
        content.showText(cell);
        content.endText();
        x += type0.getStringWidth(cell) / 1000 * SIZE;
      }
      x += 3 * SIZE;
    }
  }
}
