package io.github.fiscaltransfer.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/** Moneta amounts summed, split and given back as Moneta {@code Money}, to the yuan. */
class MonetaAllocationTest {

  /** 台山市, 开平市 and 恩平市 weighted in that order. */
  private static Map<String, BigDecimal> weights(String taishan, String kaiping, String enping) {
    Map<String, BigDecimal> weights = new LinkedHashMap<>();
    weights.put("台山市", new BigDecimal(taishan));
    weights.put("开平市", new BigDecimal(kaiping));
    weights.put("恩平市", new BigDecimal(enping));
    return weights;
  }

  @Test
  void theSeedLinesSumTo7678WanYuanAndSplitThreeTwoTwoByLargestRemainder() {
    Map<String, BigDecimal> weights = weights("3", "2", "2");
    Map<String, Money> lines = MonetaAllocation.split(MonetaAllocation.countyLines(), weights);
    // 76,780,000 × 3/7 = 32,905,714.29 and × 2/7 = 21,937,142.86: the two yuan left go to the larger remainders.
    assertEquals(List.of(Money.of(32_905_714, "CNY"), Money.of(21_937_143, "CNY"), Money.of(21_937_143, "CNY")),
        List.copyOf(lines.values()));
    assertEquals(Money.of(76_780_000, "CNY"), lines.values().stream().reduce(Money::add).orElseThrow());
  }

  @Test
  void weightsEqualToTheAmountsGiveTheAmountsBack() {
    Map<String, BigDecimal> weights = weights("33695182", "22571083", "20513735");
    assertEquals(MonetaAllocation.countyLines(), List.copyOf(MonetaAllocation.split(MonetaAllocation.countyLines(),
        weights).values()));
  }
}
