package io.github.fiscaltransfer.reader.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.notice.AllocationTable;
import io.github.fiscaltransfer.notice.NoticeValidator;
import io.github.fiscaltransfer.reader.ReadResult;
import io.github.fiscaltransfer.reader.ReadRule;
import io.github.fiscaltransfer.reader.SourcePosition;
import io.github.fiscaltransfer.unit.FiscalUnit;
import io.github.fiscaltransfer.unit.UnitRegistry;
import io.github.fiscaltransfer.validation.Finding;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Allocation tables of the seeds written as workbooks by the test, read back with their printed figures. */
class AllocationSheetReaderTest {

  private static final AllocationSheetReader READER = AllocationSheetReader.builtIn();
  private static final UnitRegistry UNITS = UnitRegistry.builtIn();
  private static final FiscalUnit JIANGMEN = UNITS.byName("江门市").orElseThrow();
  private static final FiscalUnit GUANGDONG = UNITS.byName("广东省").orElseThrow();
  private static final String[] JIANGMEN_NAMES = {"市本级", "蓬江区", "江海区", "新会区", "台山市", "开平市", "鹤山市", "恩平市"};
  private static final double[] JIANGMEN_FIGURES = {70.91, 16.57, 14.49, 17.95, 25.54, 24.15, 13.01, 11.38};

  @TempDir
  Path dir;

  /** 江财社〔2023〕3号 附件1: a merged title, 单位：万元 in its own cell, figures with two decimals, a SUM total. */
  private Workbooks jiangmen3(Workbooks book) {
    book.text(0, 0, "预下达2023年中央财政医疗服务与保障能力提升补助资金表").merge(0, 0, 0, 3)
        .text(1, 3, "单位：万元")
        .text(2, 0, "序号", "县（市、区）", "2023年拟分配金额", "备注");
    for (int i = 0; i < JIANGMEN_NAMES.length; i++) {
      book.number(3 + i, 0, i + 1, false).text(3 + i, 1, JIANGMEN_NAMES[i]).number(3 + i, 2, JIANGMEN_FIGURES[i], true);
    }
    return book.text(11, 1, "合计");
  }

  @Test
  void jiangmen3FromXlsxReadsAndValidates() throws IOException {
    Path file = jiangmen3(Workbooks.xlsx("附件1")).formula(11, 2, "SUM(C4:C11)", 194.0, true).write(dir.resolve("3.xlsx"));
    ReadResult<AllocationTable> read = READER.read(file, JIANGMEN);

    AllocationTable table = read.document().orElseThrow();
    assertEquals("预下达2023年中央财政医疗服务与保障能力提升补助资金表", table.title().orElseThrow());
    assertEquals(PrintedAmount.parse("194.00万元"), table.declaredTotal());
    assertEquals(2, table.declaredTotal().figure().scale(), "194.00 as displayed, not 194");
    assertEquals(PrintedAmount.parse("70.91万元"), table.line("市本级").orElseThrow().amount());
    assertEquals(8, table.lines().size());
    assertTrue(read.report().findings().isEmpty(), read.report()::toString);
    assertTrue(NoticeValidator.builtIn().validate(table, JIANGMEN).findings().isEmpty());
    assertEquals(new SourcePosition("附件1", 4, 3), read.report().position("/lines/0/amount").orElseThrow());
  }

  @Test
  void aFormulaWhoseCachedValueDisagreesIsReadAsCachedAndReported() throws IOException {
    Path file = jiangmen3(Workbooks.xlsx("附件1")).formula(11, 2, "SUM(C4:C11)", 195.0, true).write(dir.resolve("f.xlsx"));
    ReadResult<AllocationTable> read = READER.read(file, JIANGMEN);

    assertEquals(PrintedAmount.parse("195.00万元"), read.document().orElseThrow().declaredTotal());
    assertEquals(List.of("附件1 row 12, column 3"), paths(read, ReadRule.FORMULA));
    assertEquals(1, NoticeValidator.builtIn().validate(read.document().orElseThrow(), JIANGMEN)
        .findings("table.sum").size());
  }

  @Test
  void aFigureWhoseFormatHidesDigitsIsNotRead() throws IOException {
    Workbooks book = jiangmen3(Workbooks.xlsx("附件1")).formula(11, 2, "SUM(C4:C11)", 194.0, true);
    Path file = book.number(4, 2, 16.574, true).write(dir.resolve("hidden.xlsx"));
    ReadResult<AllocationTable> read = READER.read(file, JIANGMEN);

    assertEquals(List.of("附件1 row 5, column 3"), paths(read, ReadRule.VALUE));
    assertTrue(read.document().orElseThrow().line("蓬江区").isEmpty());
  }

