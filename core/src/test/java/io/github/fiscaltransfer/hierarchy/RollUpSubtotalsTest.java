package io.github.fiscaltransfer.hierarchy;

import static io.github.fiscaltransfer.hierarchy.JiangmenChain.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fiscaltransfer.money.AmountUnit;
import io.github.fiscaltransfer.money.Precision;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.notice.AllocationLine;
import io.github.fiscaltransfer.notice.AllocationTable;
import io.github.fiscaltransfer.notice.GrantAllocation;
import io.github.fiscaltransfer.notice.TransferNotice;
import io.github.fiscaltransfer.validation.Finding;
import io.github.fiscaltransfer.validation.Severity;
import io.github.fiscaltransfer.validation.ValidationReport;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * 粤财社〔2021〕307号 prints 江门市's 196 万元 as a whole-万元 subtotal of what 江门市's table gives in 元: exactly,
 * unless a table is declared rounded.
 */
class RollUpSubtotalsTest {

  @Test
  void aSubtotalEqualToWhatEndsBelowIsNotReported() {
    assertTrue(RollUp.subtotals(FundFlow.of(JiangmenChain.clean())).isEmpty());
  }

  @Test
  void anyDifferenceIsAnErrorStatedInTheTablesUnit() {
    Finding finding = single(JiangmenChain.province(), city("960000", "600000", "403000"));
    assertEquals(Severity.ERROR, finding.severity());
    assertEquals("粤财社〔2021〕307号#/allocations/0/table/lines/2/amount", finding.path());
    assertEquals("196万元", finding.expected().orElseThrow());
    assertEquals("1,963,000元", finding.actual().orElseThrow());
    assertEquals("the lines of 江门市's table add up to 1,963,000元, not the 196万元 of this line (difference 3,000元); "
        + "the figures are exact (no rounding is declared), so one of them is wrong", finding.message());
  }

  @Test
  void aDifferenceWithinTheDeclaredRoundingOfTheParentsTableIsAWarning() {
    Finding finding = single(roundedProvince(), city("960000", "600000", "403000"));
    assertEquals(Severity.WARNING, finding.severity());
    assertEquals("the lines of 江门市's table add up to 1,963,000元, not the 196万元 of this line (difference 3,000元); "
        + "within the ±0.5万元 that rounding (四舍五入) 1 printed figure allows (附注：尾数四舍五入)", finding.message());
    assertEquals(Severity.ERROR, single(roundedProvince(), city("960000", "600000", "420000")).severity());
  }

  /** Lines adding up beyond the 24 digits an amount holds are added exactly, and still reported. */
  @Test
  void linesAddingUpBeyondWhatAnAmountHoldsAreAddedExactly() {
    AllocationTable table = AllocationTable.builder().unit(AmountUnit.YUAN)
        .addLines(line("台山市", "999999999999999999999999"), line("开平市", "999999999999999999999999"))
        .declaredTotal(PrintedAmount.parse("1960000", AmountUnit.YUAN)).build();
    Finding finding = single(JiangmenChain.province(), JiangmenChain.cityNotice(JiangmenChain.JIANGMEN,
        GrantAllocation.of(JiangmenChain.grant("2101502 一般行政管理事务", "01 中央直达资金"),
            PrintedAmount.parse("196万元"), table)));
    assertEquals(Severity.ERROR, finding.severity());
    assertEquals("1,999,999,999,999,999,999,999,998元", finding.actual().orElseThrow());
  }

  private static TransferNotice roundedProvince() {
    TransferNotice province = JiangmenChain.province();
    GrantAllocation allocation = province.allocations().get(0);
    return TransferNotice.builder().from(province).allocations(List.of(allocation.withTable(allocation.table().orElseThrow().withPrecision(Precision.rounded("附注：尾数四舍五入")))))
        .build();
  }

  private static Finding single(TransferNotice province, TransferNotice city) {
    ValidationReport report = RollUp.subtotals(FundFlow.of(List.of(province, city)));
    assertEquals(1, report.findings().size(), report::toString);
    assertEquals(ChainRule.SUBTOTAL.id(), report.findings().get(0).ruleId());
    return report.findings().get(0);
  }

  /** 江门市's table in 元 for 台山市, 开平市 and 恩平市, stating the 196 万元 it was given. */
  private static TransferNotice city(String taishan, String kaiping, String enping) {
    AllocationTable table = AllocationTable.builder().unit(AmountUnit.YUAN)
        .addLines(line("台山市", taishan), line("开平市", kaiping), line("恩平市", enping))
        .declaredTotal(PrintedAmount.parse("1960000", AmountUnit.YUAN)).build();
    return JiangmenChain.cityNotice(JiangmenChain.JIANGMEN, GrantAllocation.of(
        JiangmenChain.grant("2101502 一般行政管理事务", "01 中央直达资金"), PrintedAmount.parse("196万元"), table));
  }

  private static AllocationLine line(String name, String yuan) {
    return AllocationLine.of(unit(name), PrintedAmount.parse(yuan, AmountUnit.YUAN));
  }
}
