package io.github.fiscaltransfer.identifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fiscaltransfer.FiscalParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentNumberTest {

  @ParameterizedTest
  @ValueSource(strings = {"粤财社〔2021〕307号", "粤财社[2021]307号", "粤财社（2021）307号", "粤财社(2021)307号",
      "粤财社〔2021〕307 号", " 粤财社〔2021〕 307号 "})
  void everyPrintedFormReadsAsTheSameNumber(String text) {
    DocumentNumber number = DocumentNumber.parse(text);
    assertEquals("粤财社", number.issuerCode());
    assertEquals(2021, number.year());
    assertEquals(307, number.serial());
    assertEquals("粤财社〔2021〕307号", number.toString());
  }

  @Test
  void seedNumbers() {
    assertEquals(DocumentNumber.of("粤财社", 2022, 329), DocumentNumber.parse("粤财社〔2022〕329 号"));
    assertEquals(DocumentNumber.of("江财社", 2023, 16), DocumentNumber.parse("江财社〔2023〕16号"));
    assertEquals(DocumentNumber.of("德财社", 2022, 11), DocumentNumber.parse("德财社〔2022〕11号"));
    assertEquals(DocumentNumber.of("财社", 2021, 156), DocumentNumber.parse("财社〔2021〕156号"));
    assertEquals(DocumentNumber.of("粤医保便函", 2023, 51), DocumentNumber.parse("粤医保便函〔2023〕51号"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "粤财社2021307号    | 11 | no opening bracket 〔 before the year",
      "粤财社〔21〕307号   | 4  | the year must have 4 digits",
      "粤财社〔2021307号   | 4  | the year must have 4 digits",
      "粤财社〔2021号      | 8  | no closing bracket 〕 after the year",
      "粤财社〔2021〕号    | 9  | no serial after the year",
      "粤财社〔2021〕第307号 | 9 | 第 is not part of a 发文字号: the serial follows the year, as in 〔2021〕307号",
      "粤财社〔2021〕307   | 12 | the serial must be followed by 号 and nothing else",
      "粤财社〔2021〕307号x | 12 | the serial must be followed by 号 and nothing else",
      "〔2021〕307号      | 0  | Document issuer code must be non-blank text without digits: ''",
      "粤财社〔2021〕0号   | 0  | Document serial must be positive: 0",
  })
  void malformedNumbersNameTheIndex(String text, int index, String reason) {
    FiscalParseException e = assertThrows(FiscalParseException.class, () -> DocumentNumber.parse(text));
    assertEquals("Cannot parse document number '" + text + "' at index " + index + ": " + reason, e.getMessage());
  }

  @Test
  void equalityAndOrder() {
    DocumentNumber a = DocumentNumber.parse("江财社〔2023〕1号");
    assertEquals(a, DocumentNumber.parse("江财社[2023]1号"));
    assertEquals(a.hashCode(), DocumentNumber.parse("江财社[2023]1号").hashCode());
    assertNotEquals(a, DocumentNumber.parse("江财社〔2023〕2号"));
    assertTrue(a.compareTo(DocumentNumber.parse("江财社〔2023〕16号")) < 0);
    assertTrue(DocumentNumber.parse("江财社〔2022〕99号").compareTo(a) < 0);
  }
}
