package io.github.fiscaltransfer.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.fiscaltransfer.money.AmountUnit;
import io.github.fiscaltransfer.money.EqualsContract;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.unit.Recipient;
import io.github.fiscaltransfer.unit.UnitRegistry;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

/**
 * An {@link AllocationLine} keeps its figure inline (unscaled {@code long}, scale, unit) and creates its amount on
 * request, or keeps the amount itself when the figure does not fit: through the API both behave as the plain
 * record of recipient, amount and note they replace, on both sides of the boundary.
 */
class AllocationLineTest {

  private static final Recipient TAISHAN = UnitRegistry.builtIn().byName("台山市").orElseThrow();
  private static final Recipient JIANGMEN = UnitRegistry.builtIn().byName("江门市").orElseThrow();
  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
  private static final BigInteger DIGITS_24 = BigInteger.TEN.pow(24).subtract(BigInteger.ONE);

  /** The plain form a line had before: its three values as given. */
  private record PlainLine(Recipient recipient, PrintedAmount amount, Optional<String> note) {}

  @Property(tries = 2000)
  void aLineGivesBackWhatItWasGivenAndComparesAsThePlainRecord(@ForAll("amounts") PrintedAmount amount,
      @ForAll("amounts") PrintedAmount other, @ForAll boolean noted, @ForAll boolean sameRecipient) {
    Recipient recipient = sameRecipient ? TAISHAN : JIANGMEN;
    AllocationLine line = noted ? AllocationLine.of(TAISHAN, amount).withNote("含追加") : AllocationLine.of(TAISHAN, amount);
    AllocationLine otherLine = AllocationLine.of(recipient, other);
    assertEquals(amount, line.amount(), "the amount, figure with its scale and unit");
    assertEquals(amount.figure(), line.amount().figure());
    assertEquals(amount.unit(), line.unit(), "the unit the table checks, without the amount");
    assertEquals(TAISHAN, line.recipient());
    assertEquals(noted ? Optional.of("含追加") : Optional.empty(), line.note());
    PlainLine plain = new PlainLine(TAISHAN, amount, line.note());
    PlainLine otherPlain = new PlainLine(recipient, other, Optional.empty());
    assertEquals(plain.equals(otherPlain), line.equals(otherLine), "equal exactly when the plain records are");
    if (line.equals(otherLine)) {
      assertEquals(line.hashCode(), otherLine.hashCode());
    }
    assertEquals(TAISHAN.name() + " " + amount + (noted ? " [含追加]" : ""), line.toString());
    Statistics.label("figure").collect(amount.figure().unscaledValue().bitLength() < Long.SIZE ? "fits a long"
        : "beyond a long");
    Statistics.label("figure").coverage(check -> {
      check.check("fits a long").percentage(p -> p > 30);
      check.check("beyond a long").percentage(p -> p > 10);
    });
  }

  /**
   * What validation reads from a line without creating its amount (sign and scale), and a table's sum on the lines'
   * {@code long}s, equal to {@code BigDecimal}'s sum of the figures, value and scale, also where a line is wide or
   * the sum leaves the {@code long} range and is taken on the amounts.
   */
  @Property(tries = 1000)
  void signScaleAndTheTableSumAreThoseOfTheFigures(@ForAll("amounts") PrintedAmount first,
      @ForAll("amounts") PrintedAmount second, @ForAll("amounts") PrintedAmount third,
      @ForAll @IntRange(max = 2) int totalScale) {
    List<PrintedAmount> amounts = Stream.of(first, second, third)
        .filter(amount -> amount.unit() == AmountUnit.YUAN).toList();
    BigDecimal expected = BigDecimal.ZERO.setScale(totalScale);
    AllocationTable.Builder table = AllocationTable.builder().unit(AmountUnit.YUAN);
    for (PrintedAmount amount : amounts) {
      AllocationLine line = AllocationLine.of(TAISHAN, amount);
      assertEquals(amount.figure().signum(), line.signum());
      assertEquals(amount.scale(), line.scale());
      table.addLines(line);
      expected = expected.add(amount.figure());
    }
    BigDecimal sum = table.declaredTotal(PrintedAmount.of(BigDecimal.ZERO.setScale(totalScale), AmountUnit.YUAN))
        .build().linesFigureSum();
    assertEquals(expected, sum, "the sum of the figures, at the largest scale");
    Statistics.label("sum").collect(expected.unscaledValue().bitLength() < Long.SIZE ? "fits a long"
        : "beyond a long");
    Statistics.label("sum").coverage(check -> check.check("beyond a long").percentage(p -> p > 5));
  }

