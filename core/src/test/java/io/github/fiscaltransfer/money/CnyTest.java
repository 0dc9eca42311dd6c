package io.github.fiscaltransfer.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

class CnyTest {

  @Test
  void fenAndYuanAreTheSameMoney() {
    assertTrue(CnyAmount.ofFen(BigInteger.valueOf(10_831_000_000L)).isEqualTo(CnyAmount.ofYuan(new BigDecimal("108310000.00"))));
    assertTrue(CnyAmount.ofYuan(76_780_000L).isEqualTo(CnyAmount.ofYuan(new BigDecimal("76780000"))));
    assertEquals("CNY", CnyAmount.zero().getCurrency().getCurrencyCode());
    assertTrue(CnyAmount.zero().isZero());
  }

  @Test
  void convertsToFenAndYuanExactly() {
    CnyAmount amount = CnyAmount.ofYuan(new BigDecimal("70.91"));
    assertEquals(BigInteger.valueOf(7091), Cny.toFen(amount));
    assertEquals(0, new BigDecimal("70.91").compareTo(Cny.toYuan(amount)));
  }

  @Test
  void refusesAnythingFinerThanOneFen() {
    PrecisionLossException e = assertThrows(
        PrecisionLossException.class, () -> CnyAmount.ofYuan(new BigDecimal("0.001")));
    assertEquals("Amount 0.001 元 is finer than one fen (0.01 元)", e.getMessage());
    assertEquals(new BigDecimal("0.001"), e.value());
    assertEquals(2, e.scale());
  }

  @Test
  void acceptsTrailingZerosBelowOneFen() {
    assertEquals(BigInteger.valueOf(150), Cny.toFen(CnyAmount.ofYuan(new BigDecimal("1.5000"))));
  }

  @Test
  void refusesOtherCurrencies() {
    MonetaryAmount dollars = ForeignAmounts.of("USD", BigDecimal.TEN);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Cny.toFen(dollars));
    assertEquals("Amount must be in CNY: USD 10", e.getMessage());
  }

  @Test
  void formatsInYuanWithSeparatorsAndTwoDecimals() {
    assertEquals("108,310,000.00元", Cny.format(CnyAmount.ofYuan(108_310_000L)));
    assertEquals("-0.50元", Cny.format(CnyAmount.ofYuan(new BigDecimal("-0.5"))));
  }

  @Test
  void readsAmountsOfOtherImplementations() {
    MonetaryAmount foreign = ForeignAmounts.of("CNY", new BigDecimal("70.910"));
    assertEquals(BigInteger.valueOf(7091), Cny.toFen(foreign));
    assertEquals("70.91元", Cny.format(foreign));
    PrecisionLossException e = assertThrows(
        PrecisionLossException.class, () -> Cny.toFen(ForeignAmounts.of("CNY", new BigDecimal("70.915"))));
    assertEquals("Amount 70.915 元 is finer than one fen (0.01 元)", e.getMessage());
  }

  @Test
  void namesNullArguments() {
    assertEquals("yuan", assertThrows(NullPointerException.class, () -> CnyAmount.ofYuan(null)).getMessage());
    assertEquals("fen", assertThrows(NullPointerException.class, () -> CnyAmount.ofFen(null)).getMessage());
    assertEquals("amount", assertThrows(NullPointerException.class, () -> Cny.toFen(null)).getMessage());
  }
}
