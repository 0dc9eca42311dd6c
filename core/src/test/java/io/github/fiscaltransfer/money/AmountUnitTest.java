package io.github.fiscaltransfer.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AmountUnitTest {

  @Test
  void labelsAndExponentsAreTheDocumentUnits() {
    assertEquals("元", AmountUnit.YUAN.label());
    assertEquals("万元", AmountUnit.WAN_YUAN.label());
    assertEquals("亿元", AmountUnit.YI_YUAN.label());
    assertEquals(0, AmountUnit.YUAN.exponent());
    assertEquals(4, AmountUnit.WAN_YUAN.exponent());
    assertEquals(8, AmountUnit.YI_YUAN.exponent());
    assertEquals("万元", AmountUnit.WAN_YUAN.toString());
  }

  @Test
  void convertsExactlyBothWays() {
    assertEquals(0, new BigDecimal("108310000").compareTo(AmountUnit.WAN_YUAN.toYuan(new BigDecimal("10831"))));
    assertEquals(new BigDecimal("3369.5182"), AmountUnit.WAN_YUAN.fromYuan(new BigDecimal("33695182")));
    assertEquals(new BigDecimal("0.00000001"), AmountUnit.YI_YUAN.fromYuan(BigDecimal.ONE));
  }

  @Test
  void findsTheUnitOfAHeaderLabel() {
    assertEquals(AmountUnit.WAN_YUAN, AmountUnit.ofLabel(" 万元 "));
    assertEquals(AmountUnit.YUAN, AmountUnit.ofLabel("元"));
  }

  @Test
  void refusesAnUnknownLabel() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AmountUnit.ofLabel("千元"));
    assertEquals("Unknown amount unit: '千元' (expected 元, 万元 or 亿元)", e.getMessage());
  }

  @Test
  void namesNullArguments() {
    assertEquals("figure", assertThrows(NullPointerException.class, () -> AmountUnit.YUAN.toYuan(null)).getMessage());
    assertEquals("label", assertThrows(NullPointerException.class, () -> AmountUnit.ofLabel(null)).getMessage());
  }
}
