package io.github.fiscaltransfer.jackson.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fiscaltransfer.money.AmountUnit;
import io.github.fiscaltransfer.money.AmountParseException;
import io.github.fiscaltransfer.money.Precision;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.notice.AllocationTable;
import io.github.fiscaltransfer.notice.NoticeValidator;
import io.github.fiscaltransfer.unit.FiscalUnit;
import io.github.fiscaltransfer.unit.RetainedShare;
import io.github.fiscaltransfer.unit.UnitRegistry;
import io.github.fiscaltransfer.unit.UnknownRecipient;
import io.github.fiscaltransfer.validation.Finding;
import io.github.fiscaltransfer.validation.Severity;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Seed 000's 附件1 and 江财社〔2023〕3号's table as CSV, and every way a CSV table can be broken. */
class AllocationTableCsvTest {

  private static final UnitRegistry UNITS = UnitRegistry.builtIn();
  private static final FiscalUnit GUANGDONG = UNITS.byName("广东省").orElseThrow();
  private static final FiscalUnit JIANGMEN = UNITS.byName("江门市").orElseThrow();
  private static final AllocationTableCsv CSV = AllocationTableCsv.builtIn();

  /** 粤财社〔2021〕307号 附件1 as printed, separators and all. */
  static final String SEED_000 = """
      提前下达2022年中央财政医疗服务与保障能力提升补助资金表
      单位：万元
      序号,地区,金额,备注
      ,省级留用,"6,800",
      1,广州市,357,
      2,珠海市,154,
      3,汕头市,202,
      4,佛山市,219,
      5,韶关市,181,
      6,河源市,179,
      7,梅州市,206,
      8,惠州市,201,
      9,汕尾市,178,
      10,东莞市,217,
      11,中山市,165,
      12,江门市,196,
      13,阳江市,166,
      14,湛江市,240,
      15,茂名市,239,
      16,肇庆市,191,
      17,清远市,192,
      18,潮州市,167,
      19,揭阳市,210,
      20,云浮市,171,
      合计,,"10,831",
      """;

  @Test
  void readsSeed000WithTheTotalRowAsDeclaredTotal() {
    AllocationTable table = CSV.read(new StringReader(SEED_000), GUANGDONG);
    assertEquals("提前下达2022年中央财政医疗服务与保障能力提升补助资金表", table.title().orElseThrow());
    assertEquals(AmountUnit.WAN_YUAN, table.unit());
    assertEquals(21, table.lines().size());
    assertEquals(PrintedAmount.parse("10,831万元"), table.declaredTotal());
    assertInstanceOf(RetainedShare.class, table.lines().get(0).recipient());
    assertEquals(PrintedAmount.parse("6,800万元"), table.line("省级留用").orElseThrow().amount());
    assertEquals(PrintedAmount.parse("196万元"), table.line(JIANGMEN).orElseThrow().amount());
    assertEquals(PrintedAmount.parse("171万元"), table.line("云浮市").orElseThrow().amount());
    assertTrue(table.lines().stream().noneMatch(line -> line.recipient().name().equals("合计")));
    assertEquals(table.declaredTotal(), table.linesSum());
    assertTrue(NoticeValidator.builtIn().validate(table, GUANGDONG).findings().isEmpty());
  }

  @Test
  void writesTheCanonicalLayoutAndReadsItBack() {
    AllocationTable table = CSV.read(new StringReader(SEED_000), GUANGDONG);
    String written = CSV.write(table);
    assertTrue(written.startsWith("提前下达2022年中央财政医疗服务与保障能力提升补助资金表\n单位：万元\n序号,地区,金额,备注\n"
        + "1,省级留用,6800,\n2,广州市,357,\n"), written);
    assertTrue(written.endsWith("21,云浮市,171,\n合计,,10831,\n"), written);
    assertEquals(table, CSV.read(new StringReader(written), GUANGDONG));
  }

