package io.github.fiscaltransfer.hierarchy;

import static io.github.fiscaltransfer.hierarchy.JiangmenChain.city;
import static io.github.fiscaltransfer.hierarchy.JiangmenChain.province;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fiscaltransfer.money.AmountUnit;
import io.github.fiscaltransfer.money.Cny;
import io.github.fiscaltransfer.money.Precision;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.identifier.DocumentNumber;
import io.github.fiscaltransfer.identifier.DocumentReference;
import io.github.fiscaltransfer.notice.AllocationTable;
import io.github.fiscaltransfer.notice.GrantAllocation;
import io.github.fiscaltransfer.notice.NoticeKind;
import io.github.fiscaltransfer.notice.TransferNotice;
import io.github.fiscaltransfer.validation.Finding;
import io.github.fiscaltransfer.validation.Severity;
import io.github.fiscaltransfer.validation.ValidationReport;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hand-built chain 粤财社〔2021〕307号 → 江财社〔2022〕5号 (江门市 196 万元). */
class FundFlowTest {

  private static final String LINK = "江财社〔2022〕5号#/allocations/0/";

  @Test
  void linksTheCityToItsLineInTheProvinceTable() {
    List<TransferNotice> notices = JiangmenChain.clean();
    FundFlow flow = FundFlow.of(notices);
    assertEquals(1, flow.links().size());
    FundLink link = flow.links().get(0);
    assertEquals(PrintedAmount.parse("196万元"), link.line().orElseThrow().amount());
    assertEquals(List.of(notices.get(1)), flow.children(notices.get(0)));
    assertEquals(List.of(notices.get(0)), flow.parents(notices.get(1)));
    assertEquals(List.of(notices.get(0)), flow.roots());
    assertEquals(List.of(notices.get(0)), flow.orphans());
    assertTrue(flow.missingCitations(notices.get(1)).isEmpty());
    assertEquals(List.of(DocumentNumber.parse("财社〔2021〕156号")), flow.missingCitations(notices.get(0)));
    assertEquals(notices.get(0), flow.notice(JiangmenChain.PROVINCE_NUMBER).orElseThrow());
    assertEquals("粤财社〔2021〕307号 → 江财社〔2022〕5号 (江门市 196万元)", link.toString());
  }

  @Test
  void cleanChainReportsOnlyThatTheCentralNoticeIsMissing() {
    ValidationReport report = FundFlow.of(JiangmenChain.clean()).validate();
    assertEquals(1, report.findings().size(), report::toString);
    Finding orphan = report.findings().get(0);
    assertEquals("chain.orphan", orphan.ruleId());
    assertEquals(Severity.INFO, orphan.severity());
    assertEquals("粤财社〔2021〕307号#/basis/0", orphan.path());
    assertEquals("the cited 财社〔2021〕156号 is not in the flow, so the chain above this notice is not checked",
        orphan.message());
  }

  @Test
  void changedLabelWordingIsInfo() {
    Finding label = only(city("196万元", "2101502", "01 直达资金"), "chain.label");
    assertEquals(Severity.INFO, label.severity());
    assertEquals(LINK + "grant/labels/0", label.path());
    assertEquals("01 中央直达资金", label.expected().orElseThrow());
    assertEquals("01 直达资金", label.actual().orElseThrow());
  }

  @Test
  void missingLabelIsAnError() {
    Finding label = only(city("196万元", "2101502", null), "chain.label");
    assertEquals(Severity.ERROR, label.severity());
    assertEquals("the 直达资金标识 is missing", label.message());
  }

  /** An allocation is exact: 4,999元 short of the 196万元 given is an error, stated in 元 as the child prints it. */
  @Test
  void anyDifferenceFromTheParentsLineIsAnError() {
    Finding amount = only(city("1,955,001元", "2101502", "01 中央直达资金"), "chain.amount");
    assertEquals(Severity.ERROR, amount.severity());
    assertEquals(LINK + "statedTotal", amount.path());
    assertEquals("江门市 distributes 1,955,001元 but is given 196万元 (difference -4,999元); the figures are exact (no "
        + "rounding is declared), so one of them is wrong", amount.message());
  }

  /** Issue #31: a child whose table gives out the 1,955,001元 it states is one shortfall, not a subtotal too. */
  @Test
  void aShortfallIsOneFindingWhereItHappens() {
    AllocationTable table = AllocationTable.builder().unit(AmountUnit.YUAN)
        .addLine(JiangmenChain.unit("台山市"), "960000").addLine(JiangmenChain.unit("开平市"), "600000")
        .addLine(JiangmenChain.unit("恩平市"), "395001").declaredTotal("1955001").build();
    TransferNotice city = JiangmenChain.cityNotice(JiangmenChain.JIANGMEN, GrantAllocation.of(
        JiangmenChain.grant("2101502", "01 中央直达资金"), PrintedAmount.parse("1,955,001元"), table));
    ValidationReport report = FundFlow.of(List.of(province(), city)).validate();
    assertEquals(List.of("chain.amount", "chain.orphan"),
        report.findings().stream().map(Finding::ruleId).sorted().toList(), report::toString);
    assertEquals(Severity.ERROR, report.findings("chain.amount").get(0).severity());
  }

