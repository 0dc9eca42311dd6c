package io.github.fiscaltransfer.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PrecisionTest {

  private static final RoundingEnvelope TWENTY_ONE_LINES = RoundingEnvelope.ofTotal(21, AmountUnit.WAN_YUAN, 0);

  @Test
  void exactExplainsNoDifference() {
    Precision exact = Precision.exact();
    assertTrue(exact.isExact());
    assertEquals(Optional.empty(), exact.reason());
    assertFalse(exact.explains(BigDecimal.ONE, TWENTY_ONE_LINES));
    assertEquals(List.of(Map.entry("rounding", "exact"), Map.entry("bound", "11万元"), Map.entry("figures", "22")),
        List.copyOf(exact.judgement(BigDecimal.TEN, TWENTY_ONE_LINES).entrySet()));
  }

  @Test
  void roundedExplainsWhatItsEnvelopeAllowsAndNamesItsReason() {
    Precision rounded = Precision.rounded(" 因四舍五入，合计数与分项之和可能存在尾数误差 ");
    assertFalse(rounded.isExact());
    assertEquals(Optional.of("因四舍五入，合计数与分项之和可能存在尾数误差"), rounded.reason());
    assertTrue(rounded.explains(BigDecimal.valueOf(-11), TWENTY_ONE_LINES));
    assertFalse(rounded.explains(BigDecimal.valueOf(12), TWENTY_ONE_LINES));
    assertEquals(Map.of("rounding", "within", "bound", "11万元", "figures", "22", "reason",
        "因四舍五入，合计数与分项之和可能存在尾数误差"), rounded.judgement(BigDecimal.TEN, TWENTY_ONE_LINES));
    assertEquals("beyond", rounded.judgement(BigDecimal.valueOf(12), TWENTY_ONE_LINES).get("rounding"));
    RoundingEnvelope oneFigure = RoundingEnvelope.ofFigure(PrintedAmount.parse("16.57万元"));
    assertEquals("within-one", rounded.judgement(new BigDecimal("-0.004"), oneFigure).get("rounding"));
  }

  @Test
  void presentationIsRoundedForTailDifferences() {
    assertEquals(Precision.rounded("尾数误差"), Precision.presentation());
  }

  @Test
  void textRoundTrips() {
    for (Precision precision : new Precision[] {Precision.exact(), Precision.rounded("declared by the caller")}) {
      assertEquals(precision, Precision.parse(precision.toString()));
      assertEquals(precision.hashCode(), Precision.parse(precision.toString()).hashCode());
    }
    assertEquals("rounded: declared by the caller", Precision.rounded("declared by the caller").toString());
    assertNotEquals(Precision.exact(), Precision.rounded("a"));
  }

  @Test
  void aBlankReasonOrAnotherTextIsRefused() {
    assertEquals("A rounded precision needs a reason: ' '",
        assertThrows(IllegalArgumentException.class, () -> Precision.rounded(" ")).getMessage());
    assertEquals("A precision is 'exact' or 'rounded: REASON': approximately",
        assertThrows(IllegalArgumentException.class, () -> Precision.parse("approximately")).getMessage());
  }

  @Test
  void aDifferenceIsPrintedInTheFinerFiguresUnitAndScale() {
    assertEquals("-4,999元", PrintedAmount.parse("1,955,001元").formatDifference(PrintedAmount.parse("196万元")));
    assertEquals("10万元", PrintedAmount.parse("367万元").formatDifference(PrintedAmount.parse("357万元")));
    assertEquals("0.01元", PrintedAmount.parse("1,960,000.01元").formatDifference(PrintedAmount.parse("196万元")));
    assertEquals("-0.10万元", PrintedAmount.parse("196.00万元").formatDifference(PrintedAmount.parse("196.1万元")));
  }

  @Test
  void aFiguresEnvelopeIsHalfItsQuantum() {
    assertEquals(new BigDecimal("0.5"), RoundingEnvelope.ofFigure(PrintedAmount.parse("196万元")).bound());
    assertEquals(new BigDecimal("0.005"), RoundingEnvelope.ofFigure(PrintedAmount.parse("194.00万元")).bound());
    assertEquals(1, RoundingEnvelope.ofFigure(PrintedAmount.parse("194.00万元")).figures());
  }
}