  @Test
  void keepsScaleNotesAndTotalInTheNameColumn() {
    AllocationTable table = CSV.read(new StringReader("""
        单位：万元
        序号,县（市、区）,金额,备注
        1,市本级,70.91,含信息化建设
        2,蓬江区,16.57,
        ,合计,87.48,
        """), JIANGMEN);
    assertEquals(PrintedAmount.parse("70.91", AmountUnit.WAN_YUAN), table.lines().get(0).amount());
    assertEquals(2, table.lines().get(0).amount().scale());
    assertEquals("含信息化建设", table.lines().get(0).note().orElseThrow());
    assertEquals(PrintedAmount.parse("87.48", AmountUnit.WAN_YUAN), table.declaredTotal());
  }

  @Test
  void unknownNamesAreKeptAndReported() {
    AllocationTable table = CSV.read(new StringReader("单位：元\n序号,地区,金额,备注\n1,江门新区,100,\n合计,,100,\n"),
        JIANGMEN);
    assertEquals(UnknownRecipient.of("江门新区", JIANGMEN), table.lines().get(0).recipient());
    assertEquals(List.of("table.recipient-unknown"), NoticeValidator.builtIn().validate(table, JIANGMEN).findings()
        .stream().map(Finding::ruleId).toList());
  }

  @Test
  void aTotalTheLinesDoNotReachIsReportedNotAbsorbed() {
    assertSumFinding("10832", "", Severity.ERROR);
    assertSumFinding("10931", "", Severity.ERROR);
  }

