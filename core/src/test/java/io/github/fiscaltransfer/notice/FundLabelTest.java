package io.github.fiscaltransfer.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fiscaltransfer.FiscalParseException;
import org.junit.jupiter.api.Test;

class FundLabelTest {

  @Test
  void directFundLabelsAreEqualByCodeWithTheWordingKept() {
    FundLabel central = FundLabel.parse("01 中央直达资金");
    FundLabel direct = FundLabel.parse("01 直达资金");
    assertEquals(FundLabel.Kind.DIRECT_FUND, central.kind());
    assertEquals("01", central.code());
    assertEquals("中央直达资金", central.wording());
    assertEquals(central, direct);
    assertEquals(central.hashCode(), direct.hashCode());
    assertFalse(central.hasSameWording(direct));
    assertTrue(central.hasSameWording(FundLabel.parse("01中央直达资金")));
    assertNotEquals(central, FundLabel.parse("09 其他资金"));
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

  @Test
  void textWithoutCodeIsRefused() {
    FiscalParseException e = assertThrows(FiscalParseException.class, () -> FundLabel.parse("中央直达资金"));
    assertEquals("Cannot parse fund label '中央直达资金' at index 0: expected a code (01, 09, A0404 …) followed by its "
        + "wording", e.getMessage());
  }
}
