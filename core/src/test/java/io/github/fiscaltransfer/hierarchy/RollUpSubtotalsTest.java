package io.github.fiscaltransfer.hierarchy;

import static io.github.fiscaltransfer.hierarchy.JiangmenChain.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fiscaltransfer.money.AmountUnit;
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

/** 粤财社〔2021〕307号 prints 江门市's 196 万元 as a whole-万元 subtotal of what 江门市's table gives in 元. */
class RollUpSubtotalsTest {

  @Test
  void aSubtotalEqualToWhatEndsBelowIsNotReported() {
    assertTrue(RollUp.subtotals(FundFlow.of(JiangmenChain.clean())).isEmpty());
  }

  @Test
  void aDifferenceRoundingExplainsIsAWarning() {
    Finding finding = single(city("960000", "600000", "403000"));
    assertEquals(Severity.WARNING, finding.severity());
    assertEquals("粤财社〔2021〕307号#/allocations/0/table/lines/2/amount", finding.path());
    assertEquals("196万元", finding.expected().orElseThrow());
    assertEquals("196.3万元", finding.actual().orElseThrow());
    assertEquals("the money ending below 江门市 rolls up to 196.3万元, printed as 196万元; within the ±0.50015万元 that "
        + "rounding the printed figures can explain", finding.message());
  }

  @Test
  void aDifferenceRoundingCannotExplainIsAnError() {
    Finding finding = single(city("960000", "600000", "420000"));
    assertEquals(Severity.ERROR, finding.severity());
    assertEquals("198万元", finding.actual().orElseThrow());
  }

  /** Lines adding up beyond the 24 digits an amount holds are rolled up line by line, and still reported. */
  @Test
  void linesAddingUpBeyondWhatAnAmountHoldsAreRolledUpExactly() {
    AllocationTable table = AllocationTable.builder().unit(AmountUnit.YUAN)
        .addLines(line("台山市", "999999999999999999999999"), line("开平市", "999999999999999999999999"))
        .declaredTotal(PrintedAmount.parse("1960000", AmountUnit.YUAN)).build();
    Finding finding = single(JiangmenChain.cityNotice(JiangmenChain.JIANGMEN, GrantAllocation.of(
        JiangmenChain.grant("2101502 一般行政管理事务", "01 中央直达资金"), PrintedAmount.parse("196万元"), table)));
    assertEquals(Severity.ERROR, finding.severity());
    assertEquals("199,999,999,999,999,999,999.9998万元", finding.actual().orElseThrow());
    assertEquals("the money ending below 江门市 rolls up to 199,999,999,999,999,999,999.9998万元, printed as 196万元; "
        + "more than the ±0.5001万元 that rounding the printed figures can explain", finding.message());
  }

  private static Finding single(TransferNotice city) {
    ValidationReport report = RollUp.subtotals(FundFlow.of(List.of(JiangmenChain.province(), city)));
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
