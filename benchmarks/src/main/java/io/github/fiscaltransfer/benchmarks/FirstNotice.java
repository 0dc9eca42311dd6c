package io.github.fiscaltransfer.benchmarks;

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
import io.github.fiscaltransfer.subject.Subject;
import io.github.fiscaltransfer.unit.FiscalUnit;
import io.github.fiscaltransfer.unit.UnitRegistry;
import io.github.fiscaltransfer.validation.ValidationReport;
import java.time.Year;

/**
 * The README's first notice (江门市 pre-allocates 87.48 万元), built and validated as a new user's program would:
 * what {@link ColdStartBenchmark} times in a fresh JVM. Run as a main, it prints the report, for timing the whole
 * process with {@code time java -cp benchmarks/target/benchmarks.jar io.github.fiscaltransfer.benchmarks.FirstNotice}.
 */
public final class FirstNotice {

  private FirstNotice() {}

  /**
   * Validates the first notice and prints its findings (none).
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.println(validate());
  }

  /** Looks up the units, builds the notice and validates it. */
  static ValidationReport validate() {
    return NoticeValidator.builtIn().validate(notice());
  }

  /** Looks up 四川省 and two of its cities and builds a 2024 notice to them. */
  static TransferNotice national() {
    UnitRegistry units = UnitRegistry.builtIn();
    FiscalUnit sichuan = units.byName("四川省").orElseThrow();
    AmountUnit wan = AmountUnit.WAN_YUAN;
    AllocationTable table = AllocationTable.builder().unit(wan)
        .addLines(AllocationLine.of(units.recipient("成都市", sichuan), PrintedAmount.parse("120", wan)))
        .addLines(AllocationLine.of(units.recipient("绵阳市", sichuan), PrintedAmount.parse("80", wan)))
        .declaredTotal(PrintedAmount.parse("200", wan)).build();
    Grant grant = Grant.builder().name("中央财政医疗救助补助资金").fiscalYear(Year.of(2024))
        .fundingSource(FundingSource.CENTRAL).expenditureSubject(Subject.parse("2101301 城乡医疗救助")).build();
    return TransferNotice.builder().number(DocumentNumber.parse("川财社〔2024〕12号"))
        .title("关于下达2024年中央财政医疗救助补助资金的通知").issuer(sichuan).issuingAuthority("四川省财政厅")
        .kind(NoticeKind.FORMAL).addAllocations(GrantAllocation.of(grant, PrintedAmount.parse("200万元"), table))
        .build();
  }

  /** Looks up the units and builds the notice. */
  static TransferNotice notice() {
    UnitRegistry units = UnitRegistry.builtIn();
    FiscalUnit jiangmen = units.byName("江门市").orElseThrow();
    AllocationTable table = AllocationTable.builder().unit(AmountUnit.WAN_YUAN)
        .addLines(AllocationLine.of(units.recipient("市本级", jiangmen),
            PrintedAmount.parse("70.91", AmountUnit.WAN_YUAN)))
        .addLines(AllocationLine.of(units.recipient("蓬江区", jiangmen),
            PrintedAmount.parse("16.57", AmountUnit.WAN_YUAN)))
        .declaredTotal(PrintedAmount.parse("87.48", AmountUnit.WAN_YUAN)).build();
    Grant grant = Grant.builder().name("医疗服务与保障能力提升补助资金").fiscalYear(Year.of(2023))
        .fundingSource(FundingSource.CENTRAL).expenditureSubject(Subject.parse("21015 医疗保障管理事务"))
        .addLabels(FundLabel.parse("01 直达资金")).build();
    return TransferNotice.builder().number(DocumentNumber.parse("江财社〔2023〕3号"))
        .title("关于预下达2023年医疗服务与保障能力提升补助资金的通知").issuer(jiangmen).issuingAuthority("江门市财政局")
        .kind(NoticeKind.PRE_ALLOCATION)
        .addAllocations(GrantAllocation.of(grant, PrintedAmount.parse("87.48万元"), table))
        .build();
  }
}
