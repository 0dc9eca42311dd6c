package io.github.fiscaltransfer.identifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.fiscaltransfer.FiscalParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProjectCodeTest {

  @Test
  void seedCode() {
    assertEquals("Z155080000004", ProjectCode.parse(" Z155080000004 ").toString());
    assertEquals(ProjectCode.parse("Z155080000004"), ProjectCode.parse("Z155080000004"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "155080000004   | 0  | expected a capital letter first",
      "Z15508000000   | 12 | expected 12 digits after the letter",
      "Z1550800000040 | 13 | expected 12 digits after the letter",
      "Z15508O000004  | 6  | expected 12 digits after the letter",
  })
  void malformedCodesNameTheIndex(String text, int index, String reason) {
    FiscalParseException e = assertThrows(FiscalParseException.class, () -> ProjectCode.parse(text));
    assertEquals("Cannot parse project code '" + text + "' at index " + index + ": " + reason, e.getMessage());
  }
}
