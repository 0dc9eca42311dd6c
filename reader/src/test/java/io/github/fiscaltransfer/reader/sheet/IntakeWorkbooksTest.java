package io.github.fiscaltransfer.reader.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.notice.AllocationTable;
import io.github.fiscaltransfer.reader.FindingLines;
import io.github.fiscaltransfer.reader.ReadResult;
import io.github.fiscaltransfer.reader.ReadRule;
import io.github.fiscaltransfer.unit.FiscalUnit;
import io.github.fiscaltransfer.unit.UnitRegistry;
import io.github.fiscaltransfer.validation.Finding;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The workbooks of issue #35's intake (copies of ../shared/repro/intake/), one test each, as its README expects:
 * the extent of a sheet costs nothing, a cell over a limit and a damaged cell are findings at that cell with the rest
 * read, and a figure whose format hides digits is reported whatever the format. Two bases: 江财社〔2023〕3号 附件1
 * (eight lines, 194.00万元) and a three-line table in 元 (76,780,000元).
 */
class IntakeWorkbooksTest {

  private static final AllocationSheetReader READER = AllocationSheetReader.builtIn();
  private static final FiscalUnit JIANGMEN = UnitRegistry.builtIn().byName("江门市").orElseThrow();
  private static final PrintedAmount JIANGMEN_TOTAL = PrintedAmount.parse("194.00万元");
  private static final PrintedAmount YUAN_TOTAL = PrintedAmount.parse("76,780,000元");

