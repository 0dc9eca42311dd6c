package io.github.fiscaltransfer.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reports combine, filter and relocate their findings without losing or changing any. */
class ValidationReportTest {

  private static final Finding SUM = Finding.error("table.sum", "table.declaredTotal", "194.00万元", "194.18万元",
      "the lines add up to 194.18万元");
  private static final Finding UNSTATED = Finding.warning("category.unstated", "indicators[12].level1",
      "a level-1 category", "blank", "No level-1 category is printed");

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
  void underPrefixesEveryPathAndKeepsTheRest() {
    Finding moved = ValidationReport.of(List.of(UNSTATED)).under("targets[0].").findings().get(0);
    assertEquals("targets[0].indicators[12].level1", moved.path());
    assertEquals(UNSTATED.ruleId(), moved.ruleId());
    assertEquals(UNSTATED.severity(), moved.severity());
    assertEquals(UNSTATED.expected(), moved.expected());
    assertEquals(UNSTATED.actual(), moved.actual());
    assertEquals(UNSTATED.message(), moved.message());
  }

  @Test
  void anEmptyReportStaysEmpty() {
    assertSame(ValidationReport.empty(), ValidationReport.empty().under("targets[0]."));
    assertFalse(ValidationReport.empty().hasErrors());
    assertEquals("no findings", ValidationReport.empty().toString());
  }
}
