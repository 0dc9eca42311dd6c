package io.github.fiscaltransfer.hierarchy;

import static io.github.fiscaltransfer.hierarchy.JiangmenChain.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.fiscaltransfer.allocation.AllocationMethod;
import io.github.fiscaltransfer.money.CnyAmount;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.money.Quantum;
import io.github.fiscaltransfer.notice.AllocationTable;
import io.github.fiscaltransfer.unit.FiscalUnit;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** 196 万元 from 广东省 through 江门市 to its counties, in whole 万元. */
class PropagationTest {

  @Test
  void everyLevelDistributesExactlyItsLineAbove() {
    Map<FiscalUnit, BigDecimal> weights = new LinkedHashMap<>();
    weights.put(JiangmenChain.JIANGMEN, BigDecimal.ONE);
    weights.put(unit("台山市"), new BigDecimal("3"));
    weights.put(unit("开平市"), new BigDecimal("2"));
    weights.put(unit("恩平市"), new BigDecimal("2"));
    Propagation propagation = Propagation.of(JiangmenChain.GUANGDONG, CnyAmount.ofYuan(1_960_000), Quantum.WAN_YUAN, weights);
    AllocationTable province = propagation.table(JiangmenChain.GUANGDONG).orElseThrow();
    assertEquals(PrintedAmount.parse("196万元"), province.line(JiangmenChain.JIANGMEN).orElseThrow().amount());
    AllocationTable city = propagation.table(JiangmenChain.JIANGMEN).orElseThrow();
    assertEquals(PrintedAmount.parse("196万元"), city.declaredTotal());
    assertEquals(PrintedAmount.parse("84万元"), city.line(unit("台山市")).orElseThrow().amount());
    assertEquals(PrintedAmount.parse("56万元"), city.line(unit("开平市")).orElseThrow().amount());
    assertEquals(PrintedAmount.parse("56万元"), city.line(unit("恩平市")).orElseThrow().amount());
    assertEquals(city.declaredTotal(), city.linesSum());
    assertEquals(2, propagation.tables().size());
  }

  @Test
  void refusesAUnitBeforeItsParentAndAUnitWeightedTwice() {
    Propagation.Builder builder = Propagation.builder(JiangmenChain.GUANGDONG, CnyAmount.ofYuan(1_960_000));
    IllegalArgumentException early = assertThrows(IllegalArgumentException.class,
        () -> builder.weight(unit("台山市"), BigDecimal.ONE));
    assertEquals("Cannot weight 台山市 before its parent 江门市: add the units below 广东省 from the top down",
        early.getMessage());
    builder.weight(JiangmenChain.JIANGMEN, BigDecimal.ONE).weight(unit("台山市"), BigDecimal.ONE);
    IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
        () -> builder.weight(unit("台山市"), BigDecimal.TEN));
    assertEquals("台山市 is weighted twice", twice.getMessage());
    assertEquals(PrintedAmount.parse("1,960,000.00元"),
        builder.build().table(JiangmenChain.JIANGMEN).orElseThrow().line(unit("台山市")).orElseThrow().amount());
  }

  /**
   * 10 元 over six equal weights in whole 元, 1.67 元 each: the largest remainder gives the 4 left-over 元 to the
   * first four names in String order (台 开 恩 新 before 江 鹤); 尾差 on the largest line rounds each to 2 元 and
   * takes the 2 元 too many from the first name, 台山市.
   */
  @Test
  void theMethodOfEveryTableCanBeChosen() {
    String[] names = {"台山市", "开平市", "恩平市", "鹤山市", "新会区", "江海区"};
    Propagation.Builder hamilton = Propagation.builder(JiangmenChain.JIANGMEN, CnyAmount.ofYuan(10))
        .quantum(Quantum.YUAN);
    Propagation.Builder halfUp = Propagation.builder(JiangmenChain.JIANGMEN, CnyAmount.ofYuan(10))
        .quantum(Quantum.YUAN).method(AllocationMethod.roundingDifferenceToLargestLine());
    for (String name : names) {
      hamilton.weight(unit(name), BigDecimal.ONE);
      halfUp.weight(unit(name), BigDecimal.ONE);
    }
    assertEquals(List.of("2", "2", "2", "1", "2", "1"), figures(hamilton.build()));
    assertEquals(List.of("0", "2", "2", "2", "2", "2"), figures(halfUp.build()));
  }

  private static List<String> figures(Propagation propagation) {
    return propagation.table(JiangmenChain.JIANGMEN).orElseThrow().lines().stream()
        .map(line -> line.amount().figure().toPlainString()).toList();
  }
}
