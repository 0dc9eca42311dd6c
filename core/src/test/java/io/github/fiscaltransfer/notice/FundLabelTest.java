package io.github.fiscaltransfer.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fiscaltransfer.FiscalParseException;
import io.github.fiscaltransfer.money.EqualsContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FundLabelTest {

  @Test
  void directFundLabelsKeepTheirWordingAndShareTheirCode() {
    FundLabel central = FundLabel.parse("01 中央直达资金");
    FundLabel direct = FundLabel.parse("01 直达资金");
    assertEquals(FundLabel.Kind.DIRECT_FUND, central.kind());
    assertEquals("01", central.code());
    assertEquals("中央直达资金", central.wording());
    assertNotEquals(central, direct);
    assertTrue(central.hasSameCodeAs(direct));
    assertEquals(central, FundLabel.parse("01中央直达资金"));
    assertFalse(central.hasSameCodeAs(FundLabel.parse("09 其他资金")));
  }

  @Test
  void equalsCountsKindCodeAndWording() {
    EqualsContract.check(FundLabel.parse("01 中央直达资金"), FundLabel.parse(" 01-中央直达资金 "),
        FundLabel.parse("01 直达资金"));
    assertNotEquals(FundLabel.parse("A0404-城乡医疗救助"), FundLabel.parse("A0405-城乡医疗救助"));
  }

  @Test
  void sanBaoLabel() {
    FundLabel label = FundLabel.parse("A0404-城乡医疗救助");
    assertEquals(FundLabel.Kind.BASIC_GUARANTEE, label.kind());
    assertEquals("A0404", label.code());
    assertEquals("城乡医疗救助", label.wording());
    assertEquals("A0404-城乡医疗救助", label.toString());
    assertEquals(label, FundLabel.parse(label.toString()));
    assertEquals("01 中央直达资金", FundLabel.parse("01 中央直达资金").toString());
  }

  /** Defect 4 of issue #19: a wording that starts with a dash lost it on a round trip, and equals did not notice. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "01 --x         | -x  | 01 --x",
      "A0404--x       | -x  | A0404--x",
      "01 — —城乡     | —城乡 | 01 -—城乡",
      "01 - -         | -   | 01 --",
  })
  void aWordingThatStartsWithADashReadsBackWhole(String text, String wording, String canonical) {
    FundLabel label = FundLabel.parse(text);
    assertEquals(wording, label.wording());
    assertEquals(canonical, label.toString());
    assertEquals(label, FundLabel.parse(label.toString()));
    assertEquals(wording, FundLabel.parse(label.toString()).wording());
  }

  /** Defect 2 of issue #19: 80,000 spaces inside took 13.6 s with the old regular expression. */
  @Test
  void spacesInsideTheWordingAreKept() {
    String wording = "a" + " ".repeat(80_000) + "b";
    FundLabel label = FundLabel.parse("01 " + wording);
    assertEquals(wording, label.wording());
    assertEquals(label, FundLabel.parse(label.toString()));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "中央直达资金        | 0 | expected a code (01, 09, A0404 …) followed by its wording",
      "012 直达资金        | 0 | expected a code (01, 09, A0404 …) followed by its wording",
      "A1234567-救助       | 1 | expected a code (01, 09, A0404 …) followed by its wording",
      "A0404              | 5 | no wording after the code A0404",
      "01 -               | 4 | no wording after the code 01",
  })
  void malformedLabelsNameTheIndex(String text, int index, String reason) {
    FiscalParseException e = assertThrows(FiscalParseException.class, () -> FundLabel.parse(text));
    assertEquals("Cannot parse fund label '" + text + "' at index " + index + ": " + reason, e.getMessage());
  }

  @Test
  void aLabelIsOneLine() {
    FiscalParseException e = assertThrows(FiscalParseException.class, () -> FundLabel.parse("01 直达\n资金"));
    assertEquals(5, e.errorIndex());
  }
}
