package io.github.fiscaltransfer.hierarchy;

import static io.github.fiscaltransfer.hierarchy.JiangmenChain.line;
import static io.github.fiscaltransfer.hierarchy.JiangmenChain.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fiscaltransfer.money.AmountUnit;
import io.github.fiscaltransfer.money.Cny;
import io.github.fiscaltransfer.money.CnyAmount;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.notice.AllocationTable;
import io.github.fiscaltransfer.identifier.DocumentNumber;
import io.github.fiscaltransfer.identifier.DocumentReference;
import io.github.fiscaltransfer.notice.Grant;
import io.github.fiscaltransfer.notice.GrantAllocation;
import io.github.fiscaltransfer.notice.NoticeKind;
import io.github.fiscaltransfer.notice.TransferNotice;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Hand-made 多退少补 of 江门市's counties, printed in 万元, from tables and from a confirming notice. */
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

  @Test
  void confirmationAdoptingThePreAllocationUnchangedGivesZeroDeltas() {
    TransferNotice pre = JiangmenChain.city("196万元", "2101502 一般行政管理事务", "01 中央直达资金");
    List<Reconciliation> reconciliations = Reconciliation.confirmedBy(confirmation(pre));
    assertEquals(1, reconciliations.size());
    assertTrue(reconciliations.get(0).isUnchanged());
    assertEquals(3, reconciliations.get(0).deltas().size());
    assertYuan("0", reconciliations.get(0).netDelta());
  }

  @Test
  void confirmationRestatingTheGrantRefundsAndTopsUp() {
    TransferNotice pre = JiangmenChain.city("196万元", "2101502 一般行政管理事务", "01 中央直达资金");
    GrantAllocation restated = GrantAllocation.of(pre.allocations().get(0).grant(), PrintedAmount.parse("56.50万元"),
        FORMAL);
    TransferNotice confirmation = TransferNotice.builder().from(confirmation(pre)).addAllocations(restated).build();
    Reconciliation reconciliation = Reconciliation.confirmedBy(confirmation).get(0);
    assertYuan("-660000.00", reconciliation.delta(unit("台山市")).orElseThrow().delta());
    assertYuan("-345000.00", reconciliation.delta(unit("开平市")).orElseThrow().delta());
    assertYuan("-390000.00", reconciliation.delta(unit("恩平市")).orElseThrow().delta());
    assertYuan("-1395000.00", reconciliation.netDelta());
  }

  @Test
  void differentGrantsAreNotReconciled() {
    GrantAllocation capacity = GrantAllocation.of(JiangmenChain.grant("21015", null), PrintedAmount.parse("53.69万元"),
        PRE);
    GrantAllocation other = GrantAllocation.of(Grant.builder().from(capacity.grant()).name("医疗救助补助资金")
        .projectCode(Optional.empty()).build(), PrintedAmount.parse("56.50万元"), FORMAL);
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> Reconciliation.of(capacity, other));
    assertEquals("Cannot reconcile different grants: 医疗服务与保障能力提升补助资金（医疗保障服务能力提升部分） and 医疗救助补助资金",
        error.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Reconciliation.of(capacity,
        GrantAllocation.of(capacity.grant(), PrintedAmount.parse("56.50万元"))));
  }

  private static TransferNotice confirmation(TransferNotice pre) {
    return TransferNotice.builder().number(DocumentNumber.parse("江财社〔2023〕16号")).title("关于下达资金的通知")
        .issuer(JiangmenChain.JIANGMEN).issuingAuthority("江门市财政局").kind(NoticeKind.CONFIRMATION)
        .addBasis(DocumentReference.of(pre.number().orElseThrow())).addConfirmed(pre).build();
  }

  private static void assertYuan(String expected, CnyAmount actual) {
    assertEquals(0, new BigDecimal(expected).compareTo(Cny.toYuan(actual)), expected + " 元 but was " + actual);
  }
}
