package io.github.fiscaltransfer.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fiscaltransfer.FiscalParseException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DivisionCodeTest {

  @Test
  void structureTellsTheLevel() {
    assertEquals(AdministrativeLevel.PROVINCE, DivisionCode.parse("440000").level());
    assertEquals(AdministrativeLevel.PREFECTURE, DivisionCode.parse("440700").level());
    assertEquals(AdministrativeLevel.COUNTY, DivisionCode.parse("440781").level());
  }

  @Test
  void parentsAndContainment() {
    DivisionCode taishan = DivisionCode.parse("440781");
    assertEquals(Optional.of(DivisionCode.parse("440700")), taishan.parent());
    assertEquals(Optional.of(DivisionCode.parse("440000")), DivisionCode.parse("440700").parent());
    assertEquals(Optional.empty(), DivisionCode.parse("440000").parent());
    assertTrue(DivisionCode.parse("440000").contains(taishan));
    assertTrue(DivisionCode.parse("440700").contains(taishan));
    assertFalse(DivisionCode.parse("440100").contains(taishan));
    assertFalse(taishan.contains(taishan));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "44078  | 5 | a code has 6 or 9 digits, not 5",
      "4407810 | 7 | a code has 6 or 9 digits, not 7",
      "440000101 | 4 | a township code needs a county part other than 00",
      "44o781 | 2 | unexpected character 'o'",
      "990000 | 0 | the province part must be 11 to 82, not 99",
      "440007 | 2 | a county code needs a prefecture part other than 00",
  })
  void malformedCodesNameTheIndex(String text, int index, String reason) {
    FiscalParseException e = assertThrows(FiscalParseException.class, () -> DivisionCode.parse(text));
    assertEquals("Cannot parse division code '" + text + "' at index " + index + ": " + reason, e.getMessage());
  }

  @Test
  void nineDigitFiscalCodesAreTheSixDigitCodeOrATownship() {
    assertEquals(DivisionCode.parse("440000"), DivisionCode.parse("440000000"));
    assertEquals("440781", DivisionCode.parse("440781000").toString());
    assertEquals("440781000", DivisionCode.parse("440781").fiscalCode());
    DivisionCode town = DivisionCode.parse("440781101");
    assertEquals(AdministrativeLevel.TOWNSHIP, town.level());
    assertEquals(Optional.of(DivisionCode.parse("440781")), town.parent());
    assertEquals(DivisionCode.parse("440000"), town.province());
    assertTrue(DivisionCode.parse("440700").contains(town));
    assertFalse(town.contains(town));
    assertEquals(town, DivisionCode.parse(town.toString()));
  }

  @Test
  void equalsHashCodeAndText() {
    assertEquals(DivisionCode.parse("440781"), DivisionCode.parse(" 440781 "));
    assertEquals(DivisionCode.parse("440781").hashCode(), DivisionCode.parse("440781").hashCode());
    assertNotEquals(DivisionCode.parse("440781"), DivisionCode.parse("440783"));
    assertEquals("440781", DivisionCode.parse("440781").toString());
  }
}
