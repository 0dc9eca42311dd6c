package io.github.fiscaltransfer.hierarchy;

import static io.github.fiscaltransfer.hierarchy.JiangmenChain.line;
import static io.github.fiscaltransfer.hierarchy.JiangmenChain.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.fiscaltransfer.money.AmountUnit;
import io.github.fiscaltransfer.money.Cny;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.notice.AllocationTable;
import java.math.BigDecimal;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/** A hand-made 多退少补 of 江门市's counties, printed in 万元. */
class ReconciliationTest {

  private static final AllocationTable PRE = AllocationTable.builder().unit(AmountUnit.WAN_YUAN)
      .addLines(line(unit("台山市"), "33.69"), line(unit("开平市"), "20.00"))
      .declaredTotal(PrintedAmount.parse("53.69", AmountUnit.WAN_YUAN)).build();
  private static final AllocationTable FORMAL = AllocationTable.builder().unit(AmountUnit.WAN_YUAN)
      .addLines(line(unit("台山市"), "30.00"), line(unit("开平市"), "25.50"), line(unit("恩平市"), "1.00"))
      .declaredTotal(PrintedAmount.parse("56.50", AmountUnit.WAN_YUAN)).build();

  @Test
  void refundsAndTopUpsPerRecipient() {
    Reconciliation reconciliation = Reconciliation.of(PRE, FORMAL);
    assertYuan("-36900.00", reconciliation.delta(unit("台山市")).orElseThrow().delta());
    assertYuan("55000.00", reconciliation.delta(unit("开平市")).orElseThrow().delta());
    assertYuan("10000.00", reconciliation.delta(unit("恩平市")).orElseThrow().delta());
    assertYuan("28100.00", reconciliation.netDelta());
    assertFalse(reconciliation.isUnchanged());
    assertEquals("台山市 336,900.00元 → 300,000.00元: -36,900.00元", reconciliation.deltas().get(0).toString());
  }

  private static void assertYuan(String expected, Money actual) {
    assertEquals(0, new BigDecimal(expected).compareTo(Cny.toYuan(actual)), expected + " 元 but was " + actual);
  }
}
