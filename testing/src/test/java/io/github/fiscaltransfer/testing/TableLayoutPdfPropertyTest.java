package io.github.fiscaltransfer.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fiscaltransfer.notice.AllocationTable;
import io.github.fiscaltransfer.notice.TransferNotice;
import io.github.fiscaltransfer.reader.ReadResult;
import io.github.fiscaltransfer.reader.SeedTexts;
import io.github.fiscaltransfer.reader.pdf.PdfTextReader;
import io.github.fiscaltransfer.reader.text.NoticeTextReader;
import io.github.fiscaltransfer.unit.UnitRegistry;
import java.io.IOException;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * {@link TableLayoutPropertyTest} through the PDF path, on fewer cases: the printed text written into a PDF with a
 * CJK TrueType font (fonts-wqy-zenhei, which {@code .ci/run} installs), a cell split by a tab as a gap of three
 * characters, then read back with {@link PdfTextReader} and the notice text reader: the same table, or a finding
 * naming the damaged text (a name wrapped after the last row when the 合计 is printed first). Without the
 * font the property is skipped, unless {@code CI=true} or {@code FISCAL_TRANSFER_REQUIRE_BROWSER=1}, where it fails.
 */
class TableLayoutPdfPropertyTest {

  private static final List<String> SEED = SeedTexts.text(SeedTexts.GUANGDONG_307).lines().toList();
  private static final List<String> BEFORE = SEED.subList(0, SEED.indexOf(" 附件1"));
  private static final List<String> AFTER = List.of(" 附件2");
  private static TrueTypeFont font;

  @BeforeContainer
  static void font() throws IOException {
    font = LayoutPdfs.font();
  }

  @Property(tries = 12)
  void aTableInAnyLayoutReadsBackFromThePdf(@ForAll("cases") TableLayoutPropertyTest.Case printed)
      throws IOException {
    TableLayout layout = printed.layout();
    TableLayout.Printed text = layout.print(BEFORE, printed.table(), AFTER);
    List<String> lines = text.text().replace("\uFEFF", "").replace("\r", "").lines().toList();
    String laidOut = PdfTextReader.create().read(LayoutPdfs.pdf(font, lines, false)).document().orElseThrow().text();
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
}
