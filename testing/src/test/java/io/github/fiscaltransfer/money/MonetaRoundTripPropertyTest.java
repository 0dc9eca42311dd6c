package io.github.fiscaltransfer.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fiscaltransfer.testing.MoneyDomain;
import java.math.BigDecimal;
import java.math.BigInteger;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.statistics.Statistics;
import org.javamoney.moneta.FastMoney;
import org.javamoney.moneta.Money;

/**
 * Exact amounts go to Moneta's {@code Money} and come back unchanged, at any size: Moneta is the JSR 354 reference
 * implementation a user of this library may already hold amounts in.
 */
@Domain(MoneyDomain.class)
class MonetaRoundTripPropertyTest {

  /** FastMoney's largest value in fen: it keeps five decimals in a {@code long}. */
  private static final BigInteger FAST_MONEY_MAX_FEN = BigInteger.valueOf(Long.MAX_VALUE / 1000);

  /** The domain's amounts, and amounts of up to 2⁸⁰ fen either side of zero, beyond a {@code long} of fen. */
  @Provide
  Arbitrary<CnyAmount> anyAmount(@ForAll CnyAmount usual) {
    BigInteger far = BigInteger.ONE.shiftLeft(80);
    return Arbitraries.frequencyOf(
        Tuple.of(2, Arbitraries.just(usual)),
        Tuple.of(1, Arbitraries.just(usual.negate())),
        Tuple.of(1, Arbitraries.bigIntegers().between(far.negate(), far).map(CnyAmount::ofFen)));
  }

  @Property
  void toMonetaMoneyAndBackIsTheSameAmount(@ForAll("anyAmount") CnyAmount amount) {
    Statistics.label("size").collect(amount.toFen().bitLength() < Long.SIZE ? "long of fen" : "beyond a long");
    Money money = Money.from(amount);
    assertEquals(0, money.getNumberStripped().compareTo(amount.toYuan()));
    assertEquals(amount, CnyAmount.from(money));
    MonetaryAmount made = Monetary.getDefaultAmountFactory().setAmount(amount).create();
    assertEquals(amount, CnyAmount.from(made));
    assertTrue(amount.isEqualTo(money) && money.isEqualTo(amount));
    assertEquals(Money.of(amount.toYuan(), "CNY"), money);
    Statistics.label("size").coverage(coverage -> {
      coverage.check("long of fen").percentage(p -> p > 30);
      coverage.check("beyond a long").percentage(p -> p > 5);
    });
  }

  @Property
  void fromMonetaMoneyAndBackIsTheSameNumber(@ForAll("anyAmount") CnyAmount amount) {
    Money money = Money.of(amount.toYuan(), "CNY");
    assertEquals(money, Money.from(CnyAmount.from(money)));
    if (amount.toFen().abs().compareTo(FAST_MONEY_MAX_FEN) <= 0) {
      FastMoney fast = FastMoney.of(amount.toYuan(), "CNY");
      assertEquals(fast, FastMoney.from(CnyAmount.from(fast)));
    }
  }

  @Property
  void sumsAgreeWhicheverSideIsMoneta(@ForAll("anyAmount") CnyAmount a, @ForAll("anyAmount") CnyAmount b) {
    BigDecimal exact = a.toYuan().add(b.toYuan());
    assertEquals(CnyAmount.ofYuan(exact), a.add(Money.from(b)));
    assertEquals(0, Money.from(a).add(b).getNumberStripped().compareTo(exact));
  }
}