  @Test
  void aFigureInChineseNumeralsIsReportedAtItsCellAndItsPointer() throws IOException {
    Workbooks book = jiangmen3(Workbooks.xlsx("附件1")).formula(11, 2, "SUM(C4:C11)", 194.0, true);
    ReadResult<AllocationTable> read = READER.read(book.text(4, 2, "十六").write(dir.resolve("numerals.xlsx")), JIANGMEN);

    Finding finding = read.report().findings().findings(ReadRule.VALUE.id()).get(0);
    assertEquals("附件1 row 5, column 3", finding.source().orElseThrow());
    assertEquals("/lines/1/amount", finding.pointer().toString());
    assertEquals(Optional.of("十六"), finding.actual());
  }

  /** 粤财社〔2021〕307号 附件1 as .xls: 序号 and 地区 merged over two header rows, 全省合计 first, whole 万元. */
  @Test
  void guangdong307FromXlsWithMergedHeaderCells() throws IOException {
    Workbooks book = Workbooks.xls("Sheet1").text(0, 0, "单位：万元")
        .text(1, 0, "序号", "地区", "补助金额", "备注").merge(1, 2, 0, 0).merge(1, 2, 1, 1)
        .text(2, 2, "小计").text(3, 1, "全省合计").number(3, 2, 10_831, false)
        .number(4, 0, 1, false).text(4, 1, "省级留用").number(4, 2, 6_800, false)
        .number(5, 0, 2, false).text(5, 1, "广州市").number(5, 2, 357, false);
    ReadResult<AllocationTable> read = READER.read(book.write(dir.resolve("307.xls")), GUANGDONG);

    AllocationTable table = read.document().orElseThrow();
    assertEquals(PrintedAmount.parse("10,831万元"), table.declaredTotal());
    assertEquals(PrintedAmount.parse("6,800万元"), table.line("省级留用").orElseThrow().amount());
    assertEquals(2, table.lines().size());
  }

  @Test
  void aSheetWithoutHeaderIsReportedNotThrown() throws IOException {
    Path file = Workbooks.xlsx("x").text(0, 0, "不是分配表").write(dir.resolve("x.xlsx"));
    ReadResult<AllocationTable> read = READER.read(file, JIANGMEN);
    assertTrue(read.document().isEmpty());
    assertEquals(List.of("x row 1, column 1"), paths(read, ReadRule.UNREAD));
  }

  @Test
  void aCorruptFileIsAnExceptionNamingTheFileAndTheCause() throws IOException {
    Path file = Files.writeString(dir.resolve("corrupt.xlsx"), "PK\u0003\u0004 not really a zip", StandardCharsets.UTF_8);
    UnreadableWorkbookException e = assertThrows(UnreadableWorkbookException.class, () -> READER.read(file, JIANGMEN));
    assertEquals(file, e.file());
    assertEquals("Cannot read workbook " + file + ": it is not an .xlsx or .xls workbook",
        e.getMessage());
  }

  @Test
  void aFileOverTheSizeLimitIsRefusedBeforeOpening() throws IOException {
    Path file = dir.resolve("huge.xlsx");
    try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
      sparse.setLength(HostileFileLimits.MAX_FILE_BYTES + 1);
    }
    UnreadableWorkbookException e = assertThrows(UnreadableWorkbookException.class, () -> READER.read(file, JIANGMEN));
    assertEquals("Cannot read workbook " + file + ": it has 33554433 bytes, more than the 33554432 this reader opens;"
        + " refused as unsafe", e.getMessage());
  }

  /** Shared strings that expand more than 100-fold: POI's zip-bomb check, at the ratio this reader sets. */
  @Test
  void aZipBombIsRefused() throws IOException {
    Workbooks book = Workbooks.xlsx("bomb");
    for (int i = 0; i < 120; i++) {
      book.text(i, 0, "a".repeat(32_000) + i);
    }
    Path file = book.write(dir.resolve("bomb.xlsx"));
    UnreadableWorkbookException e = assertThrows(UnreadableWorkbookException.class, () -> READER.read(file, JIANGMEN));
    assertTrue(e.getMessage().matches("Cannot read workbook .*: it expands \\d+× when unpacked; refused as unsafe"),
        e.getMessage());
  }

  private static List<String> paths(ReadResult<AllocationTable> read, ReadRule rule) {
    return read.report().findings().findings(rule.id()).stream().map(f -> f.source().orElseThrow()).toList();
  }
}
