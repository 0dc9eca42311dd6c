package io.github.fiscaltransfer.deadline;

import static io.github.fiscaltransfer.deadline.DateEvent.BUDGET_REPLY;
import static io.github.fiscaltransfer.deadline.DateEvent.CONGRESS_APPROVAL;
import static io.github.fiscaltransfer.deadline.DateEvent.DISCLOSURE;
import static io.github.fiscaltransfer.deadline.DateEvent.ISSUE;
import static io.github.fiscaltransfer.deadline.DateEvent.OCTOBER_31_BEFORE;
import static io.github.fiscaltransfer.deadline.DateEvent.RECEIPT;
import static io.github.fiscaltransfer.unit.AdministrativeLevel.CENTRAL;
import static io.github.fiscaltransfer.unit.AdministrativeLevel.COUNTY;
import static io.github.fiscaltransfer.unit.AdministrativeLevel.PREFECTURE;
import static io.github.fiscaltransfer.unit.AdministrativeLevel.PROVINCE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The built-in deadlines as the law states them, the look-up, and a user's own rows. */
class DeadlineTableTest {

  private static final DeadlineTable BUILT_IN = DeadlineTable.builtIn();

  private static int days(Optional<Deadline> deadline) {
    return deadline.orElseThrow().days();
  }

  @Test
  void theBudgetLawsDaysForEachLevelAndKind() {
    // 预算法 第五十二条: central general 30 and special 90 days after the NPC's approval.
    assertEquals(30, days(BUILT_IN.find(CENTRAL, TransferKind.GENERAL, CONGRESS_APPROVAL, ISSUE)));
    assertEquals(90, days(BUILT_IN.find(CENTRAL, TransferKind.SPECIAL, CONGRESS_APPROVAL, ISSUE)));
    // A province passes central transfers on within 30 days of receiving them.
    assertEquals(30, days(BUILT_IN.find(PROVINCE, TransferKind.SPECIAL, RECEIPT, ISSUE)));
    assertEquals(30, days(BUILT_IN.find(PROVINCE, TransferKind.ANY, RECEIPT, ISSUE)));
    // County level and above: their own general and special transfers 30 and 60 days after their congress.
    assertEquals(30, days(BUILT_IN.find(COUNTY, TransferKind.GENERAL, CONGRESS_APPROVAL, ISSUE)));
    assertEquals(60, days(BUILT_IN.find(PREFECTURE, TransferKind.SPECIAL, CONGRESS_APPROVAL, ISSUE)));
    // 财预〔2015〕230号 第十九条: the central 提前下达 by 31 October.
    assertEquals(0, days(BUILT_IN.find(CENTRAL, TransferKind.SPECIAL, OCTOBER_31_BEFORE, ISSUE)));
    // 预算法 第五十二条 批复 within 20 days; 第十四条 disclosure within 20 days of the 批复.
    assertEquals(20, days(BUILT_IN.find(COUNTY, TransferKind.ANY, CONGRESS_APPROVAL, BUDGET_REPLY)));
    assertEquals("预算法 第十四条", BUILT_IN.find(PROVINCE, TransferKind.ANY, BUDGET_REPLY, DISCLOSURE).orElseThrow()
        .basis());
  }

  @Test
  void theLawSetsNoDaysForAPrefectureOrCountyPassingFundsOn() {
    assertEquals(Optional.empty(), BUILT_IN.find(PREFECTURE, TransferKind.ANY, RECEIPT, ISSUE));
    assertEquals(Optional.empty(), BUILT_IN.find(COUNTY, TransferKind.SPECIAL, RECEIPT, ISSUE));
  }

  @Test
  void aTransferOfUnknownKindGetsTheLongestDeadlineThatCouldApply() {
    assertEquals(90, days(BUILT_IN.find(CENTRAL, TransferKind.ANY, CONGRESS_APPROVAL, ISSUE)));
    assertEquals(60, days(BUILT_IN.find(COUNTY, TransferKind.ANY, CONGRESS_APPROVAL, ISSUE)));
  }

  @Test
  void aUsersRowReplacesTheRowForTheSameCaseAndAddsNewCases() {
    Deadline shorter = Deadline.of(PROVINCE, TransferKind.ANY, RECEIPT, ISSUE, 20, "a province's own rule");
    Deadline prefecture = Deadline.of(PREFECTURE, TransferKind.ANY, RECEIPT, ISSUE, 15, "a province's own rule");
    DeadlineTable table = BUILT_IN.with(shorter).with(prefecture);
    assertEquals(shorter, table.find(PROVINCE, TransferKind.SPECIAL, RECEIPT, ISSUE).orElseThrow());
    assertEquals(prefecture, table.find(PREFECTURE, TransferKind.GENERAL, RECEIPT, ISSUE).orElseThrow());
    assertEquals(BUILT_IN.rows().size() + 1, table.rows().size());
    assertEquals(30, days(BUILT_IN.find(PROVINCE, TransferKind.ANY, RECEIPT, ISSUE)));
  }

  @Test
  void aTableOfTwoRowsForOneCaseIsRefused() {
    Deadline row = Deadline.of(PROVINCE, TransferKind.ANY, RECEIPT, ISSUE, 20, "a");
    assertEquals("Two deadlines for the same case: 省 转移支付 成文日期 ≤ 收到日期 + 20日 (a)", assertThrows(
        IllegalArgumentException.class, () -> DeadlineTable.of(List.of(row, row))).getMessage());
    assertEquals(List.of(row), DeadlineTable.of(List.of(row)).rows());
  }

  @Test
  void transferKindsFollowTheRevenueSubject() {
    assertEquals(TransferKind.GENERAL, TransferKind.ofRevenueCode("1100249"));
    assertEquals(TransferKind.SPECIAL, TransferKind.ofRevenueCode("1100301"));
    assertEquals(TransferKind.ANY, TransferKind.ofRevenueCode("11001"));
  }
}
