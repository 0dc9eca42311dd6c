package io.github.fiscaltransfer.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.fiscaltransfer.money.EqualsContract;
import io.github.fiscaltransfer.money.Quantum;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class ExactShareTest {

  private static final BigInteger TWO = BigInteger.valueOf(2);
  private static final BigInteger SIX = BigInteger.valueOf(6);

  @Test
  void keepsTheFractionInLowestTerms() {
    ExactShare share = ExactShare.of(BigInteger.valueOf(33), TWO, SIX, Quantum.YUAN);
    assertEquals(BigInteger.ONE, share.remainderNumerator());
    assertEquals(BigInteger.valueOf(3), share.remainderDenominator());
    assertEquals("(33 + 1/3) × 1元", share.toString());
    assertEquals("33 × 1元", ExactShare.of(BigInteger.valueOf(33), BigInteger.ZERO, SIX, Quantum.YUAN).toString());
  }

  @Test
  void roundsOnlyWhenAskedTo() {
    ExactShare share = ExactShare.of(BigInteger.valueOf(33), TWO, SIX, Quantum.YUAN);
    assertEquals(new BigDecimal("33.33"), share.toYuanRounded(2, RoundingMode.HALF_UP));
    assertEquals(new BigDecimal("34"), share.toYuanRounded(0, RoundingMode.CEILING));
  }

  @Test
  void equalityComparesValues() {
    EqualsContract.check(ExactShare.of(BigInteger.ONE, TWO, SIX, Quantum.YUAN),
        ExactShare.of(BigInteger.ONE, BigInteger.ONE, BigInteger.valueOf(3), Quantum.YUAN),
        ExactShare.of(BigInteger.ONE, TWO, SIX, Quantum.FEN),
        ExactShare.of(BigInteger.TWO, TWO, SIX, Quantum.YUAN));
  }
}
