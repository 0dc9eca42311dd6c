package io.github.fiscaltransfer.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.fiscaltransfer.budget.BudgetValidator;
import io.github.fiscaltransfer.budget.DepartmentBudget;
import io.github.fiscaltransfer.deadline.DateEvent;
import io.github.fiscaltransfer.deadline.Deadline;
import io.github.fiscaltransfer.deadline.DeadlineTable;
import io.github.fiscaltransfer.deadline.SuppliedDates;
import io.github.fiscaltransfer.deadline.TransferKind;
import io.github.fiscaltransfer.hierarchy.FundFlow;
import io.github.fiscaltransfer.identifier.DocumentNumber;
import io.github.fiscaltransfer.notice.TransferNotice;
import io.github.fiscaltransfer.policy.ValidationPolicy;
import io.github.fiscaltransfer.unit.AdministrativeLevel;
import io.github.fiscaltransfer.validation.Finding;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seeds' dates against the deadlines: the dates printed on them, what the law lets us check with those alone,
 * and what a supplied receipt date and a province's own limit add.
 */
class SeedDeadlinesTest {

  private static List<Finding> deadlineFindings(ValidationPolicy policy, TransferNotice... notices) {
    return FundFlow.of(List.of(notices)).validate(policy).findings().stream()
        .filter(finding -> finding.ruleId().startsWith("deadline.")).toList();
  }

  private static ValidationPolicy limit(AdministrativeLevel level, int days, SuppliedDates dates) {
    return ValidationPolicy.builder().dates(dates).deadlines(DeadlineTable.builtIn().with(Deadline.of(level,
        TransferKind.ANY, DateEvent.RECEIPT, DateEvent.ISSUE, days, "a province's own limit (example)"))).build();
  }

  @Test
  void seed001IsDated8February2022AndTheLawSetsNoDaysForACountyPassingItOn() {
    TransferNotice lianghe = SeedNotices.lianghe();
    assertEquals(LocalDate.of(2022, 2, 8), lianghe.issueDate().orElseThrow());
    // Its parent 德财社〔2022〕11号 (德宏州) is not in the seeds and 预算法 第五十二条 gives a county no days.
    assertEquals(List.of(), deadlineFindings(ValidationPolicy.defaults(), lianghe));
    SuppliedDates received = SuppliedDates.builder().receipt(DocumentNumber.parse("德财社〔2022〕11号"),
        lianghe.issuer(), LocalDate.of(2022, 1, 20), "收文登记簿").build();
    assertEquals(List.of(), deadlineFindings(ValidationPolicy.builder().dates(received).build(), lianghe));
    List<Finding> late = deadlineFindings(limit(AdministrativeLevel.COUNTY, 15, received), lianghe);
    assertEquals(1, late.size());
    assertEquals("deadline.link", late.get(0).ruleId());
    assertEquals("by 2022-02-04 (15 days, a province's own limit (example))", late.get(0).expected().orElseThrow());
    assertEquals("梁河县 issued " + lianghe.reference() + " 19 days after receiving 德财社〔2022〕11号 (收到日期 2022-01-20 "
        + "(收文登记簿)); a province's own limit (example) allows 15 days", late.get(0).message());
  }

  @Test
  void seed002sPreAllocationsAreDated20JanuaryAndConfirmed20DaysLater() {
    TransferNotice confirmation = SeedNotices.jiangmen16();
    assertEquals(LocalDate.of(2023, 2, 9), confirmation.issueDate().orElseThrow());
    for (TransferNotice preAllocation : confirmation.confirmed()) {
      LocalDate printed = preAllocation.issueDate().orElseThrow();
      assertEquals(LocalDate.of(2023, 1, 20), printed, preAllocation.reference());
      assertEquals(20, Deadline.daysAfter(printed, confirmation.issueDate().orElseThrow()));
    }
    // The 预下达 parents (粤财社〔2022〕328号, 329号, 提前下达 by 广东省) are not in the seeds, and the law gives a
    // prefecture no days: nothing to report from the printed dates.
    assertEquals(List.of(), deadlineFindings(ValidationPolicy.defaults(), confirmation));
  }

  @Test
  void seed002sCentralMedicalAidAgainstASuppliedReceiptOfItsProvincialParent() {
    TransferNotice centralMedicalAid = JiangmenPreAllocations.centralMedicalAid();
    SuppliedDates received = SuppliedDates.builder().receipt(DocumentNumber.parse("粤财社〔2022〕329号"),
        centralMedicalAid.issuer(), LocalDate.of(2022, 12, 21), "签收单 (example)").build();
    List<Finding> late = deadlineFindings(limit(AdministrativeLevel.PREFECTURE, 15, received), centralMedicalAid);
    assertEquals(1, late.size());
    assertEquals("江门市 issued 江财社〔2023〕2号 30 days after receiving 粤财社〔2022〕329号 (收到日期 2022-12-21 "
        + "(签收单 (example))); a province's own limit (example) allows 15 days", late.get(0).message());
    assertEquals(List.of(), deadlineFindings(limit(AdministrativeLevel.PREFECTURE, 30, received), centralMedicalAid));
  }

  @Test
  void seed004sDisclosureIsCheckedWhenIts批复AndDisclosureDatesAreSupplied() {
    DepartmentBudget budget = SeedBudget.document();
    SuppliedDates dates = SuppliedDates.builder()
        .budgetDate(DateEvent.BUDGET_REPLY, budget.reference(), LocalDate.of(2022, 1, 28), "批复文件 (example)")
        .budgetDate(DateEvent.DISCLOSURE, budget.reference(), LocalDate.of(2022, 2, 25), "公开网页 (example)").build();
    List<Finding> late = BudgetValidator.of(ValidationPolicy.builder().dates(dates).build()).validate(budget)
        .findings().stream().filter(finding -> finding.ruleId().startsWith("deadline.")).toList();
    assertEquals(1, late.size());
    assertEquals("deadline.disclosure", late.get(0).ruleId());
    assertEquals(budget.reference() + " was disclosed 28 days after its 批复 2022-01-28 (批复文件 (example)) (公开 "
        + "2022-02-25 (公开网页 (example))); 预算法 第十四条 allows 20 days", late.get(0).message());
    assertEquals(List.of(), BudgetValidator.builtIn().validate(budget).findings().stream()
        .filter(finding -> finding.ruleId().startsWith("deadline.")).toList());
  }
}
