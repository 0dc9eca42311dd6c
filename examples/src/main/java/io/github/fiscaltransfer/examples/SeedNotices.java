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
import io.github.fiscaltransfer.notice.Obligation;
import io.github.fiscaltransfer.identifier.ProjectCode;
import io.github.fiscaltransfer.notice.TransferNotice;
import io.github.fiscaltransfer.notice.Urgency;
import io.github.fiscaltransfer.subject.Subject;
import io.github.fiscaltransfer.unit.FiscalUnit;
import io.github.fiscaltransfer.unit.UnitRegistry;
import java.time.LocalDate;
import java.time.Year;

/**
 * The seed notices (seeds 000–002), every figure and field typed in as printed, with the public API.
 *
 * <p>Where a seed does not print a field (粤财社〔2021〕307号's title and date; the 梁河县 notice's number) it is
 * left out, except 307号's title, which is taken from seed 003, where that notice is cited by its full title.
 */
public final class SeedNotices {

  /** The grant name printed in the attachments of seeds 000, 001 and 江财社〔2023〕3号. */
  static final String CAPACITY_GRANT = "医疗服务与保障能力提升补助资金（医疗保障服务能力提升部分）";

  private static final UnitRegistry UNITS = UnitRegistry.builtIn();
  private static final FiscalUnit GUANGDONG = unit("广东省");
  private static final FiscalUnit JIANGMEN = unit("江门市");
  private static final FiscalUnit LIANGHE = unit("梁河县");

  private SeedNotices() {}

  private static FiscalUnit unit(String name) {
    return UNITS.byName(name).orElseThrow();
  }

  /**
   * Returns seed 000: 粤财社〔2021〕307号, the advance allocation (提前下达) of 10,831 万元 to Guangdong's cities.
   *
   * @return the notice, not null
   */
  public static TransferNotice guangdong307() {
    Grant grant = capacityGrant2022("1100249——医疗卫生共同财政事权转移支付收入", "21015 医疗保障管理事务");
    return TransferNotice.builder()
        .number(DocumentNumber.parse("粤财社〔2021〕307号"))
        .title("广东省财政厅关于提前下达2022年中央财政医疗服务与保障能力提升补助资金的通知")
        .issuer(GUANGDONG)
        .issuingAuthority("广东省财政厅")
        .urgency(Urgency.EXTRA_URGENT)
        .kind(NoticeKind.ADVANCE)
        .addAddressees("各地级以上市财政局")
        .addCopiedTo("省医保局", "省档案馆", "财政部广东监管局")
        .addBasis(DocumentReference.of("财政部 国家医保局关于提前下达2022年中央财政医疗服务与保障能力提升补助资金预算的通知",
            DocumentNumber.parse("财社〔2021〕156号")).withRole(DocumentReference.Role.SOURCE))
        .addBasis(DocumentReference.titled("广东省医疗保障局关于报送提前下达2022年中央财政医疗服务与保障能力提升补助资金分配方案的函")
            .withRole(DocumentReference.Role.PLAN))
        .addAllocations(GrantAllocation.of(grant, PrintedAmount.parse("10,831万元"), guangdong307Table()))
        .addAttachments("提前下达2022年中央财政医疗服务与保障能力提升补助资金表",
            "医疗服务与保障能力提升补助资金（医疗保障服务能力提升部分）区域绩效目标表")
        .build();
  }

  private static AllocationTable guangdong307Table() {
    return TableBuilder.of(GUANGDONG, "提前下达2022年中央财政医疗服务与保障能力提升补助资金表", AmountUnit.WAN_YUAN)
        .line("省级留用", "6,800").line("广州市", "357").line("珠海市", "154").line("汕头市", "202")
        .line("佛山市", "219").line("韶关市", "181").line("河源市", "179").line("梅州市", "206")
        .line("惠州市", "201").line("汕尾市", "178").line("东莞市", "217").line("中山市", "165")
        .line("江门市", "196").line("阳江市", "166").line("湛江市", "240").line("茂名市", "239")
        .line("肇庆市", "191").line("清远市", "192").line("潮州市", "167").line("揭阳市", "210")
        .line("云浮市", "171")
        .total("10,831");
  }

