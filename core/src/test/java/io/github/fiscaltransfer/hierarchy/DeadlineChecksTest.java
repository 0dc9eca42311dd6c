package io.github.fiscaltransfer.hierarchy;

import static io.github.fiscaltransfer.hierarchy.JiangmenChain.GUANGDONG;
import static io.github.fiscaltransfer.hierarchy.JiangmenChain.JIANGMEN;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.fiscaltransfer.deadline.DateEvent;
import io.github.fiscaltransfer.deadline.Deadline;
import io.github.fiscaltransfer.deadline.DeadlineTable;
import io.github.fiscaltransfer.deadline.SuppliedDates;
import io.github.fiscaltransfer.deadline.TransferKind;
import io.github.fiscaltransfer.identifier.DocumentNumber;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.notice.FundingSource;
import io.github.fiscaltransfer.notice.Grant;
import io.github.fiscaltransfer.notice.GrantAllocation;
import io.github.fiscaltransfer.notice.NoticeKind;
import io.github.fiscaltransfer.notice.TransferNotice;
import io.github.fiscaltransfer.policy.ValidationPolicy;
import io.github.fiscaltransfer.unit.AdministrativeLevel;
import io.github.fiscaltransfer.unit.FiscalUnit;
import io.github.fiscaltransfer.validation.Finding;
import io.github.fiscaltransfer.validation.Severity;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The deadline rules on 粤财社〔2021〕307号 and 江门's notice below it, with dates printed and supplied. */
class DeadlineChecksTest {

  private static final DocumentNumber CENTRAL_156 = DocumentNumber.parse("财社〔2021〕156号");

  private static TransferNotice dated(TransferNotice notice, LocalDate date) {
    return TransferNotice.builder().from(notice).issueDate(date).build();
  }

  private static TransferNotice city(LocalDate date) {
    return dated(JiangmenChain.city("196万元", "2101502", "01 中央直达资金"), date);
  }

  private static List<Finding> deadlineFindings(ValidationPolicy policy, TransferNotice... notices) {
    return FundFlow.of(List.of(notices)).validate(policy).findings().stream()
        .filter(finding -> finding.ruleId().startsWith("deadline.")).toList();
  }

  @Test
  void aProvinceNoticeMoreThan30DaysAfterReceivingTheCentralOneIsReported() {
    TransferNotice province = dated(JiangmenChain.province(), LocalDate.of(2021, 12, 20));
    ValidationPolicy late = ValidationPolicy.builder().dates(SuppliedDates.builder()
        .receipt(CENTRAL_156, GUANGDONG, LocalDate.of(2021, 11, 10), "收文登记簿").build()).build();
    List<Finding> findings = deadlineFindings(late, province);
    assertEquals(1, findings.size());
    Finding finding = findings.get(0);
    assertEquals("deadline.link", finding.ruleId());
    assertEquals(Severity.WARNING, finding.severity());
    assertEquals("by 2021-12-10 (30 days, 预算法 第五十二条; 财预〔2015〕230号 第十九条)", finding.expected().orElseThrow());
    assertEquals("广东省 issued 粤财社〔2021〕307号 40 days after receiving 财社〔2021〕156号 (收到日期 2021-11-10 (收文登记簿)); "
        + "预算法 第五十二条; 财预〔2015〕230号 第十九条 allows 30 days", finding.message());
    ValidationPolicy inTime = ValidationPolicy.builder().dates(SuppliedDates.builder()
        .receipt(CENTRAL_156, GUANGDONG, LocalDate.of(2021, 11, 20), "收文登记簿").build()).build();
    assertEquals(List.of(), deadlineFindings(inTime, province));
  }

  @Test
  void aChildDatedBeforeItsParentIsAnError() {
    TransferNotice province = dated(JiangmenChain.province(), LocalDate.of(2021, 12, 20));
    List<Finding> findings = deadlineFindings(ValidationPolicy.defaults(), province, city(LocalDate.of(2021, 12, 1)));
    assertEquals(1, findings.size());
    assertEquals("deadline.date-order", findings.get(0).ruleId());
    assertEquals(Severity.ERROR, findings.get(0).severity());
    assertEquals("江财社〔2022〕5号#/issueDate", findings.get(0).path());
  }

