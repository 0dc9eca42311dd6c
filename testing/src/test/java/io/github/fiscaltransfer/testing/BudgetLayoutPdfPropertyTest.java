package io.github.fiscaltransfer.testing;

import io.github.fiscaltransfer.budget.TableId;
import io.github.fiscaltransfer.reader.pdf.PdfTextReader;
import io.github.fiscaltransfer.reader.text.BudgetTextReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * {@link BudgetLayoutPropertyTest} through the PDF path, on fewer cases: the printed tables written into a PDF, each
 * cell at its column's place in a CJK TrueType font ({@link LayoutPdfs}), then read back with {@link PdfTextReader}
 * and {@link BudgetTextReader}: every table the same, or a finding at a line of that table in the PDF's text, never
 * another amount. A PDF has no tabs, line ends or byte-order mark, so those variants are the text path's alone.
 * Without the font the property is skipped, unless {@code CI=true} or {@code FISCAL_TRANSFER_REQUIRE_BROWSER=1}.
 */
class BudgetLayoutPdfPropertyTest {

  private static TrueTypeFont font;

  @BeforeContainer
  static void font() throws IOException {
    font = LayoutPdfs.font();
  }

  @Property(tries = 8)
  void aBudgetInAnyLayoutReadsBackFromThePdf(@ForAll("cases") BudgetLayoutPropertyTest.Case printed)
      throws IOException {
    BudgetTextPrinter.Printed text = BudgetTextPrinter.print(printed.budget(), printed.layout());
    List<String> lines = text.text().lines().toList();
    String laidOut = PdfTextReader.create().read(LayoutPdfs.pdf(font, lines, true)).document().orElseThrow().text();
    Statistics.label("empty cells").collect(printed.layout().dashes() ? "-" : "blank");
    Statistics.label("wrapped names").collect(printed.layout().wrap());
    Statistics.label("page break").collect(printed.layout().pageEvery() > 0);
    BudgetLayoutPropertyTest.assertReadBack(printed, spans(laidOut, text.spans().keySet()), laidOut,
        BudgetTextReader.create().read(laidOut));
  }

  @Provide
  Arbitrary<BudgetLayoutPropertyTest.Case> cases() {
    return new BudgetLayoutPropertyTest().cases().map(c -> new BudgetLayoutPropertyTest.Case(c.budget(), inPdf(c.layout())));
  }

  /** The layout as a PDF can print it: cells in columns (written from tabs), LF, no byte-order mark. */
  private static BudgetLayout inPdf(BudgetLayout l) {
    return new BudgetLayout(l.numbering(), l.headerLines(), l.splitCodes(), l.totalRow(), true, l.separators(),
        l.fullWidth(), l.dashes(), l.wrap(), l.pageEvery(), l.pageNumber(), l.continued(), l.repeatTitle(),
        l.repeatHeader(), false, false);
  }

  /**
   * Where each table lies in the PDF's text: from its first title line (with the 表 N line above it) to the line
   * before the next table's.
   */
  private static Map<TableId, BudgetTextPrinter.Span> spans(String laidOut, Iterable<TableId> printed) {
    List<String> lines = laidOut.lines().map(line -> line.replaceAll("\\s+", "")).toList();
    List<TableId> ids = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    int from = 0;
    for (TableId id : printed) {
      int at = from;
      while (at < lines.size() && !(lines.get(at).endsWith(id.title()) && !lines.get(at).contains("续"))) {
        at++;
      }
      boolean numbered = at > 0 && lines.get(at - 1).matches("表\\d+");
      ids.add(id);
      starts.add(numbered ? at : at + 1);
      from = at + 1;
    }
    Map<TableId, BudgetTextPrinter.Span> spans = new EnumMap<>(TableId.class);
    for (int t = 0; t < ids.size(); t++) {
      int last = t + 1 < ids.size() ? starts.get(t + 1) - 1 : lines.size();
      spans.put(ids.get(t), new BudgetTextPrinter.Span(starts.get(t), last));
    }
    return spans;
  }
}
