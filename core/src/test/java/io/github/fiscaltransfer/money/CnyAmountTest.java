package io.github.fiscaltransfer.money;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import javax.money.MonetaryAmount;
import javax.money.MonetaryContext;
import javax.money.NumberValue;
import org.junit.jupiter.api.Test;

class CnyAmountTest {

  private static final CnyAmount ONE_YUAN = CnyAmount.ofYuan(1);
  /** 2⁶³ fen: one fen beyond the largest {@code long} of fen. */
  private static final BigInteger BEYOND_LONG = BigInteger.ONE.shiftLeft(63);

  @Test
  void equalsIsNumericAtFenPrecision() {
    CnyAmount one = CnyAmount.ofYuan(new BigDecimal("1.0"));
    assertEquals(one, CnyAmount.ofYuan(new BigDecimal("1.00")));
    assertEquals(one, CnyAmount.ofYuan(new BigDecimal("1.0000")));
    assertEquals(one, CnyAmount.ofFen(100));
    assertEquals(one, CnyAmount.ofFen(BigInteger.valueOf(100)));
    assertEquals(one.hashCode(), CnyAmount.ofYuan(new BigDecimal("1.00")).hashCode());
    assertNotEquals(one, CnyAmount.ofFen(101));
    assertNotEquals(one, null);
    assertNotEquals(one, new BigDecimal("1.00"));
    assertNotEquals(one, ForeignAmounts.of("CNY", BigDecimal.ONE));
    assertTrue(one.isEqualTo(ForeignAmounts.of("CNY", BigDecimal.ONE)));
  }

  @Test
  void equalsHoldsBeyondALongOfFen() {
    CnyAmount big = CnyAmount.ofFen(BEYOND_LONG);
    CnyAmount same = CnyAmount.ofYuan(new BigDecimal(BEYOND_LONG, 2).setScale(5));
    assertEquals(big, same);
    assertEquals(big.hashCode(), same.hashCode());
    assertFalse(big.isCompact());
    assertEquals(CnyAmount.ofFen(Long.MAX_VALUE), big.subtract(CnyAmount.ofFen(1)));
    assertTrue(big.subtract(CnyAmount.ofFen(1)).isCompact(), "a value that fits a long is held as one");
  }

  @Test
  void printsYuanWithGroupingAndTwoDecimalsAndParsesItBack() {
    assertEquals("108,310,000.00元", CnyAmount.ofYuan(108_310_000).toString());
    assertEquals("-0.50元", CnyAmount.ofFen(-50).toString());
    assertEquals("92,233,720,368,547,758.08元", CnyAmount.ofFen(BEYOND_LONG).toString());
    for (CnyAmount amount : new CnyAmount[] {CnyAmount.zero(), CnyAmount.ofFen(-50), CnyAmount.ofFen(BEYOND_LONG),
        CnyAmount.ofFen(Long.MIN_VALUE)}) {
      assertEquals(amount, CnyAmount.parse(amount.toString()));
    }
    assertEquals(CnyAmount.ofYuan(108_310_000), CnyAmount.parse("10,831万元"));
  }

  @Test
  void refusesResultsFinerThanOneFenNamingTheOperands() {
    assertEquals("1.00元 ÷ 8 = 0.125元 is finer than one fen (0.01元)",
        assertThrows(PrecisionLossException.class, () -> ONE_YUAN.divide(8)).getMessage());
    assertEquals("1.00元 ÷ 3 has no exact decimal quotient",
        assertThrows(ArithmeticException.class, () -> ONE_YUAN.divide(3)).getMessage());
    assertEquals("1.00元 × 0.1000000000000000055511151231257827021181583404541015625 = "
            + "0.1000000000000000055511151231257827021181583404541015625元 is finer than one fen (0.01元)",
        assertThrows(PrecisionLossException.class, () -> ONE_YUAN.multiply(0.1)).getMessage());
    assertEquals("1.00元 × 10^-3 = 0.001元 is finer than one fen (0.01元)",
        assertThrows(PrecisionLossException.class, () -> ONE_YUAN.scaleByPowerOfTen(-3)).getMessage());
    assertEquals("1.00元 remainder 0.003 = 0.001元 is finer than one fen (0.01元)",
        assertThrows(PrecisionLossException.class, () -> ONE_YUAN.remainder(new BigDecimal("0.003"))).getMessage());
    assertEquals("Cannot divide 1.00元 by zero",
        assertThrows(ArithmeticException.class, () -> ONE_YUAN.divide(0)).getMessage());
    assertEquals("Cannot take the remainder of 1.00元 by zero",
        assertThrows(ArithmeticException.class, () -> ONE_YUAN.remainder(0)).getMessage());
    assertEquals("Not a finite number: NaN",
        assertThrows(ArithmeticException.class, () -> ONE_YUAN.multiply(Double.NaN)).getMessage());
    PrecisionLossException e = assertThrows(PrecisionLossException.class, () -> ONE_YUAN.divide(8));
    assertEquals(new BigDecimal("0.125"), e.value());
    assertEquals(2, e.scale());
  }

