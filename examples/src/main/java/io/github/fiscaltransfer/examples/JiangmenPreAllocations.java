package io.github.fiscaltransfer.examples;

import io.github.fiscaltransfer.money.AmountUnit;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.notice.AllocationTable;
import io.github.fiscaltransfer.identifier.DocumentNumber;
import io.github.fiscaltransfer.identifier.DocumentReference;
import io.github.fiscaltransfer.notice.FundLabel;
import io.github.fiscaltransfer.notice.FundingSource;
import io.github.fiscaltransfer.notice.Grant;
import io.github.fiscaltransfer.notice.GrantAllocation;
import io.github.fiscaltransfer.notice.NoticeKind;
import io.github.fiscaltransfer.notice.TransferNotice;
import io.github.fiscaltransfer.notice.Urgency;
import io.github.fiscaltransfer.subject.Subject;
import java.time.LocalDate;
import java.time.Year;

/**
 * The three pre-allocation notices (预下达) of seed 002, 江财社〔2023〕1号, 2号 and 3号, as printed.
 */
public final class JiangmenPreAllocations {

  private static final String MEDICAL_AID = "2101301 城乡医疗救助";
  private static final String TRANSFER_REVENUE = "1100249——医疗卫生共同财政事权转移支付收入";
  private static final String SAN_BAO = "A0404-城乡医疗救助";

  private JiangmenPreAllocations() {}

  /**
   * Returns 江财社〔2023〕1号: 7,678 万元 of provincial medical aid (医疗救助省级补助), table in 元.
   *
   * @return the notice, not null
   */
  public static TransferNotice provincialMedicalAid() {
    Grant grant = grant("医疗救助省级补助资金", FundingSource.PROVINCIAL,
        "转移性收入—一般性转移支付收入—医疗卫生共同财政事权转移支付收入（1100249）", MEDICAL_AID)
        .addLabels(FundLabel.parse("09 其他资金"), FundLabel.parse(SAN_BAO))
        .build();
    AllocationTable table = TableBuilder.of(SeedNotices.jiangmen(), "预下达2023年医疗救助省级资金分配明细表", AmountUnit.YUAN)
        .line("台山市", "33,695,182").line("开平市", "22,571,083").line("恩平市", "20,513,735")
        .total("76,780,000");
    return notice("江财社〔2023〕1号", "关于预下达2023年医疗救助省级补助资金的通知", "各有关县（市、区）财政局")
        .addAllocations(GrantAllocation.of(grant, PrintedAmount.parse("7,678万元"), table))
        .addAttachments("预下达2023年医疗救助省级补助资金表", "2023年医疗救助省级补助资金绩效目标表")
        .build();
  }

  /**
   * Returns 江财社〔2023〕2号: 1,829 万元 of central medical aid (中央财政医疗救助补助), table in 元.
   *
   * @return the notice, not null
   */
  public static TransferNotice centralMedicalAid() {
    Grant grant = grant("中央财政医疗救助补助资金", FundingSource.CENTRAL, TRANSFER_REVENUE, MEDICAL_AID)
        .addLabels(FundLabel.parse("01 直达资金"), FundLabel.parse(SAN_BAO))
        .build();
    AllocationTable table = TableBuilder.of(SeedNotices.jiangmen(), "预下达2023年中央财政医疗救助补助预算资金分配明细表",
            AmountUnit.YUAN)
        .line("蓬江区", "1,988,974").line("江海区", "1,294,657").line("新会区", "9,626,839")
        .line("台山市", "273,499").line("开平市", "120,634").line("鹤山市", "4,862,722").line("恩平市", "122,675")
        .total("18,290,000");
    return notice("江财社〔2023〕2号", "关于预下达2023年中央财政医疗救助补助预算资金的通知", "各县（市、区）财政局")
        .addBasis(DocumentReference.of("广东省财政厅关于提前下达2023年中央财政医疗救助补助预算资金的通知",
            DocumentNumber.parse("粤财社〔2022〕329 号")).withRole(DocumentReference.Role.SOURCE))
        .addAllocations(GrantAllocation.of(grant, PrintedAmount.parse("1829 万元"), table))
        .addAttachments("预下达2023年中央财政医疗救助补助资金情况表", "医疗救助补助资金绩效目标表")
        .build();
  }

  /**
   * Returns 江财社〔2023〕3号: 194 万元 of the capacity grant, table in 万元 with 2 decimals, 市本级 70.91.
   *
   * @return the notice, not null
   */
  public static TransferNotice capacity() {
    Grant grant = grant(SeedNotices.CAPACITY_GRANT, FundingSource.CENTRAL, TRANSFER_REVENUE, "21015 医疗保障管理事务")
        .addLabels(FundLabel.parse("01 直达资金"))
        .build();
    AllocationTable table = TableBuilder.of(SeedNotices.jiangmen(), "预下达2023年中央财政医疗服务与保障能力提升补助资金表",
            AmountUnit.WAN_YUAN)
        .line("市本级", "70.91").line("蓬江区", "16.57").line("江海区", "14.49").line("新会区", "17.95")
        .line("台山市", "25.54").line("开平市", "24.15").line("鹤山市", "13.01").line("恩平市", "11.38")
        .total("194.00");
    return notice("江财社〔2023〕3号", "关于预下达2023年中央财政医疗服务与保障能力提升补助资金的通知", "各县（市、区）财政局")
        .addBasis(DocumentReference.of("广东省财政厅关于提前下达2023年中央财政医疗服务与保障能力提升补助资金的通知",
            DocumentNumber.parse("粤财社〔2022〕328 号")).withRole(DocumentReference.Role.SOURCE))
        .addAllocations(GrantAllocation.of(grant, PrintedAmount.parse("194 万元"), table))
        .addAttachments("预下达2023年中央财政医疗服务与保障能力提升补助资金表",
            "医疗服务与保障能力提升补助资金（医疗保障服务能力提升部分）绩效目标表")
        .build();
  }

  private static Grant.Builder grant(String name, FundingSource source, String revenue, String expenditure) {
    Grant.Builder builder = Grant.builder();
    builder.name(name).fiscalYear(Year.of(2023)).fundingSource(source)
        .revenueSubject(Subject.parse(revenue)).expenditureSubject(Subject.parse(expenditure));
    return builder;
  }

  private static TransferNotice.Builder notice(String number, String title, String addressee) {
    TransferNotice.Builder builder = TransferNotice.builder();
    builder.number(DocumentNumber.parse(number)).title(title).issuer(SeedNotices.jiangmen())
        .issuingAuthority("江门市财政局").issueDate(LocalDate.of(2023, 1, 20)).urgency(Urgency.URGENT)
        .kind(NoticeKind.PRE_ALLOCATION).addAddressees(addressee).disclosure("主动公开");
    return builder;
  }
}
