package io.github.fiscaltransfer.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/** Every operation of {@link CnyAmount} agrees with {@link BigDecimal} arithmetic, across the {@code long} edge. */
class CnyAmountPropertyTest {

  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
  private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);

  /** Fen amounts: small ones, ones within 10⁶ fen of either end of a {@code long}, and ones far beyond it. */
  @Provide
  Arbitrary<CnyAmount> amounts() {
    BigInteger near = BigInteger.valueOf(1_000_000);
    BigInteger far = BigInteger.ONE.shiftLeft(80);
    return Arbitraries.frequencyOf(
            Tuple.of(3, Arbitraries.bigIntegers().between(near.negate(), near)),
            Tuple.of(3, Arbitraries.bigIntegers().between(LONG_MAX.subtract(near), LONG_MAX.add(near))),
            Tuple.of(3, Arbitraries.bigIntegers().between(LONG_MIN.subtract(near), LONG_MIN.add(near))),
            Tuple.of(1, Arbitraries.bigIntegers().between(far.negate(), far)))
        .map(CnyAmount::ofFen);
  }

  @Provide
  Arbitrary<Long> factors() {
    return Arbitraries.oneOf(Arbitraries.longs().between(-1_000, 1_000),
        Arbitraries.of(Long.MAX_VALUE, Long.MIN_VALUE, -1L, 2L, 1L << 40));
  }

  private static void form(String operation, CnyAmount... amounts) {
    StringBuilder forms = new StringBuilder();
    for (CnyAmount amount : amounts) {
      forms.append(amount.isCompact() ? "long " : "big ");
    }
    Statistics.label(operation).collect(forms.toString().trim());
  }

  @Property
  void addAgreesWithBigDecimal(@ForAll("amounts") CnyAmount a, @ForAll("amounts") CnyAmount b) {
    CnyAmount sum = a.add(b);
    form("add", a, b, sum);
    assertEquals(CnyAmount.ofYuan(a.toYuan().add(b.toYuan())), sum);
    assertEquals(0, sum.toYuan().compareTo(a.toYuan().add(b.toYuan())));
    Statistics.label("add").coverage(coverage -> {
      coverage.check("long long big").count(count -> count > 0);
      coverage.check("long long long").count(count -> count > 0);
      coverage.check("big long long").count(count -> count > 0);
    });
  }

  @Property
  void subtractAgreesWithBigDecimal(@ForAll("amounts") CnyAmount a, @ForAll("amounts") CnyAmount b) {
    assertEquals(0, a.subtract(b).toYuan().compareTo(a.toYuan().subtract(b.toYuan())));
    assertEquals(CnyAmount.ofYuan(a.toYuan().subtract(b.toYuan())), a.subtract(b));
  }

  @Property
  void negateAgreesWithBigDecimal(@ForAll("amounts") CnyAmount a) {
    assertEquals(CnyAmount.ofYuan(a.toYuan().negate()), a.negate());
    assertEquals(CnyAmount.ofYuan(a.toYuan().abs()), a.abs());
    assertEquals(a, a.negate().negate());
  }

  @Property
  void multiplyByLongAgreesWithBigDecimal(@ForAll("amounts") CnyAmount a, @ForAll("factors") long factor) {
    CnyAmount product = a.multiply(factor);
    assertEquals(CnyAmount.ofYuan(a.toYuan().multiply(BigDecimal.valueOf(factor))), product);
    assertEquals(product, a.multiply(BigInteger.valueOf(factor)));
  }

  @Property
  void exactDivisionAgreesWithBigDecimal(@ForAll("amounts") CnyAmount a, @ForAll("factors") long divisor) {
    if (divisor == 0) {
      assertThrows(ArithmeticException.class, () -> a.divide(divisor));
      return;
    }
    BigDecimal exact;
    try {
      exact = a.toYuan().divide(BigDecimal.valueOf(divisor));
    } catch (ArithmeticException nonTerminating) {
      assertThrows(ArithmeticException.class, () -> a.divide(divisor));
      return;
    }
    if (exact.stripTrailingZeros().scale() > Cny.FEN_SCALE) {
      assertThrows(PrecisionLossException.class, () -> a.divide(divisor));
    } else {
      assertEquals(CnyAmount.ofYuan(exact), a.divide(divisor));
    }
  }

  @Property
  void divisionUndoesMultiplication(@ForAll("amounts") CnyAmount a, @ForAll("factors") long factor) {
    if (factor != 0) {
      assertEquals(a, a.multiply(factor).divide(factor));
    }
  }

  @Property
  void compareAgreesWithBigDecimal(@ForAll("amounts") CnyAmount a, @ForAll("amounts") CnyAmount b) {
    int expected = a.toYuan().compareTo(b.toYuan());
    assertEquals(Integer.signum(expected), Integer.signum(a.compareTo(b)));
    assertEquals(expected == 0, a.isEqualTo(b));
    assertEquals(expected == 0, a.equals(b));
    assertEquals(expected < 0, a.isLessThan(b));
    assertEquals(expected >= 0, a.isGreaterThanOrEqualTo(b));
    assertEquals(Integer.signum(a.toYuan().signum()), a.signum());
  }

  @Property
  void bothFormsOfOneValueAreEqual(@ForAll("amounts") CnyAmount a) {
    CnyAmount viaYuan = CnyAmount.ofYuan(a.toYuan().setScale(4));
    CnyAmount viaFen = CnyAmount.ofFen(a.toFen());
    assertEquals(a, viaYuan);
    assertEquals(a, viaFen);
    assertEquals(a.hashCode(), viaYuan.hashCode());
    assertEquals(a.toFen().bitLength() < Long.SIZE, a.isCompact());
    assertEquals(a, CnyAmount.parse(a.toString()));
  }
}
