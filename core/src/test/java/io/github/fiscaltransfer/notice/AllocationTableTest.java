package io.github.fiscaltransfer.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.fiscaltransfer.money.AmountUnit;
import io.github.fiscaltransfer.money.Precision;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.unit.FiscalUnit;
import io.github.fiscaltransfer.unit.UnitRegistry;
import io.github.fiscaltransfer.validation.Finding;
import io.github.fiscaltransfer.validation.Severity;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AllocationTableTest {

  private static final NoticeValidator VALIDATOR = NoticeValidator.builtIn();
  private static final UnitRegistry UNITS = UnitRegistry.builtIn();
  private static final FiscalUnit JIANGMEN = UNITS.byName("江门市").orElseThrow();

  private static AllocationTable table(AmountUnit unit, String total, String line, int lines) {
    AllocationTable.Builder table = AllocationTable.builder().unit(unit)
        .declaredTotal(PrintedAmount.parse(total, unit));
    for (int i = 0; i < lines; i++) {
      table.addLines(AllocationLine.of(UNITS.recipient("单位" + i, JIANGMEN),
          PrintedAmount.parse(line, unit)));
    }
    return table.build();
  }

  private static Finding sumFinding(AllocationTable table) {
    return VALIDATOR.validate(table, JIANGMEN).findings().stream()
        .filter(f -> f.ruleId().equals(NoticeRule.TABLE_SUM.id())).findFirst().orElseThrow();
  }

  /** Defect 6a of issue #19: two 24-digit lines read fine, then validation threw from linesSum. */
  @Test
  void linesAddingUpBeyondWhatAnAmountHoldsAreReported() {
    AllocationTable table = table(AmountUnit.YUAN, "999999999999999999999999", "999999999999999999999999", 2);
    Finding finding = sumFinding(table);
    assertEquals(Severity.ERROR, finding.severity());
    assertEquals(Optional.of("1,999,999,999,999,999,999,999,998元"), finding.actual());
    assertEquals("the lines add up to 1,999,999,999,999,999,999,999,998元 but the declared total is "
        + "999,999,999,999,999,999,999,999元 (difference 999,999,999,999,999,999,999,999元); the figures are exact "
        + "(no rounding is declared), so one of them is wrong", finding.message());
    assertThrows(IllegalArgumentException.class, table::linesSum);
  }

  /** Defect 6b of issue #19: a 合计 printed 0.000 元 made the rounding tolerance finer than a fen, and that threw. */
  @Test
  void aTotalPrintedFinerThanAFenGivesAToleranceInItsOwnScale() {
    Precision rounded = Precision.rounded("declared by the caller");
    Finding finding = sumFinding(table(AmountUnit.YUAN, "0.000", "0.01", 21).withPrecision(rounded));
    assertEquals(Severity.ERROR, finding.severity());
    assertEquals("the lines add up to 0.210元 but the declared total is 0.000元 (difference 0.210元); more than "
        + "rounding (四舍五入) 22 printed figures can explain", finding.message());
    Finding within = sumFinding(table(AmountUnit.YUAN, "0.200", "0.01", 21).withPrecision(rounded));
    assertEquals(Severity.WARNING, within.severity());
    assertEquals("the lines add up to 0.210元 but the declared total is 0.200元 (difference 0.010元); within the "
        + "±0.011元 that rounding (四舍五入) 22 printed figures allows (declared by the caller)", within.message());
    assertEquals("分配表各行合计 0.210元，表中列示合计 0.200元，相差 0.010元；在四舍五入允许的尾数误差（±0.011元，22 个列示数）以内",
        within.message(Locale.SIMPLIFIED_CHINESE));
    assertEquals(Severity.ERROR, sumFinding(table(AmountUnit.YUAN, "0.200", "0.01", 21)).severity());
  }

  @Test
  void figuresGivenAsTextAreReadInTheTablesUnit() {
    AllocationTable table = AllocationTable.builder().unit(AmountUnit.WAN_YUAN)
        .addLine(UNITS.recipient("市本级", JIANGMEN), "70.91")
        .addLine(UNITS.recipient("蓬江区", JIANGMEN), "16.57")
        .declaredTotal("87.48").build();
    assertEquals(AmountUnit.WAN_YUAN, table.unit());
    assertEquals("87.48万元", table.declaredTotal().toString());
    assertEquals("16.57万元", table.lines().get(1).amount().toString());
    assertEquals(2, table.scale());
  }

  @Test
  void theUnitIsTheDeclaredTotals() {
    AllocationTable table = AllocationTable.builder().declaredTotal(PrintedAmount.parse("1,829万元")).build();
    assertEquals(AmountUnit.WAN_YUAN, table.unit());
  }

  @Test
  void aFigureAsTextNeedsTheUnitFirst() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> AllocationTable.builder().declaredTotal("87.48"));
    assertEquals("Set the table's unit before giving a figure as text", e.getMessage());
  }

  @Test
  void aTotalInAnotherUnitThanTheTablesIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AllocationTable.builder()
        .unit(AmountUnit.WAN_YUAN).declaredTotal(PrintedAmount.parse("874800元")).build());
    assertEquals("Allocation table printed in 万元 has a total in 元: 874,800元", e.getMessage());
  }
}
