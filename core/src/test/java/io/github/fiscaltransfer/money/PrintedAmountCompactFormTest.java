package io.github.fiscaltransfer.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * {@link PrintedAmount} keeps a figure as an unscaled {@code long} and a scale when it fits, as a {@code BigDecimal}
 * when not: every operation agrees with the same operation done on the {@code BigDecimal} figures, on both sides
 * of the {@code long} boundary (Long.MAX_VALUE ± n, Long.MIN_VALUE ± n), at scales 0–2, negative or not.
 */
class PrintedAmountCompactFormTest {

  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
  private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger DIGITS_24 = BigInteger.TEN.pow(24).subtract(BigInteger.ONE);

  @Property(tries = 1000)
  void theFigureAndItsViewsAreTheBigDecimalOnes(@ForAll("figures") BigDecimal figure, @ForAll AmountUnit unit) {
    Assume.that(fits(figure, unit));
    PrintedAmount amount = PrintedAmount.of(figure, unit);
    assertEquals(figure, amount.figure(), "the figure, with its scale");
    assertEquals(figure.scale(), amount.scale());
    assertEquals(unit.toYuan(figure), amount.toYuan(), "the value in yuan, with its scale");
    assertEquals(AmountText.format(figure) + unit.label(), amount.toString());
    Statistics.label("unscaled value").collect(form(figure.unscaledValue()));
  }

  @Property(tries = 1000)
  void equalsAndHashCodeCountTheFigureWithItsScaleAndTheUnit(@ForAll("figures") BigDecimal a,
      @ForAll("related") BigDecimal offset, @ForAll AmountUnit unit, @ForAll AmountUnit otherUnit) {
    BigDecimal b = related(a, offset);
    Assume.that(fits(a, unit) && fits(b, otherUnit));
    PrintedAmount x = PrintedAmount.of(a, unit);
    PrintedAmount y = PrintedAmount.of(b, otherUnit);
    boolean equal = a.equals(b) && unit == otherUnit;
    assertEquals(equal, x.equals(y));
    if (equal) {
      assertEquals(x.hashCode(), y.hashCode());
    }
    Statistics.label("equal").collect(equal);
  }

  @Property(tries = 1000)
  void isSameAmountAsComparesTheValuesInYuan(@ForAll("figures") BigDecimal a, @ForAll AmountUnit unit,
      @ForAll AmountUnit otherUnit, @ForAll("related") BigDecimal offset) {
    // The same value printed in the other unit, plus a small offset or none.
    BigDecimal b = related(a.movePointRight(unit.exponent() - otherUnit.exponent()), offset);
    Assume.that(fits(a, unit) && fits(b, otherUnit) && b.scale() <= Cny.FEN_SCALE + otherUnit.exponent());
    boolean same = unit.toYuan(a).compareTo(otherUnit.toYuan(b)) == 0;
    assertEquals(same, PrintedAmount.of(a, unit).isSameAmountAs(PrintedAmount.of(b, otherUnit)));
    Statistics.label("same amount").collect(same);
  }

  @Property(tries = 2000)
  void plusIsBigDecimalAdditionInTheFirstUnit(@ForAll("figures") BigDecimal a, @ForAll("figures") BigDecimal b,
      @ForAll AmountUnit unit, @ForAll AmountUnit otherUnit) {
    Assume.that(fits(a, unit) && fits(b, otherUnit));
    PrintedAmount x = PrintedAmount.of(a, unit);
    PrintedAmount y = PrintedAmount.of(b, otherUnit);
    BigDecimal expected = a.add(b.movePointRight(otherUnit.exponent() - unit.exponent()));
    assertEquals(expected, x.plus(y).figure(), "the exact sum, with its scale, however large");
    if (fits(expected, unit)) {
      assertEquals(PrintedAmount.of(expected, unit), x.plus(y));
    }
    Statistics.label("operands").collect(form(a.unscaledValue()), form(b.unscaledValue()));
    Statistics.label("sum").collect(expected.precision() - expected.scale() <= 24 ? form(expected.unscaledValue()) : "beyond 24 digits")
        .coverage(check -> {
          check.check("fits a long").percentage(p -> p > 10);
          check.check("beyond a long").percentage(p -> p > 10);
        });
  }

