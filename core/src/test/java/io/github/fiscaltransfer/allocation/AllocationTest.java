package io.github.fiscaltransfer.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.fiscaltransfer.money.AmountUnit;
import io.github.fiscaltransfer.money.EqualsContract;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.money.Quantum;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Allocations of the seed documents' tables, and tie-breaking, 尾差 and the readable table. */
class AllocationTest {

  /** Seed 000 (粤财社〔2021〕307号), 附件1, 单位：万元. */
  private static final List<String> SEED_000_KEYS = List.of("省级留用", "广州市", "珠海市", "汕头市", "佛山市", "韶关市",
      "河源市", "梅州市", "惠州市", "汕尾市", "东莞市", "中山市", "江门市", "阳江市", "湛江市", "茂名市", "肇庆市", "清远市",
      "潮州市", "揭阳市", "云浮市");
  private static final List<String> SEED_000_LINES = List.of("6,800", "357", "154", "202", "219", "181", "179", "206",
      "201", "178", "217", "165", "196", "166", "240", "239", "191", "192", "167", "210", "171");

  /** Seed 002 (江财社〔2023〕3号), 附件1, 单位：万元. */
  private static final List<String> SEED_002_KEYS =
      List.of("市本级", "蓬江区", "江海区", "新会区", "台山市", "开平市", "鹤山市", "恩平市");
  private static final List<String> SEED_002_LINES =
      List.of("70.91", "16.57", "14.49", "17.95", "25.54", "24.15", "13.01", "11.38");

  private static AllocationRequest.Builder seed(String total, Quantum quantum, List<String> keys, List<String> lines) {
    AllocationRequest.Builder builder = AllocationRequest.builder()
        .total(PrintedAmount.parse(total).toAmount()).quantum(quantum);
    for (int i = 0; i < keys.size(); i++) {
      builder.recipient(keys.get(i), PrintedAmount.parse(lines.get(i), AmountUnit.WAN_YUAN).figure());
    }
    return builder;
  }

  private static List<String> figures(Allocation allocation) {
    return allocation.lines().stream().map(line -> line.printedAmount().formatFigure()).toList();
  }

  @Test
  void seed000SplitByItsOwnLinesReproducesThem() {
    Allocation allocation = seed("10,831万元", Quantum.WAN_YUAN, SEED_000_KEYS, SEED_000_LINES).build().allocate();
    assertEquals(SEED_000_LINES, figures(allocation));
    assertEquals("6,800万元", allocation.line("省级留用").printedAmount().toString());
    allocation.lines().forEach(line -> assertEquals(BigInteger.ZERO, line.remainderSteps()));
  }

  @Test
  void seed002SplitAtAHundredthOfAWanYuanReproducesItsLines() {
    Quantum hundredth = Quantum.parse("0.01万元");
    Allocation allocation = seed("194.00万元", hundredth, SEED_002_KEYS, SEED_002_LINES).build().allocate();
    assertEquals(SEED_002_LINES, figures(allocation));
  }

  @Test
  void seed000RoundingDifferenceGoesToTheProvincialReserve() {
    Allocation allocation = seed("10,840万元", Quantum.WAN_YUAN, SEED_000_KEYS, SEED_000_LINES)
        .method(AllocationMethod.roundingDifferenceTo("省级留用")).build().allocate();
    // Shares are line × 10,840 / 10,831: 省级留用 6,805.65 rounds to 6,806, each city (at most +0.30) back to its
    // own line, 4,031 in all; the 尾差 10,840 − 6,806 − 4,031 = 3 goes to 省级留用: 6,809, 4 steps above 6,805.
    assertEquals("6,809", allocation.line("省级留用").printedAmount().formatFigure());
    assertEquals(BigInteger.valueOf(4), allocation.line("省级留用").remainderSteps());
    assertEquals(SEED_000_LINES.subList(1, SEED_000_LINES.size()), figures(allocation).subList(1, SEED_000_LINES.size()));
  }

