package io.github.fiscaltransfer.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.fiscaltransfer.money.AmountUnit;
import io.github.fiscaltransfer.money.PrecisionLossException;
import io.github.fiscaltransfer.money.PrintedAmount;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link PrintedAmount} as {@code {"figure":"194.00","unit":"万元"}}: serializer, deserializer and round trip. */
class PrintedAmountJsonTest {

  /** A holder, so that errors have a path to name. */
  record Line(PrintedAmount amount) {
  }

  private static PrintedAmount amount(String figure, AmountUnit unit) {
    return PrintedAmount.of(new BigDecimal(figure), unit);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "194.00|WAN_YUAN|{\"figure\":\"194.00\",\"unit\":\"万元\"}",
      "10831|WAN_YUAN|{\"figure\":\"10831\",\"unit\":\"万元\"}",
      "-0.01|YUAN|{\"figure\":\"-0.01\",\"unit\":\"元\"}",
      "1E+3|YUAN|{\"figure\":\"1000\",\"unit\":\"元\"}",
      "0.0000000001|YI_YUAN|{\"figure\":\"0.0000000001\",\"unit\":\"亿元\"}",
      "12345678901234567890.5|WAN_YUAN|{\"figure\":\"12345678901234567890.5\",\"unit\":\"万元\"}"})
  void writesThePlainFigureWithItsScaleAndReadsItBack(String figure, AmountUnit unit, String json) {
    PrintedAmount value = amount(figure, unit);
    assertEquals(json, Mappers.write(value));
    PrintedAmount back = Mappers.read(json, PrintedAmount.class);
    assertEquals(value, back);
    assertEquals(value.scale(), back.scale());
  }

  @Test
  void writesASumLongerThanAnyPrintedFigureWhole() throws Exception {
    // The largest figure in 亿元 (16 integer digits, 10 decimals) doubled 40 times: 39 characters, more than a
    // document prints, as a roll-up may sum to.
    PrintedAmount sum = amount("9999999999999999.9999999999", AmountUnit.YI_YUAN);
    for (int i = 0; i < 40; i++) {
      sum = sum.plus(sum);
    }
    String figure = "10995116277759999999999999890.0488372224";
    assertEquals(figure, sum.figure().toPlainString());
    assertEquals("{\"figure\":\"" + figure + "\",\"unit\":\"亿元\"}", Mappers.write(sum));
    JsonMapper numbers = FiscalTransferMappers
        .builder(new FiscalTransferModule().with(FiscalTransferFeature.WRITE_FIGURES_AS_NUMBERS)).build();
    assertEquals("{\"figure\":" + figure + ",\"unit\":\"亿元\"}", numbers.writeValueAsString(sum));
  }

  @Test
  void readsFieldsInEitherOrder() {
    assertEquals(amount("194.00", AmountUnit.WAN_YUAN),
        Mappers.read("{\"unit\":\"万元\",\"figure\":\"194.00\"}", PrintedAmount.class));
  }

  @Test
  void readsAPlainJsonNumberExactlyWithItsScale() {
    PrintedAmount value = Mappers.read("{\"figure\":194.00,\"unit\":\"万元\"}", PrintedAmount.class);
    assertEquals(amount("194.00", AmountUnit.WAN_YUAN), value);
    assertEquals(2, value.scale());
    assertEquals(amount("0.1", AmountUnit.YUAN), Mappers.read("{\"figure\":0.1,\"unit\":\"元\"}", PrintedAmount.class));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "\"1.94E2\"", "1.94E2", "1e999999999", "\"10,831\"", "\"+1\"", "\" 1\"", "\"\"", "\".5\"", "\"1.\"",
      "\"１９４\"", "\"NaN\"", "\"1234567890123456789012345\"", "\"0.12345678901234567\"",
      "\"-\"", "\"--1\"", "\"1.2.3\"", "\"-.5\"", "\"1-\""})
  void rejectsAFigureThatIsNotAPlainDecimal(String figure) {
    InvalidFormatException e = assertThrows(InvalidFormatException.class, () -> Mappers.newMapper()
        .readValue("{\"amount\":{\"figure\":" + figure + ",\"unit\":\"元\"}}", Line.class));
    assertTrue(e.getMessage().startsWith("Cannot read PrintedAmount at /amount/figure from "), e::getMessage);
    assertTrue(e.getMessage().contains("the figure must be a plain decimal such as \"194.00\""), e::getMessage);
    assertTrue(e.getMessage().contains("[\"amount\"]"), e::getMessage);
  }

  @Test
  void aFigureFinerThanOneFenIsRejectedWithTheDomainReason() {
    InvalidFormatException e = assertThrows(InvalidFormatException.class, () -> Mappers.newMapper()
        .readValue("{\"amount\":{\"figure\":\"1.001\",\"unit\":\"元\"}}", Line.class));
    assertTrue(e.getMessage().startsWith("Cannot read PrintedAmount at /amount from \"1.001元\": "), e::getMessage);
    assertInstanceOf(PrecisionLossException.class, e.getCause());
  }

  @Test
  void anUnknownUnitIsRejected() {
    InvalidFormatException e = assertThrows(InvalidFormatException.class, () -> Mappers.newMapper()
        .readValue("{\"amount\":{\"figure\":\"1\",\"unit\":\"千元\"}}", Line.class));
    assertTrue(e.getMessage().startsWith("Cannot read AmountUnit at /amount/unit from \"千元\""), e::getMessage);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{\"figure\":\"1\"}|the field \"unit\" is missing",
      "{\"unit\":\"元\"}|the field \"figure\" is missing",
      "{}|the field \"figure\" is missing",
      "\"194.00万元\"|expected an object such as {\"figure\":\"194.00\",\"unit\":\"万元\"}, got VALUE_STRING",
      "[]|expected an object",
      "{\"figure\":null,\"unit\":\"元\"}|the figure must be a JSON string such as \"194.00\", got VALUE_NULL",
      "{\"figure\":true,\"unit\":\"元\"}|the figure must be a JSON string",
      "{\"figure\":\"1\",\"unit\":null}|Cannot read AmountUnit at /amount/unit: expected a JSON string",
      "{\"figure\":\"1\",\"unit\":\"元\",\"figure\":\"2\"}|the field \"figure\" is repeated"})
  void rejectsMalformedObjectsWithAClearMessage(String amount, String fragment) {
    JsonMappingException e = assertThrows(JsonMappingException.class, () -> FiscalTransferMappers.builder()
        .disable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build()
        .readValue("{\"amount\":" + amount + "}", Line.class));
    assertTrue(e.getMessage().contains(fragment), e::getMessage);
    assertTrue(e.getMessage().contains("[\"amount\"]"), e::getMessage);
  }

  @Test
  void anUnknownFieldIsRejected() {
    assertThrows(UnrecognizedPropertyException.class, () -> Mappers.newMapper()
        .readValue("{\"figure\":\"1\",\"unit\":\"元\",\"currency\":\"USD\"}", PrintedAmount.class));
  }

  @Test
  void aNullAmountIsNull() {
    assertEquals(new Line(null), Mappers.read("{\"amount\":null}", Line.class));
  }

  @Test
  void rejectsTheCanonicalStringAtTheRoot() {
    MismatchedInputException e = assertThrows(MismatchedInputException.class,
        () -> Mappers.newMapper().readValue("\"194.00万元\"", PrintedAmount.class));
    assertTrue(e.getMessage().startsWith("Cannot read PrintedAmount at (root): expected an object"), e::getMessage);
  }
}
