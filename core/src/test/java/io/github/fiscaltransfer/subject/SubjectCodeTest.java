package io.github.fiscaltransfer.subject;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fiscaltransfer.FiscalParseException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SubjectCodeTest {

  @Test
  void seedCodesHaveTheirLevelAndClassification() {
    SubjectCode item = SubjectCode.of("2101502");
    assertEquals(SubjectLevel.ITEM, item.level());
    assertEquals(Classification.EXPENDITURE_FUNCTION, item.classification());
    assertEquals(SubjectLevel.SECTION, SubjectCode.of("21015").level());
    assertEquals(SubjectLevel.CLASS, SubjectCode.of("210").level());
    assertEquals(Classification.REVENUE, SubjectCode.of("1100249").classification());
    assertEquals(Classification.ECONOMIC_GOVERNMENT, SubjectCode.of("50201").classification());
    assertEquals(Classification.ECONOMIC_DEPARTMENT, SubjectCode.of("302").classification());
  }

  @Test
  void countySubjectLiesUnderProvincialSubject() {
    SubjectCode province = SubjectCode.of("21015");
    SubjectCode county = SubjectCode.of("2101502");
    assertTrue(province.isAncestorOf(county));
    assertTrue(province.contains(county));
    assertTrue(county.contains(county));
    assertFalse(county.isAncestorOf(county));
    assertFalse(county.isAncestorOf(province));
    assertFalse(SubjectCode.of("21013").contains(county));
  }

  @Test
  void revenueSubjectAncestorsAreItsSectionAndClass() {
    SubjectCode code = SubjectCode.of("1100249");
    assertEquals(List.of(SubjectCode.of("11002"), SubjectCode.of("110")), code.ancestors());
    assertEquals(Optional.of(SubjectCode.of("11002")), code.parent());
    assertEquals(Optional.empty(), SubjectCode.of("110").parent());
    assertEquals(SubjectCode.of("110"), code.atLevel(SubjectLevel.CLASS));
  }

  @Test
  void atLevelBelowTheCodeIsRefused() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> SubjectCode.of("210").atLevel(SubjectLevel.ITEM));
    assertEquals("Subject code 210 is a 类 and has no 项 below it", e.getMessage());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "21015x  | 5 | Cannot parse subject code '21015x' at index 5: unexpected character 'x'",
      "2101    | 4 | Cannot parse subject code '2101' at index 4: a code has 3, 5 or 7 digits, not 4",
      "4101502 | 0 | Cannot parse subject code '4101502' at index 0: a code starts with 1 (revenue), 2 (function), 3 or 5 (economic), not 4",
      "5020101 | 7 | Cannot parse subject code '5020101' at index 7: an economic classification code has 3 or 5 digits, not 7",
      "300     | 1 | Cannot parse subject code '300' at index 1: an economic classification 类 is 301 to 399, not 300",
      "50001   | 1 | Cannot parse subject code '50001' at index 1: an economic classification 类 is 501 to 599, not 500",
  })
  void invalidCodesNameInputAndIndex(String input, int index, String message) {
    FiscalParseException e = assertThrows(FiscalParseException.class, () -> SubjectCode.of(input));
    assertEquals(message, e.getMessage());
    assertEquals(index, e.errorIndex());
    assertEquals(input, e.input());
  }

  @Test
  void emptyCodeIsRefused() {
    FiscalParseException e = assertThrows(FiscalParseException.class, () -> SubjectCode.parse("  "));
    assertEquals("Cannot parse subject code '  ' at index 0: a code has 3, 5 or 7 digits, not 0", e.getMessage());
  }

  @Test
  void parseIgnoresSurroundingSpaceAndReportsIndexInTheInput() {
    assertEquals(SubjectCode.of("21015"), SubjectCode.parse(" 21015 "));
    FiscalParseException e = assertThrows(FiscalParseException.class, () -> SubjectCode.parse("  2101x"));
    assertEquals(6, e.errorIndex());
  }

  @Test
  void equalsAndHashCodeFollowTheDigits() {
    SubjectCode a = SubjectCode.of("2101502");
    SubjectCode b = SubjectCode.parse("2101502");
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, SubjectCode.of("2101501"));
    assertNotEquals(a, "2101502");
    assertEquals("2101502", a.toString());
    assertTrue(SubjectCode.of("21015").compareTo(a) < 0);
  }
}
