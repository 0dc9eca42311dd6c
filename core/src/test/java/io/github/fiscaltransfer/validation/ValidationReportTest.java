package io.github.fiscaltransfer.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reports combine, filter and relocate their findings without losing or changing any. */
class ValidationReportTest {

  private static final Finding SUM = Finding.of(Severity.ERROR, "table.sum", JsonPointer.parse("/declaredTotal"),
      "194.00万元", "194.18万元", "the lines add up to 194.18万元");
  private static final Finding UNSTATED = Finding.of(Severity.WARNING, "category.unstated",
      JsonPointer.parse("/indicators/12/level1"), "a level-1 category", "blank", "No level-1 category is printed");

  @Test
  void plusKeepsBothInOrderAndFiltersBySeverityAndRule() {
    ValidationReport report = ValidationReport.of(List.of(SUM)).plus(ValidationReport.of(List.of(UNSTATED)));
    assertEquals(List.of(SUM, UNSTATED), report.findings());
    assertEquals(List.of(UNSTATED), report.findings(Severity.WARNING));
    assertEquals(List.of(SUM), report.findings("table.sum"));
    assertTrue(report.hasErrors());
    assertEquals("1 error(s), 1 warning(s), 0 info", report.toString().lines().findFirst().orElseThrow());
  }

  @Test
  void underPrefixesEveryPointerAndKeepsTheRest() {
    Finding moved = ValidationReport.of(List.of(UNSTATED)).under(JsonPointer.root().element("targets", 0))
        .findings().get(0);
    assertEquals("/targets/0/indicators/12/level1", moved.pointer().toString());
    assertEquals(UNSTATED.ruleId(), moved.ruleId());
    assertEquals(UNSTATED.severity(), moved.severity());
    assertEquals(UNSTATED.expected(), moved.expected());
    assertEquals(UNSTATED.actual(), moved.actual());
    assertEquals(UNSTATED.message(), moved.message());
  }

  @Test
  void inNamesTheDocumentOnlyWhereNoneIsNamed() {
    ValidationReport located = ValidationReport.of(List.of(SUM)).in("江财社〔2023〕16号");
    Finding finding = located.findings().get(0);
    assertEquals("江财社〔2023〕16号", finding.document());
    assertEquals("江财社〔2023〕16号#/declaredTotal", finding.path());
    assertEquals("江财社〔2023〕16号", located.in("粤财社〔2021〕307号").findings().get(0).document());
    assertEquals("ERROR table.sum at 江财社〔2023〕16号#/declaredTotal: expected 194.00万元, actual 194.18万元 — "
        + "the lines add up to 194.18万元", finding.toString());
  }

  @Test
  void aReadersFindingNamesItsSourcePositionAfterThePath() {
    Finding read = Finding.builder().ruleId("read.value").severity(Severity.ERROR).source("附件1 row 5, column 3")
        .actual("16.574").message("not a valid figure").build();
    assertEquals("ERROR read.value at 附件1 row 5, column 3: actual 16.574 — not a valid figure", read.toString());
    Finding located = read.in("江财社〔2023〕16号").under(JsonPointer.parse("/allocations/0/table/lines/1/amount"));
    assertEquals("ERROR read.value at 江财社〔2023〕16号#/allocations/0/table/lines/1/amount (附件1 row 5, column 3): "
        + "actual 16.574 — not a valid figure", located.toString());
  }

  @Test
  void anEmptyReportStaysEmpty() {
    assertSame(ValidationReport.empty(), ValidationReport.empty().under(JsonPointer.root().child("targets")));
    assertFalse(ValidationReport.empty().hasErrors());
    assertEquals("no findings", ValidationReport.empty().toString());
  }
}
