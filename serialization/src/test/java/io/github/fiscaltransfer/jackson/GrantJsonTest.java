package io.github.fiscaltransfer.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.github.fiscaltransfer.notice.FundLabel;
import io.github.fiscaltransfer.notice.FundingSource;
import io.github.fiscaltransfer.notice.Grant;
import io.github.fiscaltransfer.identifier.ProjectCode;
import io.github.fiscaltransfer.subject.Subject;
import java.time.Year;
import org.junit.jupiter.api.Test;

/** {@link Grant} as an object of its attributes: serializer, deserializer, round trip and its rules. */
class GrantJsonTest {

  /** A holder, so that errors have a path to name. */
  record Holder(Grant grant) {
  }

  private static final String FULL = "{\"name\":\"医疗服务与保障能力提升补助资金\",\"projectCode\":\"Z155080000004\","
      + "\"fiscalYear\":2022,\"fundingSource\":\"central\",\"revenueSubject\":\"1100249 医疗卫生共同财政事权转移支付收入\","
      + "\"expenditureSubject\":\"21015 医疗保障管理事务\",\"labels\":[\"01 中央直达资金\"]}";

  private static Grant full() {
    return Grant.builder().name("医疗服务与保障能力提升补助资金").projectCode(ProjectCode.parse("Z155080000004"))
        .fiscalYear(Year.of(2022)).fundingSource(FundingSource.CENTRAL)
        .revenueSubject(Subject.parse("1100249 医疗卫生共同财政事权转移支付收入"))
        .expenditureSubject(Subject.parse("21015 医疗保障管理事务")).addLabels(FundLabel.parse("01 中央直达资金"))
        .build();
  }

  @Test
  void writesEveryAttribute() {
    assertEquals(FULL, Mappers.write(full()));
  }

  @Test
  void readsEveryAttribute() {
    assertEquals(full(), Mappers.read(FULL, Grant.class));
  }

  @Test
  void leavesOutAbsentOptionalsAndRoundTrips() {
    Grant minimal = Grant.builder().name("补助").fiscalYear(Year.of(2021)).fundingSource(FundingSource.PROVINCIAL)
        .expenditureSubject(Subject.parse("21015")).build();
    String json = Mappers.write(minimal);
    assertEquals("{\"name\":\"补助\",\"fiscalYear\":2021,\"fundingSource\":\"provincial\","
        + "\"expenditureSubject\":\"" + minimal.expenditureSubject().orElseThrow() + "\",\"labels\":[]}", json);
    assertEquals(minimal, Mappers.read(json, Grant.class));
  }

  @Test
  void aBrokenRuleIsReportedWithItsReasonAndPath() {
    String json = "{\"grant\":" + FULL.replace("\"expenditureSubject\":\"21015 医疗保障管理事务\"",
        "\"expenditureSubject\":\"1100249\"") + "}";
    MismatchedInputException e = assertThrows(MismatchedInputException.class,
        () -> Mappers.newMapper().readValue(json, Holder.class));
    assertTrue(e.getMessage().startsWith(
        "Cannot read Grant at /grant: Grant 医疗服务与保障能力提升补助资金's expenditure subject"), e::getMessage);
    assertTrue(e.getMessage().contains("[\"grant\"]"), e::getMessage);
  }

  @Test
  void aMissingAttributeIsReported() {
    MismatchedInputException e = assertThrows(MismatchedInputException.class,
        () -> Mappers.newMapper().readValue("{\"name\":\"补助\"}", Grant.class));
    assertTrue(e.getMessage().startsWith("Cannot read Grant at (root): Cannot build Grant, some of required attributes"
        + " are not set [fiscalYear]"), e::getMessage);
  }

  @Test
  void aNullLabelIsRejectedNotThrownAsANullPointer() {
    MismatchedInputException e = assertThrows(MismatchedInputException.class, () -> Mappers.newMapper()
        .readValue(FULL.replace("[\"01 中央直达资金\"]", "[\"01 中央直达资金\",null]"), Grant.class));
    assertTrue(e.getMessage().startsWith("Cannot read Grant at /labels/1: the element is missing or null"),
        e::getMessage);
  }

  @Test
  void aYearOutOfRangeIsRejected() {
    MismatchedInputException e = assertThrows(MismatchedInputException.class,
        () -> Mappers.newMapper().readValue(FULL.replace("2022", "2147483647"), Grant.class));
    assertTrue(e.getMessage().startsWith("Cannot read Year at /fiscalYear from \"2147483647\": a year is a JSON"
        + " integer from 1 to 9999"), e::getMessage);
  }

  @Test
  void aFractionalYearIsRejectedNotTruncated() {
    MismatchedInputException e = assertThrows(MismatchedInputException.class,
        () -> Mappers.newMapper().readValue(FULL.replace("2022", "2022.5"), Grant.class));
    assertTrue(e.getMessage().startsWith("Cannot read Year at /fiscalYear from \"2022.5\": a year is a JSON integer"),
        e::getMessage);
  }

  @Test
  void anUnknownAttributeIsRejected() {
    assertThrows(UnrecognizedPropertyException.class,
        () -> Mappers.newMapper().readValue(FULL.replace("{", "{\"x\":1,"), Grant.class));
  }
}
