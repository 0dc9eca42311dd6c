package io.github.fiscaltransfer.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.FastMoney;
import org.javamoney.moneta.Money;
import org.javamoney.moneta.function.MonetaryFunctions;
import org.javamoney.moneta.function.MonetaryOperators;
import org.javamoney.moneta.function.MonetaryQueries;
import org.javamoney.moneta.function.MonetarySummaryStatistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@link CnyAmount} against Moneta, the JSR 354 reference implementation, with real {@code Money},
 * {@code FastMoney} and {@code RoundedMoney}: the money package's entry points take them exactly, refuse what is
 * finer than a fen or not CNY, and Moneta's own operators, queries and functions work on a {@code CnyAmount} the
 * way they work on Moneta's amounts, refusing where they would round.
 */
class MonetaInteropTest {

  private static final CurrencyUnit MONETA_CNY = Monetary.getCurrency("CNY");
  private static final CnyAmount HUNDRED_TEN = CnyAmount.ofYuan(new BigDecimal("100.10"));
  /** 2⁸⁰ fen: far beyond a {@code long} of fen. */
  private static final CnyAmount BEYOND_LONG = CnyAmount.ofFen(BigInteger.ONE.shiftLeft(80));

  @ParameterizedTest
  @EnumSource(MonetaKind.class)
  void theMoneyEntryPointsTakeExactlyTheAmountAMonetaValueHolds(MonetaKind kind) {
    MonetaryAmount amount = kind.cny("1940000.10");
    assertEquals(CnyAmount.ofFen(194_000_010L), CnyAmount.from(amount));
    assertEquals(new BigDecimal("1940000.10"), Cny.toYuan(amount));
    assertEquals(BigInteger.valueOf(194_000_010L), Cny.toFen(amount));
    assertEquals("1,940,000.10元", Cny.format(amount));
    assertEquals(PrintedAmount.parse("194.000010万元"), PrintedAmount.inUnit(amount, AmountUnit.WAN_YUAN, 6));
    assertEquals(PrintedAmount.parse("194.00万元"),
        PrintedAmount.inUnitRounded(amount, AmountUnit.WAN_YUAN, 2, java.math.RoundingMode.HALF_UP));
    assertEquals(BigInteger.valueOf(194_000_010L), Quantum.FEN.count(amount));
    assertEquals(CnyAmount.ofFen(194_010_020L), HUNDRED_TEN.multiply(0).add(amount).add(amount).subtract(amount)
        .add(CnyAmount.ofFen(10_010)));
  }

  @ParameterizedTest
  @EnumSource(value = MonetaKind.class, names = {"MONEY", "ROUNDED_MONEY"})
  void aValueFinerThanOneFenIsRefusedAsTheLibraryRefusesItsOwn(MonetaKind kind) {
    MonetaryAmount fine = kind.cny("70.915");
    assertEquals("Amount 70.915 元 is finer than one fen (0.01 元)",
        assertThrows(PrecisionLossException.class, () -> CnyAmount.from(fine)).getMessage());
    assertEquals("Amount 70.915 元 is finer than one fen (0.01 元)",
        assertThrows(PrecisionLossException.class, () -> HUNDRED_TEN.add(fine)).getMessage());
    assertEquals("Amount 70.915 元 is finer than one fen (0.01 元)",
        assertThrows(PrecisionLossException.class, () -> CnyAmount.ofYuan(new BigDecimal("70.915"))).getMessage());
  }

  @Test
  void fastMoneyHoldsFiveDecimalsAndItsSubFenDigitsAreRefusedToo() {
    assertEquals("Amount 0.00001 元 is finer than one fen (0.01 元)", assertThrows(PrecisionLossException.class,
        () -> CnyAmount.from(FastMoney.of(new BigDecimal("0.00001"), "CNY"))).getMessage());
  }

  @ParameterizedTest
  @EnumSource(MonetaKind.class)
  void anAmountInAnotherCurrencyIsRefusedWithItsCurrencyAndValue(MonetaKind kind) {
    MonetaryAmount dollars = kind.of("10.5", "USD");
    String message = "Amount must be in CNY: USD " + dollars.getNumber();
    assertEquals(message, assertThrows(IllegalArgumentException.class, () -> CnyAmount.from(dollars)).getMessage());
    assertEquals(message,
        assertThrows(IllegalArgumentException.class, () -> HUNDRED_TEN.isEqualTo(dollars)).getMessage());
    assertTrue(message.startsWith("Amount must be in CNY: USD 10.5"), message);
  }

