package io.github.fiscaltransfer.hierarchy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.identifier.DocumentNumber;
import io.github.fiscaltransfer.identifier.DocumentReference;
import io.github.fiscaltransfer.notice.GrantAllocation;
import io.github.fiscaltransfer.notice.NoticeKind;
import io.github.fiscaltransfer.notice.TransferNotice;
import io.github.fiscaltransfer.validation.Finding;
import io.github.fiscaltransfer.validation.Severity;
import io.github.fiscaltransfer.validation.ValidationReport;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 梁河县's 60 万元 (seed 001) beside 粤财社〔2021〕307号: the same grant, through notices not in the flow. */
class FundFlowKinTest {

  private static final String KIN = "梁河县财政局下达资金的通知#/allocations/0/";

  @Test
  void orphanCountyIsCheckedAgainstTheProvinceNoticeOfTheSameGrant() {
    ValidationReport report = FundFlow.of(List.of(JiangmenChain.province(), lianghe("2101502 一般行政管理事务")))
        .validate();
    assertEquals(List.of("chain.orphan", "chain.orphan", "chain.kin"),
        report.findings().stream().map(Finding::ruleId).toList(), report::toString);
    Finding kin = report.findings(ChainRule.KIN.id()).get(0);
    assertEquals(Severity.INFO, kin.severity());
    assertEquals(KIN + "grant/projectCode", kin.path());
    assertEquals("梁河县 allocates project Z155080000004 as 粤财社〔2021〕307号 (广东省) above it does, through notices "
        + "not in the flow; its labels, subject and fiscal year are checked against that notice's", kin.message());
  }

  @Test
  void subjectOutsideTheProvinceSubtreeIsAnError() {
    ValidationReport report = FundFlow.of(List.of(JiangmenChain.province(), lianghe("2080101 行政运行")))
        .validate();
    List<Finding> subject = report.findings(ChainRule.SUBJECT.id());
    assertEquals(1, subject.size(), report::toString);
    assertEquals(KIN + "grant/expenditureSubject", subject.get(0).path());
    assertEquals(Severity.ERROR, subject.get(0).severity());
  }

  @Test
  void noKinWithoutANoticeAboveInTheFlow() {
    ValidationReport report = FundFlow.of(List.of(lianghe("2101502 一般行政管理事务"))).validate();
    assertEquals(List.of("chain.orphan"), report.findings().stream().map(Finding::ruleId).toList());
  }

  private static TransferNotice lianghe(String subject) {
    return TransferNotice.builder().title("梁河县财政局下达资金的通知").issuer(JiangmenChain.unit("梁河县"))
        .issuingAuthority("梁河县财政局").kind(NoticeKind.FORMAL)
        .addBasis(DocumentReference.of(DocumentNumber.parse("德财社〔2022〕11号")))
        .addAllocations(GrantAllocation.of(JiangmenChain.grant(subject, "01 中央直达资金"), PrintedAmount.parse("60万元")))
        .build();
  }
}