  /** Figures near both ends of {@code long} and of 18 digits, any, small ones and up to 24 digits; scale 0–2. */
  @Provide
  Arbitrary<PrintedAmount> amounts() {
    Arbitrary<BigInteger> nearMax = Arbitraries.longs().between(-1000, 1000)
        .map(n -> LONG_MAX.add(BigInteger.valueOf(n)));
    Arbitrary<BigInteger> nearMin = nearMax.map(BigInteger::negate);
    Arbitrary<BigInteger> near18Digits = Arbitraries.longs().between(-1000, 1000)
        .map(n -> BigInteger.TEN.pow(18).add(BigInteger.valueOf(n)));
    Arbitrary<BigInteger> unscaled = Arbitraries.oneOf(nearMax, nearMin, near18Digits,
        Arbitraries.longs().map(BigInteger::valueOf), Arbitraries.longs().between(-1000, 1000).map(BigInteger::valueOf),
        Arbitraries.bigIntegers().between(DIGITS_24.negate(), DIGITS_24));
    return Arbitraries.oneOf(
        unscaled.flatMap(value -> Arbitraries.integers().between(0, 2).map(scale -> new BigDecimal(value, scale)))
            .map(figure -> PrintedAmount.of(figure, AmountUnit.YUAN)),
        Arbitraries.longs().between(-1000, 1000).map(n -> PrintedAmount.ofUnscaled(n, 6, AmountUnit.WAN_YUAN)),
        Arbitraries.of("1.00", "1", "1.0", "-0.00", "0").map(text -> PrintedAmount.parse(text, AmountUnit.YI_YUAN)));
  }

  @Property(tries = 500)
  void anyFigureAFenOrCoarserRoundTripsAtAnyScale(@ForAll @IntRange(max = 16) int scale, @ForAll AmountUnit unit,
      @ForAll long seed) {
    // The unscaled value: any long with enough trailing zeros to be a fen or coarser at that scale in that unit,
    // and no more integer digits than the unit allows (24 in 元, 16 in 亿元).
    int digits = 24 - unit.exponent() + scale;
    long bounded = digits < 19 ? seed % BigInteger.TEN.pow(digits).longValueExact() : seed;
    long step = BigInteger.TEN.pow(Math.max(scale - 2 - unit.exponent(), 0)).longValueExact();
    long unscaled = bounded / step * step;
    PrintedAmount amount = PrintedAmount.of(BigDecimal.valueOf(unscaled, scale), unit);
    assertEquals(amount, AllocationLine.of(TAISHAN, amount).amount());
    assertEquals(amount, PrintedAmount.ofUnscaled(unscaled, scale, unit));
  }

  @Test
  void equalsAndHashCodeCountRecipientAmountWithItsScaleAndNote() {
    AllocationLine line = AllocationLine.of(TAISHAN, PrintedAmount.parse("96.00万元"));
    EqualsContract.check(line, AllocationLine.of(TAISHAN, PrintedAmount.parse("96.00万元")),
        AllocationLine.of(TAISHAN, PrintedAmount.parse("96万元")),
        AllocationLine.of(TAISHAN, PrintedAmount.parse("960,000.00元")),
        AllocationLine.of(JIANGMEN, PrintedAmount.parse("96.00万元")), line.withNote("含追加"));
    AllocationLine wide = AllocationLine.of(TAISHAN, PrintedAmount.parse("9,223,372,036,854,775,808元"));
    EqualsContract.check(wide, AllocationLine.of(TAISHAN, PrintedAmount.parse("9,223,372,036,854,775,808元")),
        AllocationLine.of(TAISHAN, PrintedAmount.parse("9,223,372,036,854,775,807元")));
  }

  @Test
  void withNoteReturnsACopyAndKeepsTheLine() {
    AllocationLine line = AllocationLine.of(TAISHAN, PrintedAmount.parse("96万元"));
    AllocationLine noted = line.withNote("含追加");
    assertEquals(Optional.of("含追加"), noted.note());
    assertEquals(Optional.empty(), line.note());
    assertEquals(line.amount(), noted.amount());
    assertSame(noted, noted.withNote("含追加"));
    assertNotEquals(noted, noted.withNote("另文下达"));
    assertEquals("台山市 96万元 [含追加]", noted.toString());
  }

  @Test
  void nullsAreRefusedByName() {
    PrintedAmount amount = PrintedAmount.parse("96万元");
    assertEquals("recipient", assertThrows(NullPointerException.class, () -> AllocationLine.of(null, amount))
        .getMessage());
    assertEquals("amount", assertThrows(NullPointerException.class, () -> AllocationLine.of(TAISHAN, null))
        .getMessage());
    assertEquals("note", assertThrows(NullPointerException.class,
        () -> AllocationLine.of(TAISHAN, amount).withNote(null)).getMessage());
  }
}
