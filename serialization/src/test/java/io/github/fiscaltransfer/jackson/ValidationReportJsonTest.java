package io.github.fiscaltransfer.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.fiscaltransfer.jackson.csv.AllocationTableCsv;
import io.github.fiscaltransfer.notice.NoticeValidator;
import io.github.fiscaltransfer.unit.FiscalUnit;
import io.github.fiscaltransfer.unit.UnitRegistry;
import io.github.fiscaltransfer.validation.Finding;
import io.github.fiscaltransfer.validation.JsonPointer;
import io.github.fiscaltransfer.validation.Severity;
import io.github.fiscaltransfer.validation.ValidationReport;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link Finding} and {@link ValidationReport} as JSON, for tools that store or exchange reports (#18). */
class ValidationReportJsonTest {

  private static final FiscalUnit JIANGMEN = UnitRegistry.builtIn().byName("江门市").orElseThrow();

  /** A table of 2 lines that do not reach their 合计, and a place the registry does not know. */
  private static ValidationReport report() {
    return NoticeValidator.builtIn().validate(AllocationTableCsv.builtIn().read(new StringReader(
        "单位：万元\n序号,地区,金额,备注\n1,台山市,100,\n2,江门新区,50,\n合计,,200,\n"), JIANGMEN), JIANGMEN);
  }

  @Test
  void aReportIsItsFindingsInOrderAndRoundTrips() {
    ValidationReport report = report();
    assertEquals(List.of("table.sum", "table.recipient-unknown"),
        report.findings().stream().map(Finding::ruleId).toList());
    String json = Mappers.write(report);
    assertTrue(json.startsWith("{\"findings\":[{\"ruleId\":\"table.sum\",\"severity\":\"error\","
        + "\"pointer\":\"/declaredTotal\","), json);
    assertEquals(report, Mappers.read(json, ValidationReport.class));
    assertEquals(json, Mappers.write(Mappers.read(json, ValidationReport.class)));
  }

  @Test
  void aFindingLeavesOutWhatItDoesNotHave() {
    Finding finding = Finding.builder().ruleId("chain.orphan").severity(Severity.INFO)
        .document("粤财社〔2021〕307号").pointer(JsonPointer.parse("/basis/0")).message("its parent is not in the set")
        .build();
    String json = "{\"ruleId\":\"chain.orphan\",\"severity\":\"info\",\"document\":\"粤财社〔2021〕307号\","
        + "\"pointer\":\"/basis/0\",\"message\":\"its parent is not in the set\"}";
    assertEquals(json, Mappers.write(finding));
    assertEquals(finding, Mappers.read(json, Finding.class));
    assertEquals("{\"findings\":[]}", Mappers.write(ValidationReport.empty()));
    assertEquals(ValidationReport.empty(), Mappers.read("{\"findings\":[]}", ValidationReport.class));
  }

  @Test
  void aReadersFindingKeepsItsSourcePosition() {
    Finding finding = Finding.builder().ruleId("read.value").severity(Severity.ERROR)
        .pointer(JsonPointer.parse("/lines/1/amount")).source("附件1 row 5, column 3").actual("16.574")
        .message("not a valid figure").build();
    String json = "{\"ruleId\":\"read.value\",\"severity\":\"error\",\"pointer\":\"/lines/1/amount\","
        + "\"source\":\"附件1 row 5, column 3\",\"actual\":\"16.574\",\"message\":\"not a valid figure\"}";
    assertEquals(json, Mappers.write(finding));
    assertEquals(finding, Mappers.read(json, Finding.class));
  }

  @Test
  void aFindingKeepsItsKeyAndArgumentsInOrderAndOlderJsonStillReads() {
    Finding sum = report().findings().get(0);
    String json = Mappers.write(sum);
    assertTrue(json.endsWith(",\"message\":\"" + sum.message() + "\",\"arguments\":{\"sum\":\"150万元\","
        + "\"total\":\"200万元\",\"difference\":\"-50万元\",\"gap\":\"50万元\",\"rounding\":\"exact\",\"bound\":\"1万元\","
        + "\"figures\":\"3\"}}"), json);
    Finding read = Mappers.read(json, Finding.class);
    assertEquals(sum, read);
    assertEquals(sum.message(Locale.SIMPLIFIED_CHINESE), read.message(Locale.SIMPLIFIED_CHINESE));
    Finding variant = Finding.builder().from(sum).key("table.sum.rounded").build();
    assertTrue(Mappers.write(variant).contains("\"key\":\"table.sum.rounded\",\"arguments\":{"));
    assertEquals(variant, Mappers.read(Mappers.write(variant), Finding.class));
    Finding older = Mappers.read("{\"ruleId\":\"table.sum\",\"severity\":\"error\",\"pointer\":\"\","
        + "\"message\":\"the lines add up to 150万元\"}", Finding.class);
    assertEquals("table.sum", older.key());
    assertEquals(Map.of(), older.arguments());
    assertEquals("the lines add up to 150万元", older.message(Locale.SIMPLIFIED_CHINESE));
  }

  @Test
  void aFindingThatBreaksItsRulesIsRefused() {
    MismatchedInputException blank = assertThrows(MismatchedInputException.class, () -> Mappers.newMapper()
        .readValue("{\"ruleId\":\"table.sum\",\"severity\":\"error\",\"pointer\":\"\",\"message\":\" \"}", Finding.class));
    assertTrue(blank.getMessage().startsWith("Cannot read Finding at (root): Finding message must not be blank"),
        blank::getMessage);
    assertThrows(InvalidFormatException.class, () -> Mappers.newMapper()
        .readValue("{\"ruleId\":\"table.sum\",\"severity\":\"fatal\",\"pointer\":\"\",\"message\":\"x\"}", Finding.class));
    MismatchedInputException pointer = assertThrows(MismatchedInputException.class, () -> Mappers.newMapper()
        .readValue("{\"ruleId\":\"table.sum\",\"severity\":\"error\",\"pointer\":\"lines\",\"message\":\"x\"}",
            Finding.class));
    assertTrue(pointer.getMessage().startsWith("Cannot read Finding at /pointer: "), pointer::getMessage);
  }
}
