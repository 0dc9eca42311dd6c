package io.github.fiscaltransfer.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RoundingEnvelopeTest {

  @Test
  void aTotalOverNLinesAllowsHalfOfNPlusOneQuanta() {
    assertEquals("0万元", RoundingEnvelope.ofTotal(0, AmountUnit.WAN_YUAN, 0).formatBound());
    assertEquals("1万元", RoundingEnvelope.ofTotal(1, AmountUnit.WAN_YUAN, 0).formatBound());
    assertEquals("1万元", RoundingEnvelope.ofTotal(2, AmountUnit.WAN_YUAN, 0).formatBound());
    assertEquals("8万元", RoundingEnvelope.ofTotal(16, AmountUnit.WAN_YUAN, 0).formatBound());
    assertEquals("0.02万元", RoundingEnvelope.ofTotal(4, AmountUnit.WAN_YUAN, 2).formatBound());
    assertEquals("0.011元", RoundingEnvelope.ofTotal(21, AmountUnit.YUAN, 3).formatBound());
  }

  @Test
  void allowsDifferencesUpToTheBoundEitherWay() {
    RoundingEnvelope envelope = RoundingEnvelope.of(5, AmountUnit.WAN_YUAN, 0);
    assertTrue(envelope.allows(new BigDecimal("2")));
    assertTrue(envelope.allows(new BigDecimal("-2")));
    assertFalse(envelope.allows(new BigDecimal("3")));
    assertFalse(envelope.allows(new BigDecimal("-2.01")));
  }

  /** Rounding each of f figures half up moves each by at most half a quantum: ⌊f/2⌋ quanta is reachable. */
  @Test
  void theBoundIsReachedByRoundingHalfUp() {
    // 0.5 + 0.5 + 0.5 = 1.5 exactly, printed 1 + 1 + 1 against a total printed 2: difference 1 quantum, f = 4.
    assertTrue(RoundingEnvelope.ofTotal(3, AmountUnit.WAN_YUAN, 0).allows(BigDecimal.ONE));
    assertEquals(new BigDecimal("2"), RoundingEnvelope.of(4, AmountUnit.WAN_YUAN, 0).bound());
  }

  @Test
  void refusesNoFigureAndANegativeScale() {
    assertEquals("An equation needs at least one printed figure: 0",
        assertThrows(IllegalArgumentException.class, () -> RoundingEnvelope.of(0, AmountUnit.YUAN, 0))
            .getMessage());
    assertEquals("Scale must not be negative: -1",
        assertThrows(IllegalArgumentException.class, () -> RoundingEnvelope.of(2, AmountUnit.YUAN, -1))
            .getMessage());
  }

  @Test
  void printsItsBound() {
    assertEquals("±1万元 for 3 printed figures", RoundingEnvelope.of(3, AmountUnit.WAN_YUAN, 0).toString());
    assertEquals(RoundingEnvelope.of(3, AmountUnit.WAN_YUAN, 0), RoundingEnvelope.of(3, AmountUnit.WAN_YUAN, 0));
  }
}
