package io.github.fiscaltransfer.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fiscaltransfer.money.AmountUnit;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.notice.AllocationLine;
import io.github.fiscaltransfer.notice.AllocationTable;
import io.github.fiscaltransfer.identifier.DocumentNumber;
import io.github.fiscaltransfer.notice.FundLabel;
import io.github.fiscaltransfer.notice.FundingSource;
import io.github.fiscaltransfer.notice.Grant;
import io.github.fiscaltransfer.notice.GrantAllocation;
import io.github.fiscaltransfer.notice.NoticeKind;
import io.github.fiscaltransfer.notice.NoticeValidator;
import io.github.fiscaltransfer.notice.TransferNotice;
import io.github.fiscaltransfer.notice.Urgency;
import io.github.fiscaltransfer.unit.FiscalUnit;
import io.github.fiscaltransfer.unit.RetainedShare;
import io.github.fiscaltransfer.unit.UnknownRecipient;
import io.github.fiscaltransfer.validation.ValidationReport;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every figure and field of seeds 000–002, as printed in the documents. */
class SeedNoticesTest {

  private static final NoticeValidator VALIDATOR = NoticeValidator.builtIn();

  @Test
  void guangdong307() {
    TransferNotice notice = SeedNotices.guangdong307();
    assertEquals(Optional.of(DocumentNumber.of("粤财社", 2021, 307)), notice.number());
    assertEquals(Urgency.EXTRA_URGENT, notice.urgency());
    assertEquals(NoticeKind.ADVANCE, notice.kind());
    assertEquals("广东省", notice.issuer().name());
    assertEquals(List.of("各地级以上市财政局"), notice.addressees());
    assertEquals(List.of("省医保局", "省档案馆", "财政部广东监管局"), notice.copiedTo());
    assertTrue(notice.cites(DocumentNumber.parse("财社〔2021〕156号")));
    assertEquals(2, notice.basis().size());
    assertEquals(2, notice.attachments().size());
    GrantAllocation allocation = notice.allocations().get(0);
    Grant grant = allocation.grant();
    assertEquals("Z155080000004", grant.projectCode().orElseThrow().toString());
    assertEquals(Year.of(2022), grant.fiscalYear());
    assertEquals(FundingSource.CENTRAL, grant.fundingSource().orElseThrow());
    assertEquals("1100249 医疗卫生共同财政事权转移支付收入", grant.revenueSubject().orElseThrow().toString());
    assertEquals("21015 医疗保障管理事务", grant.expenditureSubject().orElseThrow().toString());
    assertEquals(List.of("01 中央直达资金"), grant.labels().stream().map(FundLabel::toString).toList());
    assertEquals(PrintedAmount.of(new BigDecimal("10831"), AmountUnit.WAN_YUAN), allocation.statedTotal().orElseThrow());
    AllocationTable table = allocation.table().orElseThrow();
    assertEquals(AmountUnit.WAN_YUAN, table.unit());
    assertEquals("10,831", table.declaredTotal().formatFigure());
    assertLines(table, "省级留用", "6,800", "广州市", "357", "珠海市", "154", "汕头市", "202", "佛山市", "219", "韶关市",
        "181", "河源市", "179", "梅州市", "206", "惠州市", "201", "汕尾市", "178", "东莞市", "217", "中山市", "165", "江门市",
        "196", "阳江市", "166", "湛江市", "240", "茂名市", "239", "肇庆市", "191", "清远市", "192", "潮州市", "167", "揭阳市",
        "210", "云浮市", "171");
    assertTrue(table.lines().get(0).recipient() instanceof RetainedShare);
    assertEquals(notice.issuer(), table.lines().get(0).recipient().unit());
    assertEquals(20, table.lines().stream().filter(l -> l.recipient() instanceof FiscalUnit).count());
    assertClean(notice);
  }

  @Test
  void lianghe() {
    TransferNotice notice = SeedNotices.lianghe();
    assertEquals(Optional.empty(), notice.number());
    assertEquals(Optional.of(LocalDate.of(2022, 2, 8)), notice.issueDate());
    assertEquals("梁河县", notice.issuer().name());
    assertEquals(List.of("梁河县医疗保障局"), notice.addressees());
    assertTrue(notice.cites(DocumentNumber.parse("德财社〔2022〕11号")));
    GrantAllocation allocation = notice.allocations().get(0);
    assertEquals("Z155080000004", allocation.grant().projectCode().orElseThrow().toString());
    assertEquals("2101502 一般行政管理事务", allocation.grant().expenditureSubject().orElseThrow().toString());
    assertEquals("1100249 医疗卫生共同财政事权转移支付收入", allocation.grant().revenueSubject().orElseThrow().toString());
    assertEquals(List.of("01 中央直达资金"), allocation.grant().labels().stream().map(FundLabel::toString).toList());
    assertEquals("60万元", allocation.statedTotal().orElseThrow().toString());
    assertEquals(Optional.empty(), allocation.table());
    assertClean(notice);
  }

