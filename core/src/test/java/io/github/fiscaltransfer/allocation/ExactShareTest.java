package io.github.fiscaltransfer.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.fiscaltransfer.money.EqualsContract;
import io.github.fiscaltransfer.money.Quantum;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
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

  @Property(tries = 500)
  void reducesAsBigIntegerGcdDoesOnEitherSideOfTheLongRange(@ForAll("denominators") BigInteger denominator,
      @ForAll("fractions") BigDecimal fraction) {
    BigInteger numerator = new BigDecimal(denominator).multiply(fraction).toBigInteger();
    BigInteger gcd = numerator.gcd(denominator);
    ExactShare share = ExactShare.of(BigInteger.TEN, numerator, denominator, Quantum.FEN);
    assertEquals(numerator.divide(gcd), share.remainderNumerator());
    assertEquals(denominator.divide(gcd), share.remainderDenominator());
    Statistics.label("denominator").collect(denominator.bitLength() < Long.SIZE ? "long" : "beyond a long")
        .coverage(check -> {
          check.check("long").percentage(p -> p > 20);
          check.check("beyond a long").percentage(p -> p > 20);
        });
  }

  /** Denominators from 1 to beyond Long.MAX_VALUE; small ones multiples of 3, so common factors are likely. */
  @Provide
  Arbitrary<BigInteger> denominators() {
    Arbitrary<BigInteger> small = Arbitraries.longs().between(1, 1_000_000).map(n -> BigInteger.valueOf(n * 3));
    Arbitrary<BigInteger> nearMax = Arbitraries.longs().between(0, 1000)
        .map(n -> BigInteger.valueOf(Long.MAX_VALUE).subtract(BigInteger.valueOf(n)));
    Arbitrary<BigInteger> beyond = Arbitraries.bigIntegers().between(BigInteger.ONE.shiftLeft(63),
        BigInteger.ONE.shiftLeft(80));
    return Arbitraries.oneOf(small, nearMax, beyond);
  }

  /** Where the numerator lies below the denominator: zero, a simple fraction or any. */
  @Provide
  Arbitrary<BigDecimal> fractions() {
    return Arbitraries.oneOf(Arbitraries.of(BigDecimal.ZERO, new BigDecimal("0.5"), new BigDecimal("0.25")),
        Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("0.999999")).ofScale(6));
  }
}