  @Test
  void aCnyAmountBecomesMonetaMoneyAndComesBackUnchangedBeyondALongOfFen() {
    for (CnyAmount amount : List.of(HUNDRED_TEN, CnyAmount.ofFen(Long.MAX_VALUE), CnyAmount.ofFen(Long.MIN_VALUE),
        BEYOND_LONG, BEYOND_LONG.negate())) {
      Money money = Money.from(amount);
      assertEquals(0, amount.toYuan().compareTo(money.getNumberStripped()), amount.toString());
      assertEquals(amount, CnyAmount.from(money));
      MonetaryAmount made = Monetary.getDefaultAmountFactory().setAmount(amount).create();
      assertEquals(Money.class, made.getClass());
      assertEquals(amount, CnyAmount.from(made));
    }
  }

  @Test
  void fastMoneyCannotHoldWhatALongOfFenCannotAndSaysSo() {
    assertThrows(ArithmeticException.class, () -> FastMoney.from(BEYOND_LONG));
  }

  @Test
  void moneyMadeFromACnyAmountEqualsMoneyMadeFromTheCurrencyCode() {
    Money fromCny = Money.from(HUNDRED_TEN);
    Money fromCode = Money.of(new BigDecimal("100.10"), "CNY");
    assertEquals(fromCode, fromCny);
    assertEquals(fromCny, fromCode);
    assertEquals(fromCode.hashCode(), fromCny.hashCode());
    assertEquals(FastMoney.of(new BigDecimal("100.10"), "CNY"), FastMoney.from(HUNDRED_TEN));
    assertEquals(MONETA_CNY, Cny.CURRENCY);
    assertEquals(Cny.CURRENCY, MONETA_CNY);
    assertEquals(MONETA_CNY.hashCode(), Cny.CURRENCY.hashCode());
  }

  @ParameterizedTest
  @EnumSource(MonetaKind.class)
  void comparisonsAcrossImplementationsAgreeWithBigDecimal(MonetaKind kind) {
    // Up to FastMoney's largest value, 92,233,720,368,547.75807.
    List<String> values = List.of("-0.01", "0", "0.01", "100.09", "100.10", "100.11", "92233720368547.75");
    for (String mine : values) {
      for (String theirs : values) {
        CnyAmount cny = CnyAmount.ofYuan(new BigDecimal(mine));
        MonetaryAmount moneta = kind.cny(theirs);
        int expected = Integer.signum(new BigDecimal(mine).compareTo(new BigDecimal(theirs)));
        String pair = mine + " vs " + kind + " " + theirs;
        assertEquals(expected, Integer.signum(cny.compareTo(moneta)), pair);
        assertEquals(-expected, Integer.signum(moneta.compareTo(cny)), pair);
        assertEquals(expected == 0, cny.isEqualTo(moneta), pair);
        assertEquals(expected == 0, moneta.isEqualTo(cny), pair);
        assertEquals(expected > 0, cny.isGreaterThan(moneta), pair);
        assertEquals(expected < 0, moneta.isGreaterThan(cny), pair);
        assertEquals(expected <= 0, cny.isLessThanOrEqualTo(moneta), pair);
      }
    }
  }

  @Test
  void monetaOperatorsGiveExactResultsAndAreRefusedWhereTheyWouldBeFinerThanAFen() {
    assertEquals(CnyAmount.ofYuan(new BigDecimal("10.01")), HUNDRED_TEN.with(MonetaryOperators.percent(10)));
    assertEquals("100.10元 × 0.03 = 3.003元 is finer than one fen (0.01元)", assertThrows(
        PrecisionLossException.class, () -> HUNDRED_TEN.with(MonetaryOperators.percent(3))).getMessage());
    assertEquals("100.10元 × 0.001 = 0.1001元 is finer than one fen (0.01元)", assertThrows(
        PrecisionLossException.class, () -> HUNDRED_TEN.with(MonetaryOperators.permil(1))).getMessage());
    assertThrows(PrecisionLossException.class, () -> HUNDRED_TEN.with(MonetaryOperators.reciprocal()));
    // Moneta's Money rounds the same percentage silently: the difference this library exists for.
    assertEquals(Money.of(new BigDecimal("3.003"), "CNY"),
        Money.of(new BigDecimal("100.10"), "CNY").with(MonetaryOperators.percent(3)));
  }

