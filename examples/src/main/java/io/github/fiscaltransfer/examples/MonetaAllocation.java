package io.github.fiscaltransfer.examples;

import io.github.fiscaltransfer.allocation.Allocation;
import io.github.fiscaltransfer.allocation.AllocationRequest;
import io.github.fiscaltransfer.money.Quantum;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.javamoney.moneta.function.MonetaryFunctions;

/**
 * A user of Moneta (the JSR 354 reference implementation) sums the amounts they hold as {@code Money}, splits the
 * sum by weights into a validated allocation (分配), and gets every line back as {@code Money}: seed 002's
 * 江财社〔2023〕1号 lines (33,695,182元, 22,571,083元, 20,513,735元) split again 3 : 2 : 2 in whole yuan.
 */
public final class MonetaAllocation {

  private MonetaAllocation() {}

  /**
   * Returns the three county lines of 江财社〔2023〕1号 as a Moneta user holds them.
   *
   * @return the amounts in CNY, not null
   */
  public static List<MonetaryAmount> countyLines() {
    return List.of(Money.of(new BigDecimal("33695182"), "CNY"), Money.of(new BigDecimal("22571083"), "CNY"),
        Money.of(new BigDecimal("20513735"), "CNY"));
  }

  /**
   * Sums Moneta amounts and splits the sum by weights in whole yuan, giving each line back as Moneta {@code Money}.
   *
   * @param amounts the amounts to sum, in CNY, whole fen, not empty, not null
   * @param weights each recipient's weight, in order, not null
   * @return each recipient's line, in order; the lines add up to the sum exactly, not null
   * @throws IllegalArgumentException if an amount is not CNY or the sum is not whole yuan
   */
  public static Map<String, Money> split(List<MonetaryAmount> amounts, Map<String, BigDecimal> weights) {
    MonetaryAmount total = amounts.stream().reduce(MonetaryFunctions.sum()).orElseThrow();
    AllocationRequest.Builder request = AllocationRequest.builder().total(total).quantum(Quantum.YUAN);
    weights.forEach(request::recipient);
    Allocation allocation = request.build().allocate();
    Map<String, Money> lines = new LinkedHashMap<>();
    weights.keySet().forEach(key -> lines.put(key, Money.from(allocation.line(key).amount())));
    return lines;
  }

  /**
   * Prints the sum and the lines split 3 : 2 : 2.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Map<String, BigDecimal> weights = new LinkedHashMap<>();
    weights.put("台山市", new BigDecimal("3"));
    weights.put("开平市", new BigDecimal("2"));
    weights.put("恩平市", new BigDecimal("2"));
    split(countyLines(), weights).forEach((county, money) -> System.out.println(county + " " + money));
  }
}
