package io.github.fiscaltransfer.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class QuantumTest {

  private static final Quantum HUNDREDTH_WAN = Quantum.of(new BigDecimal("0.01"), AmountUnit.WAN_YUAN);

  @Test
  void constantsAreOneFenOneYuanAndOneWanYuan() {
    assertEquals(BigInteger.ONE, Quantum.FEN.fen());
    assertEquals(BigInteger.valueOf(100), Quantum.YUAN.fen());
    assertEquals(BigInteger.valueOf(1_000_000), Quantum.WAN_YUAN.fen());
    assertEquals("0.01元", Quantum.FEN.toString());
    assertEquals("1元", Quantum.YUAN.toString());
    assertEquals("1万元", Quantum.WAN_YUAN.toString());
  }

  @Test
  void aHundredthOfAWanYuanIsOneHundredYuan() {
    assertEquals(BigInteger.valueOf(10_000), HUNDREDTH_WAN.fen());
    assertEquals("0.01万元", HUNDREDTH_WAN.toString());
    assertEquals(2, HUNDREDTH_WAN.scale());
    assertEquals(0, Quantum.WAN_YUAN.scale());
    assertTrue(HUNDREDTH_WAN.toAmount().isEqualTo(CnyAmount.ofYuan(100)));
  }

  @Test
  void parsesWhatItPrints() {
    assertEquals(HUNDREDTH_WAN, Quantum.parse("0.01万元"));
    assertEquals(Quantum.of(new BigDecimal("10000"), AmountUnit.YUAN), Quantum.parse("10,000元"));
    assertEquals("10,000元", Quantum.of(new BigDecimal("10000.00"), AmountUnit.YUAN).toString());
  }

  @Test
  void countsAndMultipliesSteps() {
    assertEquals(BigInteger.valueOf(19_400), HUNDREDTH_WAN.count(PrintedAmount.parse("194.00万元").toAmount()));
    assertTrue(HUNDREDTH_WAN.times(BigInteger.valueOf(7091)).isEqualTo(CnyAmount.ofYuan(709_100)));
  }

  @Test
  void refusesAnAmountThatIsNotAWholeNumberOfSteps() {
    IllegalArgumentException e = assertThrows(
        IllegalArgumentException.class, () -> Quantum.WAN_YUAN.count(CnyAmount.ofYuan(33_695_182)));
    assertEquals("Amount 3,369.5182万元 is not a whole number of 1万元", e.getMessage());
  }

  @Test
  void mustBePositive() {
    IllegalArgumentException e = assertThrows(
        IllegalArgumentException.class, () -> Quantum.of(new BigDecimal("-1"), AmountUnit.WAN_YUAN));
    assertEquals("Quantum must be positive: -1万元", e.getMessage());
    assertEquals("Quantum must be positive: 0.00元", assertThrows(
        IllegalArgumentException.class, () -> Quantum.of(new BigDecimal("0.00"), AmountUnit.YUAN)).getMessage());
  }

  @Test
  void mustBeAWholeNumberOfFen() {
    PrecisionLossException e = assertThrows(
        PrecisionLossException.class, () -> Quantum.of(new BigDecimal("0.005"), AmountUnit.YUAN));
    assertEquals("Amount 0.005 元 is finer than one fen (0.01 元)", e.getMessage());
  }

  @Test
  void equalityCountsTheUnit() {
    Quantum hundredYuan = Quantum.of(new BigDecimal("100"), AmountUnit.YUAN);
    EqualsContract.check(HUNDREDTH_WAN, Quantum.parse("0.010万元"), hundredYuan, Quantum.WAN_YUAN);
    assertEquals(hundredYuan.fen(), HUNDREDTH_WAN.fen());
  }
}
