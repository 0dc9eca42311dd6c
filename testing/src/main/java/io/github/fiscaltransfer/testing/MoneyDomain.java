package io.github.fiscaltransfer.testing;

import io.github.fiscaltransfer.money.CnyAmount;
import io.github.fiscaltransfer.money.AmountUnit;
import io.github.fiscaltransfer.money.Cny;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.money.Quantum;
import java.math.BigDecimal;
import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.domains.DomainContextBase;

/**
 * jqwik domain of the money package: use {@code @Domain(MoneyDomain.class)} and take {@code @ForAll PrintedAmount},
 * {@code @ForAll CnyAmount} (CNY, 0 to 10¹² 元 at fen precision) or {@code @ForAll Quantum}. Values shrink towards zero.
 */
public class MoneyDomain extends DomainContextBase {

  /** The largest amount generated, 10¹² 元: beyond any one budget line. */
  public static final BigDecimal MAX_YUAN = new BigDecimal("1000000000000");

  /**
   * Printed amounts in every unit, at every scale the unit allows down to one fen, positive or negative.
   *
   * @return the arbitrary, not null
   */
  @Provide
  public Arbitrary<PrintedAmount> printedAmounts() {
    return Arbitraries.of(AmountUnit.class).flatMap(unit ->
        Arbitraries.integers().between(0, Cny.FEN_SCALE + unit.exponent()).flatMap(scale ->
            Arbitraries.bigDecimals().between(MAX_YUAN.negate(), MAX_YUAN).ofScale(scale)
                .map(figure -> PrintedAmount.of(figure, unit))));
  }

  /**
   * Amounts of CNY from 0 to 10¹² 元 at fen precision; small (up to 1 万元), medium and huge (over 10¹¹ 元)
   * ones are each about a third.
   *
   * @return the arbitrary, not null
   */
  @Provide
  public Arbitrary<CnyAmount> cnyAmounts() {
    return Arbitraries.frequencyOf(
            Tuple.of(3, yuanBetween("0", "10000")),
            Tuple.of(3, yuanBetween("10000", "100000000000")),
            Tuple.of(3, yuanBetween("100000000000", MAX_YUAN.toPlainString())))
        .map(CnyAmount::ofYuan);
  }

  private static Arbitrary<BigDecimal> yuanBetween(String min, String max) {
    return Arbitraries.bigDecimals().between(new BigDecimal(min), new BigDecimal(max)).ofScale(Cny.FEN_SCALE);
  }

  /**
   * Quanta: the usual 1 分, 1 元, 0.01 万元 and 1 万元, and random steps of 1 fen to 10⁴ 元 in every unit that can
   * name them.
   *
   * @return the arbitrary, not null
   */
  @Provide
  public Arbitrary<Quantum> quanta() {
    Arbitrary<Quantum> usual = Arbitraries.of(
        Quantum.FEN, Quantum.YUAN, Quantum.of(new BigDecimal("0.01"), AmountUnit.WAN_YUAN), Quantum.WAN_YUAN);
    Arbitrary<Quantum> random = Arbitraries.of(AmountUnit.class).flatMap(unit ->
        Arbitraries.longs().between(1, 1_000_000).map(fen ->
            Quantum.of(unit.fromYuan(new BigDecimal(BigInteger.valueOf(fen), Cny.FEN_SCALE)), unit)));
    return Arbitraries.oneOf(usual, random);
  }
}