  /** Issue #31: a rounding note in the 合计 row's 备注 declares the table rounded, and is written back there. */
  @Test
  void aRoundingNoteOnTheTotalDeclaresTheTableRounded() {
    assertSumFinding("10832", "尾数误差系四舍五入所致", Severity.WARNING);
    assertSumFinding("10931", "尾数误差系四舍五入所致", Severity.ERROR);
    AllocationTable table = CSV.read(new StringReader(SEED_000.replace("\"10,831\",", "\"10,831\",尾数误差系四舍五入所致")),
        GUANGDONG);
    assertEquals(Precision.rounded("尾数误差系四舍五入所致"), table.precision());
    String written = CSV.write(table);
    assertTrue(written.endsWith("合计,,10831,尾数误差系四舍五入所致\n"), written);
    assertEquals(table, CSV.read(new StringReader(written), GUANGDONG));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CSV.write(table.withPrecision(Precision.rounded("declared by the caller"))));
    assertTrue(e.getMessage().contains("the rounding note in the 合计 row's 备注 would not read back"), e::getMessage);
  }

  /** 21 lines, exact unless the 合计 row's 备注 declares them rounded (then up to 11 万元 off is a warning). */
  private static void assertSumFinding(String total, String note, Severity severity) {
    AllocationTable table = CSV.read(new StringReader(SEED_000.replace("\"10,831\",", total + "," + note)),
        GUANGDONG);
    assertEquals(PrintedAmount.parse(total, AmountUnit.WAN_YUAN), table.declaredTotal());
    List<Finding> sum = NoticeValidator.builtIn().validate(table, GUANGDONG).findings("table.sum");
    assertEquals(1, sum.size());
    assertEquals(severity, sum.get(0).severity());
    assertEquals("/declaredTotal", sum.get(0).path());
  }

  @Test
  void brokenTablesNameTheLineAndTheReason() {
    assertError(2, "the header comes before a 单位 line such as 单位：万元", "标题\n序号,地区,金额,备注\n");
    assertError(1, "the 单位 must be 元, 万元 or 亿元, got \"千元\"", "单位：千元\n");
    assertError(3, "the 金额 of 台山市 is not an exact amount in 万元: \"1.0000001\"",
        "单位：万元\n序号,地区,金额,备注\n1,台山市,1.0000001,\n合计,,1,\n");
    assertError(3, "the 金额 of 台山市 is not an exact amount in 元: \"1E+3\"",
        "单位：元\n序号,地区,金额,备注\n1,台山市,1E+3,\n合计,,1000,\n");
    assertError(4, "no 合计 row: the declared total is required", "单位：元\n序号,地区,金额,备注\n1,台山市,1,\n");
    assertError(5, "a row after the 合计 row: [2, 开平市, 1, ]",
        "单位：元\n序号,地区,金额,备注\n1,台山市,1,\n合计,,1,\n2,开平市,1,\n");
    assertError(3, "the 序号 must be a number or empty, got \"一\"", "单位：元\n序号,地区,金额,备注\n一,台山市,1,\n");
    assertError(3, "the 金额 of 合计 is empty", "单位：元\n序号,地区,金额,备注\n合计,,,\n");
  }

  @Test
  void anUnclosedQuoteIsACsvErrorWithItsLineNotAnUncheckedIoException() {
    AllocationTableCsvException error = assertThrows(AllocationTableCsvException.class, () -> CSV.read(
        new StringReader("单位：万元\n序号,地区,金额,备注\n1,\"广州市,357,\n"), GUANGDONG));
    assertTrue(error.getMessage().startsWith("Cannot read allocation table CSV at line " + error.line()
        + ": not CSV: "), error::getMessage);
    assertEquals(4, error.line());
  }

  @Test
  void noCellIsDroppedSilently() {
    assertError(3, "a cell after the 备注 column: \"丢失\" in column 5",
        "单位：万元\n序号,地区,金额,备注\n1,广州市,357,备注,丢失\n合计,,357,\n");
    assertError(4, "a cell after the 备注 column: \"丢失\" in column 7",
        "单位：万元\n序号,地区,金额,备注\n1,广州市,357,\n合计,,357,,,,丢失\n");
    assertError(4, "the 合计 row names a 地区 \"广州市\": a total is no recipient's line",
        "单位：万元\n序号,地区,金额,备注\n1,广州市,357,\n合计,广州市,357,\n");
    assertError(4, "the 合计 row has a 序号 \"2\"", "单位：万元\n序号,地区,金额,备注\n1,广州市,357,\n2,合计,357,\n");
    assertError(4, "a 备注 on the 合计 row other than a rounding note (尾数误差, 四舍五入), which a table's total cannot "
        + "keep: \"含结余\" in column 4",
        "单位：万元\n序号,地区,金额,备注\n1,广州市,357,\n合计,,357,含结余\n");
    assertError(2, "a column after 备注: \"说明\" in column 5", "单位：万元\n序号,地区,金额,备注,说明\n");
    assertError(1, "a cell after the 单位: \"2023年\" in column 3", "单位：万元,,2023年\n");
  }

  @Test
  void aTitleInAnyColumnIsReadAndSurvivesWriteAndRead() {
    AllocationTable table = CSV.read(new StringReader(",,资金分配表,\n单位：万元\n序号,地区,金额,备注\n1,广州市,357,\n"
        + "合计,合计,357,\n"), GUANGDONG);
    assertEquals("资金分配表", table.title().orElseThrow());
    String written = CSV.write(table);
    assertTrue(written.startsWith("资金分配表\n单位：万元\n"), written);
    assertEquals(table, CSV.read(new StringReader(written), GUANGDONG));
  }

  @Test
  void theAmountParserIsTheCause() {
    AllocationTableCsvException error = assertThrows(AllocationTableCsvException.class, () -> CSV.read(
        new StringReader("单位：元\n序号,地区,金额,备注\n1,台山市,0.001,\n合计,,0.001,\n"), JIANGMEN));
    assertInstanceOf(AmountParseException.class, error.getCause());
    assertTrue(error.getCause().getMessage().contains("finer than one fen"), error.getCause()::getMessage);
  }

  private static void assertError(int line, String reason, String csv) {
    AllocationTableCsvException error = assertThrows(AllocationTableCsvException.class,
        () -> CSV.read(new StringReader(csv), JIANGMEN));
    assertEquals("Cannot read allocation table CSV at line " + line + ": " + reason, error.getMessage());
    assertEquals(line, error.line());
  }
}