  @Property(tries = 2000)
  void ofUnscaledIsOfTheBigDecimalFigure(@ForAll("unscaledLongs") long unscaled,
      @ForAll @IntRange(max = 16) int scale, @ForAll AmountUnit unit) {
    BigDecimal figure = BigDecimal.valueOf(unscaled, scale);
    PrintedAmount expected;
    try {
      expected = PrintedAmount.of(figure, unit);
    } catch (PrecisionLossException finer) {
      PrecisionLossException thrown = assertThrows(PrecisionLossException.class,
          () -> PrintedAmount.ofUnscaled(unscaled, scale, unit));
      assertEquals(finer.getMessage(), thrown.getMessage());
      Statistics.label("figure").collect("finer than one fen");
      return;
    } catch (IllegalArgumentException tooLong) {
      IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
          () -> PrintedAmount.ofUnscaled(unscaled, scale, unit));
      assertEquals(tooLong.getMessage(), thrown.getMessage());
      Statistics.label("figure").collect("more integer digits than the unit allows");
      return;
    }
    PrintedAmount amount = PrintedAmount.ofUnscaled(unscaled, scale, unit);
    assertEquals(expected, amount);
    assertEquals(expected.hashCode(), amount.hashCode());
    assertEquals(figure, amount.figure());
    Statistics.label("figure").collect("fen or coarser");
    Statistics.label("figure").coverage(check -> {
      check.check("fen or coarser").percentage(p -> p > 30);
      check.check("finer than one fen").percentage(p -> p > 10);
    });
  }

  @Property(tries = 2000)
  void plainFigureIsThePlainTextOfTheFigure(@ForAll("figures") BigDecimal figure,
      @ForAll @IntRange(max = 14) int extraScale, @ForAll AmountUnit unit) {
    // The same value with up to 14 more printed zeros: scales 0 to 16, compact or beyond a long.
    BigDecimal printed = figure.setScale(figure.scale() + extraScale);
    Assume.that(fits(printed, unit));
    PrintedAmount amount = PrintedAmount.of(printed, unit);
    String text = printed.toPlainString();
    assertEquals(text, amount.plainFigure());
    assertEquals(amount.figure().toPlainString(), amount.plainFigure());
    char[] buffer = new char[42];
    assertEquals(text, new String(buffer, 0, amount.plainFigure(buffer)), "written into a buffer");
    char[] tooShort = new char[text.length() - 1];
    assertEquals(-1, amount.plainFigure(tooShort), "a buffer one character too short");
    assertEquals(new String(new char[tooShort.length]), new String(tooShort), "nothing written");
    Statistics.label("unscaled value").collect(form(printed.unscaledValue()))
        .coverage(check -> {
          check.check("fits a long").percentage(p -> p > 10);
          check.check("beyond a long").percentage(p -> p > 10);
        });
    Statistics.label("scale").collect(printed.scale() == 0 ? "0" : printed.scale() <= 2 ? "1-2" : "3-16")
        .coverage(check -> {
          check.check("0").percentage(p -> p > 0.5);
          check.check("3-16").percentage(p -> p > 50);
        });
    Statistics.label("sign").collect(Integer.toString(printed.signum()))
        .coverage(check -> check.check("-1").percentage(p -> p > 20));
  }

  @Property(tries = 2000)
  void plainFigureOfAnUnscaledLongIsThePlainTextOfItsBigDecimal(@ForAll("unscaledLongs") long unscaled,
      @ForAll @IntRange(max = 16) int scale) {
    // In 亿元 a figure may have 10 decimals; a finer one is refused (an exception, as ofUnscaledIsOf… proves).
    BigDecimal figure = BigDecimal.valueOf(unscaled, scale);
    Assume.that((scale <= 10 || figure.stripTrailingZeros().scale() <= 10) && fits(figure, AmountUnit.YI_YUAN));
    PrintedAmount amount = PrintedAmount.ofUnscaled(unscaled, scale, AmountUnit.YI_YUAN);
    assertEquals(figure.toPlainString(), amount.plainFigure());
    char[] buffer = new char[21];
    assertEquals(figure.toPlainString(), new String(buffer, 0, amount.plainFigure(buffer)),
        "every compact figure fits 21 characters");
    Statistics.label("unscaled").collect(unscaled == Long.MIN_VALUE ? "Long.MIN_VALUE"
        : unscaled == Long.MAX_VALUE ? "Long.MAX_VALUE" : unscaled < 0 ? "negative" : "zero or positive");
  }

  /** Unscaled values near both ends of {@code long}, any, small ones, and multiples of powers of ten. */
  @Provide
  Arbitrary<Long> unscaledLongs() {
    return Arbitraries.oneOf(Arbitraries.longs().between(Long.MAX_VALUE - 1000, Long.MAX_VALUE),
        Arbitraries.longs().between(Long.MIN_VALUE, Long.MIN_VALUE + 1000), Arbitraries.longs(),
        Arbitraries.longs().between(-1_000_000, 1_000_000),
        Arbitraries.longs().between(-1_000_000, 1_000_000).map(n -> n * 100_000_000_000L));
  }

  /** Unscaled values near both ends of {@code long}, any {@code long}, small ones and up to 24 digits; scale 0–2. */
  @Provide
  Arbitrary<BigDecimal> figures() {
    Arbitrary<BigInteger> nearMax = Arbitraries.longs().between(-1000, 1000).map(n -> LONG_MAX.add(BigInteger.valueOf(n)));
    Arbitrary<BigInteger> nearMin = Arbitraries.longs().between(-1000, 1000).map(n -> LONG_MIN.add(BigInteger.valueOf(n)));
    Arbitrary<BigInteger> anyLong = Arbitraries.longs().map(BigInteger::valueOf);
    Arbitrary<BigInteger> small = Arbitraries.longs().between(-1_000_000, 1_000_000).map(BigInteger::valueOf);
    Arbitrary<BigInteger> huge = Arbitraries.bigIntegers().between(DIGITS_24.negate(), DIGITS_24);
    Arbitrary<BigInteger> unscaled = Arbitraries.oneOf(nearMax, nearMin, anyLong, small, huge);
    return unscaled.flatMap(value -> Arbitraries.integers().between(0, 2)
        .map(scale -> new BigDecimal(value, scale)));
  }

  /** An offset for a second figure: none (the same figure), a change of scale only, or a few units more or less. */
  @Provide
  Arbitrary<BigDecimal> related() {
    return Arbitraries.oneOf(Arbitraries.just(BigDecimal.ZERO), Arbitraries.just(new BigDecimal("0.0")),
        Arbitraries.integers().between(-3, 3).map(BigDecimal::valueOf));
  }

  /** The figure plus the offset, at the offset's scale or more: {@code 0.0} keeps the value and adds a place. */
  private static BigDecimal related(BigDecimal figure, BigDecimal offset) {
    BigDecimal sum = figure.add(offset);
    return sum.scale() < 0 ? sum.setScale(0) : sum;
  }

  /** Whether a figure is one a printed amount can have in a unit: at most 24 integer digits in 元, 16 in 亿元. */
  private static boolean fits(BigDecimal figure, AmountUnit unit) {
    return figure.precision() - figure.scale() <= 24 - unit.exponent();
  }

  private static String form(BigInteger unscaled) {
    return unscaled.bitLength() < Long.SIZE ? "fits a long" : "beyond a long";
  }
}
