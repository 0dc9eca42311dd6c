package io.github.fiscaltransfer.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.fiscaltransfer.FiscalParseException;
import io.github.fiscaltransfer.money.AmountUnit;
import io.github.fiscaltransfer.money.Quantum;
import io.github.fiscaltransfer.identifier.DocumentNumber;
import io.github.fiscaltransfer.notice.FundLabel;
import io.github.fiscaltransfer.notice.FundingSource;
import io.github.fiscaltransfer.notice.NoticeKind;
import io.github.fiscaltransfer.identifier.ProjectCode;
import io.github.fiscaltransfer.notice.Urgency;
import io.github.fiscaltransfer.evaluation.BudgetSource;
import io.github.fiscaltransfer.evaluation.Grade;
import io.github.fiscaltransfer.performance.IndicatorLevel1;
import io.github.fiscaltransfer.subject.Subject;
import io.github.fiscaltransfer.subject.SubjectCode;
import io.github.fiscaltransfer.unit.AdministrativeLevel;
import io.github.fiscaltransfer.unit.DivisionCode;
import io.github.fiscaltransfer.validation.Severity;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every type written as its canonical text: serializer, deserializer and round trip, with exact JSON. */
class CanonicalTextTypesTest {

  /** A holder, so that errors have a path to name. */
  record Holder(Object value) {
  }

  static Stream<Arguments> values() {
    return Stream.of(
        Arguments.of(SubjectCode.of("2101502"), "\"2101502\""),
        Arguments.of(Subject.parse("2101502 一般行政管理事务"), "\"2101502 一般行政管理事务\""),
        Arguments.of(DocumentNumber.parse("粤财社〔2021〕307号"), "\"粤财社〔2021〕307号\""),
        Arguments.of(FundLabel.parse("01 中央直达资金"), "\"01 中央直达资金\""),
        Arguments.of(ProjectCode.parse("Z155080000004"), "\"Z155080000004\""),
        Arguments.of(DivisionCode.parse("440781"), "\"440781\""),
        Arguments.of(AmountUnit.WAN_YUAN, "\"万元\""),
        Arguments.of(AmountUnit.YI_YUAN, "\"亿元\""),
        Arguments.of(Quantum.parse("0.01万元"), "\"0.01万元\""),
        Arguments.of(Quantum.FEN, "\"" + Quantum.FEN + "\""),
        Arguments.of(Urgency.EXTRA_URGENT, "\"extra_urgent\""),
        Arguments.of(NoticeKind.PRE_ALLOCATION, "\"pre_allocation\""),
        Arguments.of(FundingSource.CENTRAL, "\"central\""),
        Arguments.of(AdministrativeLevel.PREFECTURE, "\"prefecture\""),
        Arguments.of(Severity.WARNING, "\"warning\""),
        Arguments.of(Grade.EXCELLENT, "\"优\""),
        Arguments.of(IndicatorLevel1.OUTPUT, "\"产出指标\""),
        Arguments.of(BudgetSource.CARRIED_OVER, "\"结转\""));
  }

  @ParameterizedTest
  @MethodSource("values")
  void writesTheCanonicalText(Object value, String json) {
    assertEquals(json, Mappers.write(value));
  }

  @ParameterizedTest
  @MethodSource("values")
  void readsTheCanonicalText(Object value, String json) {
    assertEquals(value, Mappers.read(json, value.getClass()));
  }

  @ParameterizedTest
  @MethodSource("values")
  void roundTripsInsideAList(Object value, String json) throws Exception {
    String list = Mappers.write(List.of(value, value));
    assertEquals("[" + json + "," + json + "]", list);
    Object[] back = (Object[]) Mappers.newMapper().readValue(list,
        java.lang.reflect.Array.newInstance(value.getClass(), 0).getClass());
    assertEquals(List.of(value, value), List.of(back));
  }

  @ParameterizedTest
  @MethodSource("values")
  void rejectsANumberNamingTheTypeAndThePath(Object value, String json) {
    MismatchedInputException e = assertThrows(MismatchedInputException.class,
        () -> Mappers.newMapper().readValue("[1]", arrayOf(value.getClass())));
    assertTrue(e.getMessage().contains("Cannot read " + value.getClass().getSimpleName() + " at /0"), e::getMessage);
    assertTrue(e.getMessage().contains("expected a JSON string, got VALUE_NUMBER_INT"), e::getMessage);
  }

  @ParameterizedTest
  @MethodSource("values")
  void readsNullAsNull(Object value, String json) {
    assertEquals(null, Mappers.read("null", value.getClass()));
  }

  @org.junit.jupiter.api.Test
  void invalidTextNamesTheTypeThePathAndTheDomainReason() {
    record Line(SubjectCode subject) {
    }
    InvalidFormatException e = assertThrows(InvalidFormatException.class,
        () -> Mappers.newMapper().readValue("{\"subject\":\"21015x\"}", Line.class));
    assertTrue(e.getMessage().startsWith("Cannot read SubjectCode at /subject from \"21015x\": "), e::getMessage);
    assertTrue(e.getMessage().contains("[\"subject\"]"), e::getMessage);
    assertEquals("21015x", e.getValue());
    assertEquals(SubjectCode.class, e.getTargetType());
    assertInstanceOf(FiscalParseException.class, e.getCause());
  }

  @org.junit.jupiter.api.Test
  void anUnknownUnitLabelIsRejected() {
    InvalidFormatException e = assertThrows(InvalidFormatException.class,
        () -> Mappers.newMapper().readValue("\"WAN_YUAN\"", AmountUnit.class));
    assertTrue(e.getMessage().contains("Cannot read AmountUnit at (root) from \"WAN_YUAN\""), e::getMessage);
    assertTrue(e.getMessage().contains("Unknown amount unit"), e::getMessage);
  }

  @org.junit.jupiter.api.Test
  void aLongTextIsRejectedBeforeParsingAndNotEchoedWhole() {
    String text = "2".repeat(10_000);
    InvalidFormatException e = assertThrows(InvalidFormatException.class,
        () -> Mappers.newMapper().readValue("\"" + text + "\"", Subject.class));
    assertTrue(e.getMessage().contains("longer than 500 characters"), e::getMessage);
    assertTrue(e.getMessage().length() < 1_000, e::getMessage);
  }

  @org.junit.jupiter.api.Test
  void anUnknownEnumIdListsTheKnownOnes() {
    InvalidFormatException e = assertThrows(InvalidFormatException.class,
        () -> Mappers.newMapper().readValue("\"EXTRA_URGENT\"", Urgency.class));
    assertTrue(e.getMessage().contains("Cannot read Urgency at (root) from \"EXTRA_URGENT\": Unknown Urgency id"
        + " 'EXTRA_URGENT' (expected none, urgent, extra_urgent)"), e::getMessage);
  }

  private static Class<?> arrayOf(Class<?> type) {
    return java.lang.reflect.Array.newInstance(type, 0).getClass();
  }
}
