package io.github.fiscaltransfer.testing;

import io.github.fiscaltransfer.money.AmountUnit;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.notice.AllocationLine;
import io.github.fiscaltransfer.notice.AllocationTable;
import io.github.fiscaltransfer.notice.DocumentNumber;
import io.github.fiscaltransfer.notice.FundLabel;
import io.github.fiscaltransfer.notice.FundingSource;
import io.github.fiscaltransfer.notice.Grant;
import io.github.fiscaltransfer.notice.GrantAllocation;
import io.github.fiscaltransfer.notice.NoticeKind;
import io.github.fiscaltransfer.notice.TransferNotice;
import io.github.fiscaltransfer.subject.Subject;
import io.github.fiscaltransfer.unit.FiscalUnit;
import io.github.fiscaltransfer.unit.Recipient;
import io.github.fiscaltransfer.unit.UnitRegistry;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.DomainContextBase;

/**
 * jqwik domain of valid transfer notices: 江门市 allocating a grant to a random subset of its seven districts and
 * county-level cities (and sometimes its own 市本级 share), in 元 or in 万元 with two decimals, every line at least
 * one printed quantum, the declared and stated totals equal to the sum of the lines.
 *
 * <p>Use with {@code @Domain(NoticeDomain.class)} and take {@code @ForAll TransferNotice notice}.
 */
public class NoticeDomain extends DomainContextBase {

  static final UnitRegistry UNITS = UnitRegistry.builtIn();
  static final FiscalUnit JIANGMEN = UNITS.byName("江门市").orElseThrow();

  /**
   * Valid transfer notices (资金下达文件).
   *
   * @return the arbitrary, not null
   */
  @Provide
  public Arbitrary<TransferNotice> notices() {
    return Combinators.combine(recipients(), Arbitraries.of(AmountUnit.YUAN, AmountUnit.WAN_YUAN),
            Arbitraries.longs().between(1, 5_000_000_000L).list().ofSize(8), Arbitraries.of(NoticeKind.values()))
        .filter((recipients, unit, figures, kind) -> kind != NoticeKind.CONFIRMATION)
        .as(NoticeDomain::notice);
  }

  private static Arbitrary<List<Recipient>> recipients() {
    List<Recipient> all = new ArrayList<>(UNITS.children(JIANGMEN));
    all.add(JIANGMEN.retainedShare("市本级"));
    return Arbitraries.subsetOf(all).ofMinSize(1).map(List::copyOf);
  }

  private static TransferNotice notice(List<Recipient> recipients, AmountUnit unit, List<Long> figures, NoticeKind kind) {
    int scale = unit == AmountUnit.YUAN ? 0 : 2;
    AllocationTable.Builder table = AllocationTable.builder().unit(unit);
    BigDecimal total = BigDecimal.ZERO.setScale(scale);
    for (int i = 0; i < recipients.size(); i++) {
      BigDecimal figure = BigDecimal.valueOf(figures.get(i), scale);
      total = total.add(figure);
      table.addLines(AllocationLine.of(recipients.get(i), PrintedAmount.of(figure, unit)));
    }
    PrintedAmount declared = PrintedAmount.of(total, unit);
    int fiscalYear = 2023;
    int documentYear = kind == NoticeKind.ADVANCE ? fiscalYear - 1 : fiscalYear;
    Grant grant = Grant.builder()
        .name("中央财政医疗救助补助资金")
        .fiscalYear(Year.of(fiscalYear))
        .fundingSource(FundingSource.CENTRAL)
        .revenueSubject(Subject.parse("1100249 医疗卫生共同财政事权转移支付收入"))
        .expenditureSubject(Subject.parse("2101301 城乡医疗救助"))
        .addLabels(FundLabel.parse("01 直达资金"), FundLabel.parse("A0404-城乡医疗救助"))
        .build();
    return TransferNotice.builder()
        .number(DocumentNumber.of("江财社", documentYear, 1 + (int) (figures.get(7) % 900)))
        .title("关于下达中央财政医疗救助补助资金的通知")
        .issuer(JIANGMEN)
        .issuingAuthority("江门市财政局")
        .kind(kind)
        .addAllocations(GrantAllocation.of(grant, declared, table.declaredTotal(declared).build()))
        .build();
  }
}