  @Test
  void roundingOperatorsLeaveAWholeNumberOfFenAndRoundOnlyWhenAskedToACoarserStep() {
    assertEquals(HUNDRED_TEN, HUNDRED_TEN.with(MonetaryOperators.rounding()));
    assertEquals(HUNDRED_TEN, HUNDRED_TEN.with(Monetary.getDefaultRounding()));
    assertEquals(HUNDRED_TEN, HUNDRED_TEN.with(MonetaryOperators.rounding(3)));
    assertEquals(CnyAmount.ofYuan(100), HUNDRED_TEN.with(MonetaryOperators.rounding(0)));
    assertEquals(CnyAmount.ofYuan(100), HUNDRED_TEN.with(MonetaryOperators.majorPart()));
    assertEquals(CnyAmount.ofFen(10), HUNDRED_TEN.with(MonetaryOperators.minorPart()));
  }

  @Test
  void monetaQueriesReadAmountsContextAndFactory() {
    assertEquals(100L, HUNDRED_TEN.query(MonetaryQueries.extractMajorPart()));
    assertEquals(10L, HUNDRED_TEN.query(MonetaryQueries.extractMinorPart()));
    assertEquals(10_010L, HUNDRED_TEN.query(MonetaryQueries.convertMinorPart()));
    assertEquals(CnyAmount.class, HUNDRED_TEN.getContext().getAmountType());
    assertEquals(2, HUNDRED_TEN.getContext().getMaxScale());
    assertEquals(CnyAmount.ofYuan(new BigDecimal("1.5")),
        HUNDRED_TEN.getFactory().setCurrency(MONETA_CNY).setNumber(new BigDecimal("1.50")).create());
    assertEquals(HUNDRED_TEN, HUNDRED_TEN.getFactory().setAmount(Money.of(new BigDecimal("100.1"), "CNY")).create());
    assertEquals("Currency must be CNY: USD", assertThrows(IllegalArgumentException.class,
        () -> HUNDRED_TEN.getFactory().setCurrency("USD")).getMessage());
  }

  @Test
  void monetaryFunctionsSumAndOrderAMixedList() {
    List<MonetaryAmount> mixed = List.of(HUNDRED_TEN, MonetaKind.MONEY.cny("10.01"),
        MonetaKind.FAST_MONEY.cny("1.23"), MonetaKind.ROUNDED_MONEY.cny("5.55"));
    MonetaryAmount sum = mixed.stream().reduce(MonetaryFunctions.sum()).orElseThrow();
    assertEquals(CnyAmount.ofYuan(new BigDecimal("116.89")), CnyAmount.from(sum));
    assertEquals(CnyAmount.ofYuan(new BigDecimal("116.89")), CnyAmount.from(mixed.stream()
        .reduce(MonetaryFunctions::sum).orElseThrow()));
    assertTrue(MonetaKind.FAST_MONEY.cny("1.23").isEqualTo(mixed.stream().reduce(MonetaryFunctions.min()).orElseThrow()));
    assertSame(HUNDRED_TEN, mixed.stream().reduce(MonetaryFunctions.max()).orElseThrow());
    assertEquals(List.of("1.23", "5.55", "10.01", "100.10"), mixed.stream().sorted(MonetaryFunctions.sortNumber())
        .map(amount -> Cny.toYuan(amount).toPlainString()).toList());
  }

  @Test
  void monetaGroupsAndSummarisesEveryCnyAmountUnderOneCurrency() {
    List<MonetaryAmount> mixed = List.of(HUNDRED_TEN, MonetaKind.MONEY.cny("10.02"));
    Map<CurrencyUnit, List<MonetaryAmount>> groups = mixed.stream().collect(MonetaryFunctions.groupByCurrencyUnit());
    assertEquals(1, groups.size());
    assertEquals(2, groups.get(MONETA_CNY).size());
    for (CurrencyUnit currency : List.of(MONETA_CNY, Cny.CURRENCY)) {
      MonetarySummaryStatistics summary = mixed.stream().collect(MonetaryFunctions.summarizingMonetary(currency));
      assertEquals(2, summary.getCount());
      assertEquals(CnyAmount.ofYuan(new BigDecimal("110.12")), CnyAmount.from(summary.getSum()));
      assertEquals(CnyAmount.ofYuan(new BigDecimal("55.06")), CnyAmount.from(summary.getAverage()));
      assertEquals(CnyAmount.ofYuan(new BigDecimal("10.02")), CnyAmount.from(summary.getMin()));
    }
  }

  @Test
  void anAverageFinerThanAFenIsRefusedNotRounded() {
    List<MonetaryAmount> mixed = List.of(HUNDRED_TEN, MonetaKind.MONEY.cny("10.01"));
    assertThrows(PrecisionLossException.class,
        () -> mixed.stream().collect(MonetaryFunctions.summarizingMonetary(Cny.CURRENCY)));
  }
}
