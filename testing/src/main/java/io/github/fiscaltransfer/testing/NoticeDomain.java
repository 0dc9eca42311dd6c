package io.github.fiscaltransfer.testing;

import io.github.fiscaltransfer.document.NoticeDocument;
import io.github.fiscaltransfer.money.AmountUnit;
import io.github.fiscaltransfer.money.Precision;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.notice.AllocationLine;
import io.github.fiscaltransfer.notice.AllocationTable;
import io.github.fiscaltransfer.identifier.DocumentNumber;
import io.github.fiscaltransfer.notice.FundLabel;
import io.github.fiscaltransfer.notice.FundingSource;
import io.github.fiscaltransfer.notice.Grant;
import io.github.fiscaltransfer.notice.GrantAllocation;
import io.github.fiscaltransfer.notice.NoticeKind;
import io.github.fiscaltransfer.notice.TransferNotice;
import io.github.fiscaltransfer.subject.Subject;
import io.github.fiscaltransfer.unit.AdministrativeLevel;
import io.github.fiscaltransfer.unit.FiscalUnit;
import io.github.fiscaltransfer.unit.Recipient;
import io.github.fiscaltransfer.unit.UnitRegistry;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.domains.DomainContextBase;

/**
 * jqwik domain of valid transfer notices (资金下达文件) and their parts: a fiscal year from 2015 to 2024, an issuer
 * of that year's built-in registry (any province or prefecture with units below it) allocating a grant to 1 to 8
 * of its units of that year (and sometimes its own 本级 share), in 元 or in 万元 with two decimals, every line at
 * least one printed quantum, the declared and stated totals equal to the sum of the lines.
 *
 * <p>Use with {@code @Domain(NoticeDomain.class)} and take {@code @ForAll TransferNotice notice},
 * {@code @ForAll AllocationTable table}, {@code @ForAll FiscalUnit unit}, {@code @ForAll Year fiscalYear} or
 * {@code @ForAll NoticeDocument document} (a notice with 0 to 2 target tables, or a self-evaluation).
 */
public class NoticeDomain extends DomainContextBase {

  /** The first year of the built-in registry's lists. */
  public static final int FIRST_YEAR = 2015;

  /** The last year of the built-in registry's lists. */
  public static final int LAST_YEAR = 2024;

  private static final UnitRegistry BUILT_IN = UnitRegistry.builtIn();
  private static final Map<Integer, Units> BY_YEAR = new ConcurrentHashMap<>();

  private final PerformanceDomain performance = new PerformanceDomain();

  /** One year's units, and those with units below them with their children. */
  private record Units(List<FiscalUnit> all, List<FiscalUnit> issuers, Map<FiscalUnit, List<FiscalUnit>> children) {

    static Units of(int year) {
      UnitRegistry registry = BUILT_IN.asOf(Year.of(year));
      List<FiscalUnit> all = List.copyOf(registry.units());
      Map<FiscalUnit, List<FiscalUnit>> children = new ConcurrentHashMap<>();
      for (FiscalUnit unit : all) {
        if (unit.level() != AdministrativeLevel.COUNTY) {
          List<FiscalUnit> below = registry.children(unit);
          if (!below.isEmpty()) {
            children.put(unit, below);
          }
        }
      }
      List<FiscalUnit> issuers = all.stream().filter(children::containsKey).toList();
      return new Units(all, issuers, Map.copyOf(children));
    }
  }

  private static Units units(int year) {
    return BY_YEAR.computeIfAbsent(year, Units::of);
  }

  /**
   * Fiscal years the built-in registry lists, 2015 to 2024, shrinking towards 2024.
   *
   * @return the arbitrary, not null
   */
  @Provide
  public Arbitrary<Year> fiscalYears() {
    return Arbitraries.integers().between(FIRST_YEAR, LAST_YEAR).shrinkTowards(LAST_YEAR).map(Year::of);
  }

  /**
   * Units (行政区划) of the whole built-in registry: any province, prefecture or county of any year's list.
   *
   * @return the arbitrary, not null
   */
  @Provide
  public Arbitrary<FiscalUnit> units() {
    return fiscalYears().flatMap(year -> Arbitraries.of(units(year.getValue()).all()));
  }

  /**
   * Valid transfer notices (资金下达文件), one grant each with its allocation table (附件1).
   *
   * @return the arbitrary, not null
   */
  @Provide
  public Arbitrary<TransferNotice> notices() {
    return fiscalYears().flatMap(year -> Arbitraries.of(units(year.getValue()).issuers())
        .flatMap(issuer -> notices(issuer, year)));
  }