  @Test
  void tiesGoToTheFirstKeyInStringOrderNotTheFirstListed() {
    AllocationRequest request = thirds("省级留用", "珠海市", "广州市");
    // 广 (U+5E7F) sorts before 珠 (U+73E0) and 省 (U+7701): 100 元 / 3 leaves one yuan, which 广州市 gets.
    assertEquals(List.of("33", "33", "34"), figures(request.allocate()));
  }

  @Test
  void roundingDifferenceGoesToTheNamedRecipient() {
    AllocationRequest request = thirds("省级留用", "珠海市", "广州市")
        .withMethod(AllocationMethod.roundingDifferenceTo("省级留用"));
    assertEquals(List.of("34", "33", "33"), figures(request.allocate()));
    assertEquals(BigInteger.ONE, request.allocate().line("省级留用").remainderSteps());
  }

  @Test
  void roundingDifferenceCanBeNegative() {
    AllocationRequest request = AllocationRequest.builder().total(PrintedAmount.parse("5元").toAmount())
        .quantum(Quantum.YUAN).method(AllocationMethod.roundingDifferenceToLargestLine())
        .recipient("a", BigDecimal.valueOf(5)).recipient("b", BigDecimal.ONE).recipient("c", BigDecimal.ONE)
        .recipient("d", BigDecimal.ONE).recipient("e", BigDecimal.ONE).recipient("f", BigDecimal.ONE).build();
    // Shares 2.5 and 0.5 × 5: half-up gives 3 + 5 × 1 = 8 元, 3 元 too many, taken from the largest line a.
    assertEquals(List.of("0", "1", "1", "1", "1", "1"), figures(request.allocate()));
    assertEquals(BigInteger.valueOf(-2), request.allocate().line("a").remainderSteps());
  }

  @Test
  void refusesARoundingDifferenceThatMakesALineNegative() {
    AllocationRequest request = AllocationRequest.builder().total(PrintedAmount.parse("2元").toAmount())
        .quantum(Quantum.YUAN).method(AllocationMethod.roundingDifferenceTo("a"))
        .recipient("a", BigDecimal.ONE).recipient("b", BigDecimal.ONE)
        .recipient("c", BigDecimal.ONE).recipient("d", BigDecimal.ONE).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, request::allocate);
    assertEquals("The rounding difference (尾差) would make line 'a' negative: -1.00元; "
        + "allocate by largest remainder instead", e.getMessage());
  }

  @Test
  void printsATableABudgetOfficerCanRead() {
    String expected = String.join(System.lineSeparator(),
        "100元 in steps of 1元 by largest remainder (最大余额法)",
        "省级留用   33元  0",
        "珠海市    33元  0",
        "广州市    34元  +1",
        "合计    100元");
    assertEquals(expected, thirds("省级留用", "珠海市", "广州市").allocate().toString());
  }

  @Test
  void findsLinesByKeyAndNamesAMissingOne() {
    Allocation allocation = thirds("a", "b", "c").allocate();
    assertEquals("a", allocation.line("a").key());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> allocation.line("x"));
    assertEquals("No recipient 'x' in this allocation", e.getMessage());
  }

  @Test
  void equalityComparesRequestAndLines() {
    EqualsContract.check(thirds("a", "b", "c").allocate(), thirds("a", "b", "c").allocate(),
        thirds("a", "c", "b").allocate(),
        thirds("a", "b", "c").withMethod(AllocationMethod.roundingDifferenceTo("b")).allocate());
  }

  private static AllocationRequest thirds(String... keys) {
    AllocationRequest.Builder builder = AllocationRequest.builder()
        .total(PrintedAmount.parse("100元").toAmount()).quantum(Quantum.YUAN);
    for (String key : keys) {
      builder.recipient(key, BigDecimal.ONE);
    }
    return builder.build();
  }

}
