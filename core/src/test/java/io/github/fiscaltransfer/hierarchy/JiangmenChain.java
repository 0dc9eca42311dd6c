package io.github.fiscaltransfer.hierarchy;

import io.github.fiscaltransfer.money.AmountUnit;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.notice.AllocationLine;
import io.github.fiscaltransfer.notice.AllocationTable;
import io.github.fiscaltransfer.identifier.DocumentNumber;
import io.github.fiscaltransfer.identifier.DocumentReference;
import io.github.fiscaltransfer.notice.FundLabel;
import io.github.fiscaltransfer.notice.FundingSource;
import io.github.fiscaltransfer.notice.Grant;
import io.github.fiscaltransfer.notice.GrantAllocation;
import io.github.fiscaltransfer.notice.NoticeKind;
import io.github.fiscaltransfer.identifier.ProjectCode;
import io.github.fiscaltransfer.notice.TransferNotice;
import io.github.fiscaltransfer.subject.Subject;
import io.github.fiscaltransfer.unit.FiscalUnit;
import io.github.fiscaltransfer.unit.UnitRegistry;
import java.time.Year;
import java.util.List;

/**
 * A tiny hand-built chain: 粤财社〔2021〕307号 (three of its lines, as printed) gives 江门市 196 万元, and a
 * hypothetical 江财社〔2022〕5号 distributes it to three of 江门市's counties.
 */
final class JiangmenChain {

  static final UnitRegistry UNITS = UnitRegistry.builtIn();
  static final FiscalUnit GUANGDONG = UNITS.byName("广东省").orElseThrow();
  static final FiscalUnit JIANGMEN = UNITS.byName("江门市").orElseThrow();
  static final DocumentNumber PROVINCE_NUMBER = DocumentNumber.parse("粤财社〔2021〕307号");
  static final DocumentNumber CITY_NUMBER = DocumentNumber.parse("江财社〔2022〕5号");

  private JiangmenChain() {}

  static TransferNotice province() {
    AllocationTable table = AllocationTable.builder().unit(AmountUnit.WAN_YUAN)
        .addLines(line(GUANGDONG.retainedShare("省级留用"), "6,800"), line(UNITS.byName("广州市").orElseThrow(), "357"),
            line(JIANGMEN, "196"))
        .declaredTotal(PrintedAmount.parse("7,353", AmountUnit.WAN_YUAN)).build();
    return notice(PROVINCE_NUMBER, GUANGDONG, DocumentNumber.parse("财社〔2021〕156号"),
        GrantAllocation.of(grant("21015 医疗保障管理事务", "01 中央直达资金"), PrintedAmount.parse("7,353万元"), table));
  }

  static TransferNotice city(String stated, String subject, String label) {
    AllocationTable table = AllocationTable.builder().unit(AmountUnit.WAN_YUAN)
        .addLines(line(unit("台山市"), "96"), line(unit("开平市"), "60"), line(unit("恩平市"), "40"))
        .declaredTotal(PrintedAmount.parse("196", AmountUnit.WAN_YUAN)).build();
    return cityNotice(JIANGMEN, GrantAllocation.of(grant(subject, label), PrintedAmount.parse(stated), table));
  }

  static TransferNotice cityNotice(FiscalUnit issuer, GrantAllocation allocation) {
    return notice(CITY_NUMBER, issuer, PROVINCE_NUMBER, allocation);
  }

  static FiscalUnit unit(String name) {
    return UNITS.byName(name).orElseThrow();
  }

  static Grant grant(String subject, String label) {
    Grant.Builder grant = Grant.builder().name("医疗服务与保障能力提升补助资金（医疗保障服务能力提升部分）")
        .projectCode(ProjectCode.parse("Z155080000004")).fiscalYear(Year.of(2022))
        .fundingSource(FundingSource.CENTRAL).expenditureSubject(Subject.parse(subject));
    if (label != null) {
      grant.addLabels(FundLabel.parse(label));
    }
    return grant.build();
  }

  static AllocationLine line(io.github.fiscaltransfer.unit.Recipient recipient, String figure) {
    return AllocationLine.of(recipient, PrintedAmount.parse(figure, AmountUnit.WAN_YUAN));
  }

  private static TransferNotice notice(DocumentNumber number, FiscalUnit issuer, DocumentNumber basis,
      GrantAllocation allocation) {
    return TransferNotice.builder().number(number).title(issuer.name() + "财政局下达资金的通知").issuer(issuer)
        .issuingAuthority(issuer.name() + "财政局").kind(NoticeKind.FORMAL)
        .addBasis(DocumentReference.of(basis)).addAllocations(allocation).build();
  }

  static List<TransferNotice> clean() {
    return List.of(province(), city("196万元", "2101502 一般行政管理事务", "01 中央直达资金"));
  }
}