  /**
   * Valid transfer notices of one issuer in one fiscal year, allocating to its units of that year's list.
   *
   * @param issuer a province or prefecture of that year's built-in list, not null
   * @param fiscalYear the year, 2015 to 2024, not null
   * @return the arbitrary, not null
   * @throws IllegalArgumentException if the year is outside the lists or the issuer has no unit below it then
   */
  public static Arbitrary<TransferNotice> notices(FiscalUnit issuer, Year fiscalYear) {
    int year = fiscalYear.getValue();
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw new IllegalArgumentException("Fiscal year must be " + FIRST_YEAR + " to " + LAST_YEAR + ": " + year);
    }
    List<FiscalUnit> children = units(year).children().get(Objects.requireNonNull(issuer, "issuer"));
    if (children == null) {
      throw new IllegalArgumentException("No unit is below " + issuer + " in the " + year + " list");
    }
    return Combinators.combine(recipients(issuer, children), Arbitraries.of(AmountUnit.YUAN, AmountUnit.WAN_YUAN),
            Arbitraries.longs().between(1, 5_000_000_000L).list().ofSize(8),
            Arbitraries.of(NoticeKind.ADVANCE, NoticeKind.PRE_ALLOCATION, NoticeKind.FORMAL, NoticeKind.ADJUSTMENT,
                NoticeKind.SETTLEMENT), tablePrecisions())
        .as((recipients, unit, figures, kind, precision) -> notice(fiscalYear, issuer, recipients, unit, figures, kind,
            precision));
  }

  /**
   * Valid allocation tables (分配表): the table of a generated notice, its recipients below the notice's issuer.
   *
   * @return the arbitrary, not null
   */
  @Provide
  public Arbitrary<AllocationTable> allocationTables() {
    return notices().map(notice -> notice.allocations().get(0).table().orElseThrow());
  }

  /**
   * Notice documents: a generated notice with 0 to 2 generated target tables (绩效目标表), or a generated
   * self-evaluation (绩效自评).
   *
   * @return the arbitrary, not null
   */
  @Provide
  public Arbitrary<NoticeDocument> noticeDocuments() {
    return Arbitraries.oneOf(
        Combinators.combine(notices(), performance.targetTables().list().ofMaxSize(2)).as(NoticeDocument::of),
        performance.selfEvaluations().map(NoticeDocument::of));
  }

  private static Arbitrary<List<Recipient>> recipients(FiscalUnit issuer, List<FiscalUnit> children) {
    List<Recipient> all = new ArrayList<>(children);
    all.add(issuer.retainedShare(shareLabel(issuer)));
    return Arbitraries.subsetOf(all).ofMinSize(1).ofMaxSize(8).map(List::copyOf);
  }

  private static String shareLabel(FiscalUnit issuer) {
    if (issuer.level() == AdministrativeLevel.PROVINCE && !issuer.name().endsWith("市")) {
      return "省本级";
    }
    return issuer.name().endsWith("州") ? "州本级" : "市本级";
  }

  /**
   * The regimes of generated tables: mostly exact (the default), now and then declared rounded by a printed note.
   *
   * @return the arbitrary, not null
   */
  @Provide
  public Arbitrary<Precision> precisions() {
    return tablePrecisions();
  }

  private static Arbitrary<Precision> tablePrecisions() {
    return Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just(Precision.exact())),
        Tuple.of(1, Arbitraries.of("注：因四舍五入，合计数与分项之和可能存在尾数误差", "尾数误差系四舍五入所致")
            .map(Precision::rounded)));
  }

  private static TransferNotice notice(Year fiscalYear, FiscalUnit issuer, List<Recipient> recipients,
      AmountUnit unit, List<Long> figures, NoticeKind kind, Precision precision) {
    int scale = unit == AmountUnit.YUAN ? 0 : 2;
    AllocationTable.Builder table = AllocationTable.builder().unit(unit).precision(precision);
    BigDecimal total = BigDecimal.ZERO.setScale(scale);
    for (int i = 0; i < recipients.size(); i++) {
      BigDecimal figure = BigDecimal.valueOf(figures.get(i), scale);
      total = total.add(figure);
      table.addLines(AllocationLine.of(recipients.get(i), PrintedAmount.of(figure, unit)));
    }
    PrintedAmount declared = PrintedAmount.of(total, unit);
    int documentYear = kind == NoticeKind.ADVANCE ? fiscalYear.getValue() - 1 : fiscalYear.getValue();
    Grant grant = Grant.builder()
        .name("中央财政医疗救助补助资金")
        .fiscalYear(fiscalYear)
        .fundingSource(FundingSource.CENTRAL)
        .revenueSubject(Subject.parse("1100249 医疗卫生共同财政事权转移支付收入"))
        .expenditureSubject(Subject.parse("2101301 城乡医疗救助"))
        .addLabels(FundLabel.parse("01 直达资金"), FundLabel.parse("A0404-城乡医疗救助"))
        .build();
    String authority = issuer.name() + (issuer.level() == AdministrativeLevel.PROVINCE ? "财政厅" : "财政局");
    return TransferNotice.builder()
        .number(DocumentNumber.of(issuer.name().charAt(0) + "财社", documentYear, 1 + (int) (figures.get(7) % 900)))
        .title("关于下达" + fiscalYear + "年中央财政医疗救助补助资金的通知")
        .issuer(issuer)
        .issuingAuthority(authority)
        .kind(kind)
        .addAllocations(GrantAllocation.of(grant, declared, table.declaredTotal(declared).build()))
        .build();
  }
}