  @Test
  void computesExactlyWhereTheResultIsWholeFen() {
    assertEquals(CnyAmount.ofFen(50), ONE_YUAN.multiply(0.5));
    assertEquals(CnyAmount.ofFen(25), ONE_YUAN.divide(4));
    assertEquals(CnyAmount.ofFen(40), ONE_YUAN.divide(2.5));
    assertEquals(CnyAmount.ofYuan(1000), ONE_YUAN.scaleByPowerOfTen(3));
    assertEquals(CnyAmount.ofFen(10), CnyAmount.ofFen(710).remainder(7));
    assertArrayEquals(new CnyAmount[] {CnyAmount.ofYuan(2), CnyAmount.ofFen(110)},
        CnyAmount.ofFen(710).divideAndRemainder(3));
    assertEquals(CnyAmount.ofYuan(2), CnyAmount.ofFen(710).divideToIntegralValue(3));
    assertEquals(CnyAmount.ofFen(50), CnyAmount.ofFen(-50).abs());
    assertSame(ONE_YUAN, ONE_YUAN.plus());
    assertSame(ONE_YUAN, ONE_YUAN.stripTrailingZeros());
  }

  @Test
  void acceptsAmountsOfOtherImplementations() {
    assertEquals(CnyAmount.ofFen(150), ONE_YUAN.add(ForeignAmounts.of("CNY", new BigDecimal("0.50"))));
    assertEquals(CnyAmount.ofFen(50), ONE_YUAN.subtract(ForeignAmounts.of("CNY", new BigDecimal("0.5"))));
    assertTrue(ONE_YUAN.isGreaterThan(ForeignAmounts.of("CNY", new BigDecimal("0.999"))));
    assertEquals(CnyAmount.ofFen(7091), CnyAmount.from(ForeignAmounts.of("CNY", new BigDecimal("70.910"))));
    assertSame(ONE_YUAN, CnyAmount.from(ONE_YUAN));
    assertEquals("Amount must be in CNY: USD 10",
        assertThrows(IllegalArgumentException.class,
            () -> ONE_YUAN.add(ForeignAmounts.of("USD", BigDecimal.TEN))).getMessage());
    assertTrue(ONE_YUAN.compareTo(ForeignAmounts.of("USD", BigDecimal.TEN)) < 0, "CNY sorts before USD");
  }

  @Test
  void implementsTheMonetaryApiWithoutAProvider() {
    assertEquals("CNY", ONE_YUAN.getCurrency().getCurrencyCode());
    assertEquals(156, ONE_YUAN.getCurrency().getNumericCode());
    assertEquals(2, ONE_YUAN.getCurrency().getDefaultFractionDigits());
    assertSame(Cny.CURRENCY, ONE_YUAN.getCurrency());
    MonetaryContext context = ONE_YUAN.getContext();
    assertEquals(CnyAmount.class, context.getAmountType());
    assertEquals(2, context.getMaxScale());
    assertTrue(context.isFixedScale());
    assertEquals(CnyAmount.ofFen(1250), ONE_YUAN.getFactory().setNumber(12.5).create());
    assertEquals(CnyAmount.ofFen(1250), ONE_YUAN.getFactory().setCurrency("CNY").setNumber(new BigDecimal("12.50"))
        .create());
    assertEquals(ONE_YUAN, ONE_YUAN.getFactory().create());
    assertEquals("Currency must be CNY: USD",
        assertThrows(IllegalArgumentException.class, () -> ONE_YUAN.getFactory().setCurrency("USD")).getMessage());
    assertThrows(PrecisionLossException.class, () -> ONE_YUAN.getFactory().setNumber(0.1).create());
    MonetaryAmount doubled = ONE_YUAN.with(amount -> amount.multiply(2));
    assertEquals(CnyAmount.ofYuan(2), doubled);
    assertEquals(Integer.valueOf(-1), CnyAmount.ofFen(-1).query(MonetaryAmount::signum));
  }

  @Test
  void numberValueIsExactYuanAndConvertsOnlyWhenAsked() {
    NumberValue number = CnyAmount.ofFen(150).getNumber();
    assertEquals(new BigDecimal("1.50"), number.numberValueExact(BigDecimal.class));
    assertEquals(BigDecimal.class, number.getNumberType());
    assertEquals(2, number.getScale());
    assertEquals(50, number.getAmountFractionNumerator());
    assertEquals(100, number.getAmountFractionDenominator());
    assertEquals(1.5, number.doubleValueExact());
    assertEquals(1L, number.numberValue(Long.class));
    assertThrows(ArithmeticException.class, () -> number.numberValueExact(Long.class));
    assertThrows(ArithmeticException.class, () -> CnyAmount.ofFen(10).getNumber().doubleValueExact());
    assertEquals("1.50", number.toString());
  }

  @Test
  void namesNullArguments() {
    assertEquals("amount", assertThrows(NullPointerException.class, () -> CnyAmount.from(null)).getMessage());
    assertEquals("amount", assertThrows(NullPointerException.class, () -> ONE_YUAN.add(null)).getMessage());
    assertEquals("number", assertThrows(NullPointerException.class, () -> ONE_YUAN.multiply(null)).getMessage());
  }
}