  @Test
  void theLawSetsNoDaysForAPrefectureSoOnlyAUsersRowChecksIt() {
    TransferNotice province = dated(JiangmenChain.province(), LocalDate.of(2021, 12, 20));
    TransferNotice city = city(LocalDate.of(2022, 1, 25));
    assertEquals(List.of(), deadlineFindings(ValidationPolicy.defaults(), province, city));
    DeadlineTable ownRule = DeadlineTable.builtIn().with(Deadline.of(AdministrativeLevel.PREFECTURE,
        TransferKind.ANY, DateEvent.RECEIPT, DateEvent.ISSUE, 15, "a province's own limit"));
    List<Finding> fromParentDate = deadlineFindings(ValidationPolicy.builder().deadlines(ownRule).build(),
        province, city);
    assertEquals("江门市 issued 江财社〔2022〕5号 36 days after the 成文日期 of 粤财社〔2021〕307号 (2021-12-20); the law counts "
        + "from receipt, which is later and no date was supplied for, so the delay may be shorter; a province's own "
        + "limit allows 15 days", fromParentDate.get(0).message());
    ValidationPolicy withReceipt = ValidationPolicy.builder().deadlines(ownRule).dates(SuppliedDates.builder()
        .receipt(JiangmenChain.PROVINCE_NUMBER, JIANGMEN, LocalDate.of(2022, 1, 12), "签收单").build()).build();
    assertEquals(List.of(), deadlineFindings(withReceipt, province, city));
  }

  @Test
  void aCentralAdvanceNoticeAfter31OctoberIsReported() {
    FiscalUnit central = FiscalUnit.central();
    TransferNotice notice = TransferNotice.builder().number(CENTRAL_156).title("关于提前下达2022年…的通知")
        .issuer(central).issuingAuthority("财政部").kind(NoticeKind.ADVANCE).issueDate(LocalDate.of(2021, 11, 5))
        .addAllocations(GrantAllocation.of(JiangmenChain.grant("21015", null), PrintedAmount.parse("7,353万元")))
        .build();
    List<Finding> findings = deadlineFindings(ValidationPolicy.defaults(), notice);
    assertEquals(1, findings.size());
    assertEquals("deadline.advance", findings.get(0).ruleId());
    assertEquals("财社〔2021〕156号 allocates 2022 funds in advance (提前下达) on 2021-11-05, 5 days after the 2021-10-31 "
        + "that 财预〔2015〕230号 第十九条 sets", findings.get(0).message());
    assertEquals(List.of(), deadlineFindings(ValidationPolicy.defaults(),
        TransferNotice.builder().from(notice).issueDate(LocalDate.of(2021, 10, 31)).build()));
  }

  @Test
  void aLevelsOwnTransferIsCheckedAgainstTheSuppliedApprovalOfItsCongress() {
    Grant own = Grant.builder().from(JiangmenChain.grant("21015", null)).fundingSource(FundingSource.PROVINCIAL)
        .build();
    TransferNotice notice = TransferNotice.builder().from(JiangmenChain.province())
        .allocations(List.of(GrantAllocation.of(own, PrintedAmount.parse("7,353万元"))))
        .issueDate(LocalDate.of(2022, 4, 1)).build();
    ValidationPolicy approved = ValidationPolicy.builder().dates(SuppliedDates.builder()
        .congressApproval(GUANGDONG, Year.of(2022), LocalDate.of(2022, 1, 20), "广东省人大决议").build()).build();
    List<Finding> findings = deadlineFindings(approved, notice);
    assertEquals(1, findings.size());
    // The grant names no revenue subject, so its kind is unknown and the longer, special, 60 days apply.
    assertEquals("粤财社〔2021〕307号 is dated 71 days after 人大批准预算 2022-01-20 (广东省人大决议); 预算法 第五十二条 "
        + "allows 60 days", findings.get(0).message());
  }
}