  @Test
  void jiangmen16ConfirmsThreePreAllocations() {
    TransferNotice notice = SeedNotices.jiangmen16();
    assertEquals(NoticeKind.CONFIRMATION, notice.kind());
    assertEquals(Optional.of(LocalDate.of(2023, 2, 9)), notice.issueDate());
    assertEquals(List.of("市医保局"), notice.copiedTo());
    assertEquals(Optional.of("主动公开"), notice.disclosure());
    assertEquals(List.of("江财社〔2023〕1号", "江财社〔2023〕2号", "江财社〔2023〕3号"),
        notice.confirmed().stream().map(TransferNotice::reference).toList());
    for (int serial = 1; serial <= 3; serial++) {
      assertTrue(notice.cites(DocumentNumber.of("江财社", 2023, serial)));
    }
    assertEquals(3, notice.allAllocations().size());
    assertClean(notice);
  }

  @Test
  void jiangmen1ProvincialMedicalAid() {
    TransferNotice notice = JiangmenPreAllocations.provincialMedicalAid();
    assertEquals(Urgency.URGENT, notice.urgency());
    assertEquals(NoticeKind.PRE_ALLOCATION, notice.kind());
    GrantAllocation allocation = notice.allocations().get(0);
    assertEquals(FundingSource.PROVINCIAL, allocation.grant().fundingSource().orElseThrow());
    assertEquals("1100249 医疗卫生共同财政事权转移支付收入", allocation.grant().revenueSubject().orElseThrow().toString());
    assertEquals("2101301 城乡医疗救助", allocation.grant().expenditureSubject().orElseThrow().toString());
    assertEquals(List.of("09 其他资金", "A0404-城乡医疗救助"),
        allocation.grant().labels().stream().map(FundLabel::toString).toList());
    assertEquals("7,678万元", allocation.statedTotal().orElseThrow().toString());
    AllocationTable table = allocation.table().orElseThrow();
    assertEquals(AmountUnit.YUAN, table.unit());
    assertLines(table, "台山市", "33,695,182", "开平市", "22,571,083", "恩平市", "20,513,735");
    assertEquals("76,780,000", table.declaredTotal().formatFigure());
    assertTrue(table.declaredTotal().isSameAmountAs(allocation.statedTotal().orElseThrow()));
    assertClean(notice);
  }

  @Test
  void jiangmen2CentralMedicalAid() {
    TransferNotice notice = JiangmenPreAllocations.centralMedicalAid();
    assertTrue(notice.cites(DocumentNumber.parse("粤财社〔2022〕329号")));
    GrantAllocation allocation = notice.allocations().get(0);
    assertEquals(List.of("01 直达资金", "A0404-城乡医疗救助"),
        allocation.grant().labels().stream().map(FundLabel::toString).toList());
    assertEquals("1,829万元", allocation.statedTotal().orElseThrow().toString());
    AllocationTable table = allocation.table().orElseThrow();
    assertLines(table, "蓬江区", "1,988,974", "江海区", "1,294,657", "新会区", "9,626,839", "台山市", "273,499",
        "开平市", "120,634", "鹤山市", "4,862,722", "恩平市", "122,675");
    assertEquals("18,290,000", table.declaredTotal().formatFigure());
    assertClean(notice);
  }

  @Test
  void jiangmen3CapacityInWanYuanWithTwoDecimals() {
    TransferNotice notice = JiangmenPreAllocations.capacity();
    assertTrue(notice.cites(DocumentNumber.parse("粤财社〔2022〕328号")));
    GrantAllocation allocation = notice.allocations().get(0);
    assertEquals("21015 医疗保障管理事务", allocation.grant().expenditureSubject().orElseThrow().toString());
    assertEquals(List.of("01 直达资金"), allocation.grant().labels().stream().map(FundLabel::toString).toList());
    AllocationTable table = allocation.table().orElseThrow();
    assertEquals(2, table.scale());
    assertLines(table, "市本级", "70.91", "蓬江区", "16.57", "江海区", "14.49", "新会区", "17.95", "台山市", "25.54",
        "开平市", "24.15", "鹤山市", "13.01", "恩平市", "11.38");
    assertTrue(table.lines().get(0).recipient() instanceof RetainedShare);
    assertEquals("194.00", table.declaredTotal().formatFigure());
    assertEquals("194万元", allocation.statedTotal().orElseThrow().toString());
    assertClean(notice);
  }

  @Test
  void brokenCopyReportsBothInjectedFaults() {
    ValidationReport report = VALIDATOR.validate(BrokenNotice.of(JiangmenPreAllocations.capacity()));
    assertEquals(List.of("table.sum", "table.recipient-level"),
        report.findings().stream().map(f -> f.ruleId()).toList());
    assertEquals("江财社〔2023〕3号#/allocations/0/table/declaredTotal", report.findings().get(0).path());
    assertEquals(Optional.of("194.18万元"), report.findings().get(0).actual());
    assertEquals("/allocations/0/table/lines/6/recipient", report.findings().get(1).pointer().toString());
  }

  /** Asserts the table's lines are the printed name / figure pairs, in order, each resolved to a known unit. */
  private static void assertLines(AllocationTable table, String... printed) {
    assertEquals(printed.length / 2, table.lines().size());
    for (int i = 0; i < table.lines().size(); i++) {
      AllocationLine line = table.lines().get(i);
      assertEquals(printed[2 * i], line.recipient().name());
      assertEquals(printed[2 * i + 1], line.amount().formatFigure(), printed[2 * i]);
      assertFalse(line.recipient() instanceof UnknownRecipient, printed[2 * i]);
    }
  }

  private static void assertClean(TransferNotice notice) {
    ValidationReport report = VALIDATOR.validate(notice);
    assertTrue(report.isEmpty(), report.toString());
  }
}