  @Test
  void aDifferenceWithinAParentTableDeclaredRoundedIsAWarningNamingTheDeclaration() {
    TransferNotice province = JiangmenChain.province();
    GrantAllocation allocation = province.allocations().get(0);
    TransferNotice rounded = TransferNotice.builder().from(province).allocations(List.of(allocation.withTable(allocation.table().orElseThrow().withPrecision(Precision.rounded("declared by the caller"))))).build();
    ValidationReport report = FundFlow.of(List.of(rounded, city("1,955,001元", "2101502", "01 中央直达资金")))
        .validate();
    assertEquals(1, report.findings("chain.amount").size(), report::toString);
    Finding amount = report.findings("chain.amount").get(0);
    assertEquals(Severity.WARNING, amount.severity());
    assertEquals("江门市 distributes 1,955,001元 but is given 196万元 (difference -4,999元); within the ±0.5万元 that "
        + "rounding (四舍五入) 1 printed figure allows (declared by the caller)", amount.message());
  }

  @Test
  void differenceBeyondTheRoundingIsAnError() {
    Finding amount = only(city("197万元", "2101502", "01 中央直达资金"), "chain.amount");
    assertEquals(Severity.ERROR, amount.severity());
    assertEquals("江门市 distributes 197万元 but is given 196万元 (difference 1万元); the figures are exact (no rounding "
        + "is declared), so one of them is wrong", amount.message());
  }

  @Test
  void subjectOutsideTheParentsSubtreeIsAnError() {
    Finding subject = only(city("196万元", "2101101", "01 中央直达资金"), "chain.subject");
    assertEquals(Severity.ERROR, subject.severity());
    assertEquals(LINK + "grant/expenditureSubject", subject.path());
    assertEquals("the expenditure subject 2101101 does not lie under 21015", subject.message());
  }

  @Test
  void aCitingNoticeWithoutALineIsUnmatched() {
    TransferNotice taishan = JiangmenChain.cityNotice(JiangmenChain.unit("台山市"), GrantAllocation.of(
        JiangmenChain.grant("2101502", "01 中央直达资金"), PrintedAmount.parse("96万元")));
    ValidationReport report = FundFlow.of(List.of(province(), taishan)).validate();
    Finding unmatched = report.findings("chain.unmatched").get(0);
    assertEquals(Severity.WARNING, unmatched.severity());
    assertEquals("江财社〔2022〕5号#/basis/0", unmatched.path());
    assertEquals("the notice cites 粤财社〔2021〕307号, which gives 台山市 no line for any of its grants"
        + " (looked for by division code 440781)", unmatched.message());
  }

  @Test
  void twoNoticesWithOneNumberAreRejected() {
    TransferNotice other = city("197万元", "2101502", "01 中央直达资金");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> FundFlow.of(List.of(province(), city("196万元", "2101502", "01 中央直达资金"), other)));
    assertEquals("Two notices of a fund flow have the number 江财社〔2022〕5号", e.getMessage());
  }

  @Test
  void aLinkNeedsALineForTheChild() {
    TransferNotice city = city("196万元", "2101502", "01 中央直达资金");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FundLink.of(city, 0, city, 0));
    assertEquals("江财社〔2022〕5号 allocations[0] has no line for 江门市", e.getMessage());
    assertTrue(FundFlow.of(List.of(city)).toString().startsWith("FundFlow[1 notices, 0 links"));
  }

  private static Finding only(TransferNotice city, String ruleId) {
    ValidationReport report = FundFlow.of(List.of(province(), city)).validate();
    assertEquals(2, report.findings().size(), "the orphan info and one " + ruleId + ": " + report);
    return report.findings(ruleId).get(0);
  }

  @Test
  void confirmedNoticesAreMembersLinkedThroughTheirOwnCitations() {
    TransferNotice city = JiangmenChain.clean().get(1);
    TransferNotice confirmation = TransferNotice.builder().number(DocumentNumber.parse("江财社〔2022〕9号"))
        .title("关于确认资金的通知").issuer(JiangmenChain.JIANGMEN).issuingAuthority("江门市财政局")
        .kind(NoticeKind.CONFIRMATION).addBasis(DocumentReference.of(city.number().orElseThrow()))
        .addConfirmed(city).build();
    FundFlow flow = FundFlow.of(List.of(province(), confirmation));
    assertEquals(List.of(province(), confirmation, city), flow.notices());
    assertEquals(List.of(city), flow.children(province()));
    assertEquals(List.of(province(), confirmation), flow.roots());
    assertEquals(List.of(province()), flow.orphans());
    assertEquals(List.of("chain.orphan"), flow.validate().findings().stream().map(Finding::ruleId).toList());
    assertEquals(0, Cny.toYuan(RollUp.of(flow).total(JiangmenChain.GUANGDONG)).compareTo(new BigDecimal("73530000")),
        "the confirmed table counts once");
  }
}