  private static ReadResult<AllocationTable> read(String file) throws IOException {
    try {
      return READER.read(Path.of(IntakeWorkbooksTest.class.getResource("/io/github/fiscaltransfer/reader/intake/"
          + file).toURI()), JIANGMEN);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Finding only(ReadResult<AllocationTable> read) {
    List<Finding> all = read.report().findings().findings();
    assertEquals(1, all.size(), () -> FindingLines.of(read).toString());
    return all.get(0);
  }

  @Test
  void farCellIsReadWithTheTableAndReportedAtItsPlace() throws IOException {
    ReadResult<AllocationTable> read = read("far-cell.xlsx");
    AllocationTable table = read.document().orElseThrow();
    assertEquals(JIANGMEN_TOTAL, table.declaredTotal());
    assertEquals(8, table.lines().size());
    assertEquals(List.of("read.unread at 附件1 row 1048576, column 16384: x — a cell in a row without a name and an"
        + " amount"), FindingLines.of(read));
  }

  @Test
  void longStringIsAFindingAtItsCellAndTheTableIsRead() throws IOException {
    ReadResult<AllocationTable> read = read("long-string.xlsx");
    Finding finding = only(read);
    assertEquals("附件1 row 1, column 1", finding.source().orElseThrow());
    assertEquals("the cell holds 1000028 characters, more than the 32767 a spreadsheet cell holds; it is not read",
        finding.message());
    AllocationTable table = read.document().orElseThrow();
    assertTrue(table.title().isEmpty());
    assertEquals(JIANGMEN_TOTAL, table.declaredTotal());
    assertEquals(8, table.lines().size());
  }

  @Test
  void hiddenDecimalsBehindAUnitFormatAreReported() throws IOException {
    ReadResult<AllocationTable> read = read("hidden-decimals-unit-format.xlsx");
    assertEquals(List.of("read.value at 附件1 row 5, column 3: 16.57万元 — the cell holds 16.5700458 but displays"
        + " 16.57万元: its format hides digits, so the figure is not read"), FindingLines.of(read));
    AllocationTable table = read.document().orElseThrow();
    assertTrue(table.line("蓬江区").isEmpty());
    assertEquals(7, table.lines().size());
  }

  @Test
  void damagedBooleanInTheWorkbookSettingsIsReportedAndTheTableRead() throws IOException {
    ReadResult<AllocationTable> read = read("damaged-boolean.xlsx");
    assertEquals(List.of("read.value at 附件1 row 1, column 1:  — the workbook's date setting (1900 or 1904) is"
        + " damaged; no figure depends on it, so the table is read"), FindingLines.of(read));
    assertEquals(YUAN_TOTAL, read.document().orElseThrow().declaredTotal());
    assertEquals(3, read.document().orElseThrow().lines().size());
  }

  @Test
  void damagedMergeReferenceIsReportedAndItsCellsRead() throws IOException {
    ReadResult<AllocationTable> read = read("damaged-cell-reference.xlsx");
    assertEquals(List.of("read.value at 附件1 row 1, column 1: A1Ai1 — merged region 1 has a damaged cell reference,"
        + " so it is not followed; its cells are read one by one"), FindingLines.of(read));
    assertEquals(JIANGMEN_TOTAL, read.document().orElseThrow().declaredTotal());
    assertEquals(8, read.document().orElseThrow().lines().size());
  }

  @Test
  void damagedCellTypeIsAFindingAtTheCell() throws IOException {
    ReadResult<AllocationTable> read = read("damaged-cell-type.xlsx");
    assertEquals(List.of("read.value at 附件1 row 4, column 3: 3.3695182E7 — the cell's type is damaged"),
        FindingLines.of(read));
    assertEquals(YUAN_TOTAL, read.document().orElseThrow().declaredTotal());
    assertEquals(2, read.document().orElseThrow().lines().size());
  }

  @Test
  void damagedErrorCodeIsAFindingAtTheCell() throws IOException {
    ReadResult<AllocationTable> read = read("damaged-error-code.xlsx");
    assertEquals(List.of("read.value at 附件1 row 3, column 4: 5 — the cell's error code is damaged"), FindingLines.of(read));
    assertEquals(3, read.document().orElseThrow().lines().size());
  }

  @Test
  void damagedNumberFormatIsAFindingAtEveryCellUsingIt() throws IOException {
    ReadResult<AllocationTable> read = read("damaged-long.xlsx");
    assertEquals(List.of(
        "read.value at 附件1 row 4, column 3: 3.3695182E7 — the cell's number format is damaged",
        "read.value at 附件1 row 5, column 3: 2.2571083E7 — the cell's number format is damaged",
        "read.value at 附件1 row 6, column 3: 2.0513735E7 — the cell's number format is damaged",
        "read.value at 附件1 row 7, column 3: 7.678E7 — the cell's number format is damaged",
        "read.absent at /declaredTotal:  — no 合计 row"), FindingLines.of(read));
  }

  @Test
  void missingStyleIsAFindingAtEveryCellUsingIt() throws IOException {
    ReadResult<AllocationTable> read = read("damaged-missing-style.xlsx");
    List<String> findings = FindingLines.of(read);
    assertEquals(18, findings.size(), "9 figures, 8 serial numbers, no 合计: " + findings);
    assertEquals("read.value at 附件1 row 5, column 3: 16.57 — the cell's style is missing, so how its number"
        + " displays is unknown", findings.get(1));
  }

  @Test
  void notANumberAndInfinityAreFindingsAtTheirCells() throws IOException {
    ReadResult<AllocationTable> read = read("damaged-nan-value.xlsx");
    assertEquals(List.of(
        "read.value at 附件1 row 5, column 3: -1E400 — the cell's number is damaged: -1E400 is not a number a"
            + " spreadsheet holds",
        "read.value at 附件1 row 7, column 3: x — the cell's number is damaged",
        "read.value at 附件1 row 4, column 1: NaN — the cell's number is damaged: NaN is not a number a spreadsheet"
            + " holds",
        "read.absent at /declaredTotal:  — no 合计 row"), FindingLines.of(read));
  }

  @Test
  void textInANumberCellIsAFindingAtTheCell() throws IOException {
    ReadResult<AllocationTable> read = read("damaged-text-in-number-cell.xlsx");
    assertEquals("read.value at 附件1 row 5, column 3: 0x10 — the cell's number is damaged", FindingLines.of(read).get(0));
    assertEquals(YUAN_TOTAL, read.document().orElseThrow().declaredTotal());
    assertEquals(PrintedAmount.parse("33,695,182元"), read.document().orElseThrow().lines().get(0).amount());
  }
}
