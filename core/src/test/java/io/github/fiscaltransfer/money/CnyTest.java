package io.github.fiscaltransfer.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import javax.money.Monetary;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class CnyTest {

  @Test
  void fenAndYuanAreTheSameMoney() {
    assertTrue(Cny.fen(BigInteger.valueOf(10_831_000_000L)).isEqualTo(Cny.yuan(new BigDecimal("108310000.00"))));
    assertTrue(Cny.yuan(76_780_000L).isEqualTo(Cny.yuan(new BigDecimal("76780000"))));
    assertEquals("CNY", Cny.zero().getCurrency().getCurrencyCode());
    assertTrue(Cny.zero().isZero());
  }

  @Test
  void convertsToFenAndYuanExactly() {
    Money amount = Cny.yuan(new BigDecimal("70.91"));
    assertEquals(BigInteger.valueOf(7091), Cny.toFen(amount));
    assertEquals(0, new BigDecimal("70.91").compareTo(Cny.toYuan(amount)));
  }

  @Test
  void refusesAnythingFinerThanOneFen() {
    PrecisionLossException e = assertThrows(
        PrecisionLossException.class, () -> Cny.yuan(new BigDecimal("0.001")));
    assertEquals("Amount 0.001 元 is finer than one fen (0.01 元)", e.getMessage());
    assertEquals(new BigDecimal("0.001"), e.value());
    assertEquals(2, e.scale());
  }

  @Test
  void acceptsTrailingZerosBelowOneFen() {
    assertEquals(BigInteger.valueOf(150), Cny.toFen(Cny.yuan(new BigDecimal("1.5000"))));
  }

  @Test
  void refusesOtherCurrencies() {
    Money dollars = Money.of(BigDecimal.TEN, Monetary.getCurrency("USD"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Cny.toFen(dollars));
    assertEquals("Amount must be in CNY: USD 10", e.getMessage());
  }

  @Test
  void formatsInYuanWithSeparatorsAndTwoDecimals() {
    assertEquals("108,310,000.00元", Cny.format(Cny.yuan(108_310_000L)));
    assertEquals("-0.50元", Cny.format(Cny.yuan(new BigDecimal("-0.5"))));
  }

  @Test
  void namesNullArguments() {
    assertEquals("yuan", assertThrows(NullPointerException.class, () -> Cny.yuan(null)).getMessage());
    assertEquals("fen", assertThrows(NullPointerException.class, () -> Cny.fen(null)).getMessage());
    assertEquals("amount", assertThrows(NullPointerException.class, () -> Cny.toFen(null)).getMessage());
  }
}
