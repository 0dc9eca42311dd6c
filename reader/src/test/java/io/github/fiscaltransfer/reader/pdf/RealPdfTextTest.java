package io.github.fiscaltransfer.reader.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The three real 决算 PDFs laid out from their glyphs: every page read, the lines of their tables split into cells
 * where the printed table has columns, and the figures the shared README checked by hand on the lines they belong to.
 */
class RealPdfTextTest {

  private static final PdfTextReader READER = PdfTextReader.create();

  @Test
  void everyPageIsRead() {
    assertEquals(List.of(23, 30, 24), RealPdfs.ALL.stream()
        .map(pdf -> READER.read(RealPdfs.bytes(pdf)).document().orElseThrow().pages()).toList());
  }

  @Test
  void theSummaryTableOfTheSocialWorkDepartmentReadsInCells() {
    PdfText text = READER.read(RealPdfs.bytes(RealPdfs.SOCIAL_WORK)).document().orElseThrow();
    List<String> lines = text.text().lines().toList();
    assertTrue(lines.contains("一、一般公共预算财政拨款收入\t307.82\t一、一般公共服务支出\t264.87"), text.text());
    int total = lines.indexOf("项目\t决算数\t项目\t决算数");
    assertTrue(total > 0 && text.page(total + 1) > 1, "the header of 收入支出决算总表, on a page after the cover");
  }

  @Test
  void thePlanningBureauTotalsAreCellsOfTheirLines() {
    List<String> lines = READER.read(RealPdfs.bytes(RealPdfs.PLANNING)).document().orElseThrow().text().lines()
        .toList();
    assertTrue(lines.contains("本年收入合计\t9746.50\t本年支出合计\t9759.38"), String.join("\n", lines));
    assertTrue(lines.contains("总计\t9859.38\t总计\t9859.38"));
  }
}
