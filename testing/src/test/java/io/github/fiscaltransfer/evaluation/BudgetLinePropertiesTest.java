package io.github.fiscaltransfer.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.fiscaltransfer.testing.PerformanceDomain;
import java.math.BigDecimal;
import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.statistics.Statistics;

/** The execution rate is spent / available rounded half-up, checked against integer arithmetic in fen. */
@Domain(PerformanceDomain.class)
class BudgetLinePropertiesTest {

  private static final BigInteger TEN_THOUSAND = BigInteger.valueOf(10_000);

  @Property
  void executionRateIsHalfUpRoundingOfTheExactRatio(@ForAll BudgetLine line) {
    BigInteger spent = fen(line.spent().toYuan());
    BigInteger available = fen(line.available().toYuan());
    BigInteger doubled = spent.multiply(TEN_THOUSAND).shiftLeft(1);
    BigInteger hundredthsOfPercent = doubled.add(available).divide(available.shiftLeft(1));
    assertEquals(new BigDecimal(hundredthsOfPercent, 2), line.executionRateRoundedHalfUp());
    Statistics.label("spending").collect(spent.compareTo(available) > 0 ? "over 100%" : "within budget");
    Statistics.label("spending").coverage(coverage -> {
      coverage.check("over 100%").count(count -> count > 0);
      coverage.check("within budget").count(count -> count > 0);
    });
  }

  private static BigInteger fen(BigDecimal yuan) {
    return yuan.movePointRight(2).toBigIntegerExact();
  }
}