  /**
   * Returns seed 001: 梁河县财政局's notice of 60 万元 to 梁河县医疗保障局 (no document number is printed).
   *
   * @return the notice, not null
   */
  public static TransferNotice lianghe() {
    Grant grant = capacityGrant2022("1100249-医疗卫生共同财政事权转移支付收入", "2101502一般行政管理事务");
    return TransferNotice.builder()
        .title("梁河县财政局关于下达2022年中央财政医疗服务与保障能力提升补助资金（医疗保障服务能力提升部分）的通知")
        .issuer(LIANGHE)
        .issuingAuthority("梁河县财政局")
        .issueDate(LocalDate.of(2022, 2, 8))
        .kind(NoticeKind.FORMAL)
        .addAddressees("梁河县医疗保障局")
        .addBasis(DocumentReference.of(
            "德宏州财政局 德宏州医疗保障局关于下达2022年中央财政医疗服务与保障能力提升补助资金（医疗保障服务能力提升部分）的通知",
            DocumentNumber.parse("德财社〔2022〕11号")).withRole(DocumentReference.Role.SOURCE))
        .addAllocations(GrantAllocation.of(grant, PrintedAmount.parse("60万元")))
        .addObligations(Obligation.of("报送州医疗保障局", "于2022年2月9日前", LocalDate.of(2022, 2, 9)),
            Obligation.of("在预算管理一体化系统中挂接项目", "于3日内", LocalDate.of(2022, 2, 11)))
        .addAttachments("2022年中央财政医疗服务与保障能力提升补助资金(医疗保障服务能力提升部分)绩效目标表")
        .build();
  }

  /** The 2022 capacity grant (project Z155080000004) with its subjects as one notice prints them. */
  private static Grant capacityGrant2022(String revenue, String expenditure) {
    return Grant.builder()
        .name(CAPACITY_GRANT)
        .projectCode(ProjectCode.parse("Z155080000004"))
        .fiscalYear(Year.of(2022))
        .fundingSource(FundingSource.CENTRAL)
        .revenueSubject(Subject.parse(revenue))
        .expenditureSubject(Subject.parse(expenditure))
        .addLabels(FundLabel.parse("01 中央直达资金"))
        .build();
  }

  /**
   * Returns seed 002: 江财社〔2023〕16号, which confirms the three pre-allocations 江财社〔2023〕1号, 2号 and 3号
   * unchanged.
   *
   * @return the notice, with the three confirmed notices, not null
   */
  public static TransferNotice jiangmen16() {
    TransferNotice first = JiangmenPreAllocations.provincialMedicalAid();
    TransferNotice second = JiangmenPreAllocations.centralMedicalAid();
    TransferNotice third = JiangmenPreAllocations.capacity();
    return TransferNotice.builder()
        .number(DocumentNumber.parse("江财社〔2023〕16号"))
        .title("关于下达2023年医疗救助省级补助、中央财政医疗救助补助和中央财政医疗服务与保障能力提升补助资金的通知")
        .issuer(JIANGMEN)
        .issuingAuthority("江门市财政局")
        .issueDate(LocalDate.of(2023, 2, 9))
        .kind(NoticeKind.CONFIRMATION)
        .addAddressees("各县（市、区）财政局")
        .addCopiedTo("市医保局")
        .disclosure("主动公开")
        .addBasis(DocumentReference.of(first.title(), first.number().orElseThrow()).withRole(DocumentReference.Role.SOURCE))
        .addBasis(DocumentReference.of(second.title(), second.number().orElseThrow()).withRole(DocumentReference.Role.SOURCE))
        .addBasis(DocumentReference.of(third.title(), third.number().orElseThrow()).withRole(DocumentReference.Role.SOURCE))
        .addConfirmed(first, second, third)
        .addAttachments("《" + first.title() + "》(江财社〔2023〕1号)", "《" + second.title() + "》(江财社〔2023〕2号)",
            "《" + third.title() + "》(江财社〔2023〕3号)")
        .build();
  }

  /** Returns the issuer 江门市, as the registry resolves it. */
  static FiscalUnit jiangmen() {
    return JIANGMEN;
  }
}
