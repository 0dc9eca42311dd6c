package io.github.fiscaltransfer.hierarchy;

import io.github.fiscaltransfer.allocation.Allocation;
import io.github.fiscaltransfer.allocation.AllocationRequest;
import io.github.fiscaltransfer.money.AmountUnit;
import io.github.fiscaltransfer.money.CnyAmount;
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
import io.github.fiscaltransfer.unit.AdministrativeLevel;
import io.github.fiscaltransfer.unit.FiscalUnit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The notices of one grant down a {@link NationalUnits} tree, top down: every unit with children issues one
 * notice whose table gives its retained share (省级留用 5–15 %, 市本级 3–10 %, 县本级 10–30 %, none at the centre)
 * and splits the rest among its children by weight (largest remainder, in fen), and cites its parent's notice.
 */
final class GrantNotices {

  private static final int FISCAL_YEAR = 2023;
  private static final FundLabel DIRECT = FundLabel.parse("01 中央直达资金");
  private static final FundLabel GUARANTEE = FundLabel.parse("A0404-城乡医疗救助");
  private static final Map<AdministrativeLevel, String> ISSUER_CODES = Map.of(AdministrativeLevel.CENTRAL, "财社",
      AdministrativeLevel.PROVINCE, "省财社", AdministrativeLevel.PREFECTURE, "市财社", AdministrativeLevel.COUNTY,
      "县财社");

  private final NationalUnits units;
  private final int index;
  private final Random random;
  private final Map<AdministrativeLevel, Grant> grants = new EnumMap<>(AdministrativeLevel.class);
  private final Map<AdministrativeLevel, Integer> serials = new EnumMap<>(AdministrativeLevel.class);
  private final List<TransferNotice> notices = new ArrayList<>();

  private GrantNotices(NationalUnits units, int index, Random random) {
    this.units = units;
    this.index = index;
    this.random = random;
    boolean relief = index % 2 == 0;
    Grant.Builder grant = Grant.builder()
        .name((relief ? "城乡医疗救助补助资金" : "医疗服务与保障能力提升补助资金") + "（第" + (index + 1) + "批）")
        .projectCode(ProjectCode.parse(String.format("Z%012d", 135_080_000_000L + index)))
        .fiscalYear(Year.of(FISCAL_YEAR)).fundingSource(FundingSource.CENTRAL).addLabels(DIRECT);
    if (relief) {
      grant.addLabels(GUARANTEE);
    }
    Subject section = Subject.parse(relief ? "21013 医疗救助" : "21015 医疗保障管理事务");
    Subject item = Subject.parse(relief ? "2101301 城乡医疗救助" : "2101502 一般行政管理事务");
    Grant above = grant.expenditureSubject(section).build();
    Grant below = Grant.builder().from(above).expenditureSubject(item).build();
    grants.put(AdministrativeLevel.CENTRAL, above);
    grants.put(AdministrativeLevel.PROVINCE, above);
    grants.put(AdministrativeLevel.PREFECTURE, below);
    grants.put(AdministrativeLevel.COUNTY, below);
  }

  /** Returns grant {@code index}'s notices, centre first, each unit's notice before those below it. */
  static List<TransferNotice> generate(NationalUnits units, int index, Random random) {
    GrantNotices grant = new GrantNotices(units, index, random);
    long wanYuan = 500_000 + random.nextInt(4_500_000);
    grant.distribute(units.central(), BigDecimal.valueOf(wanYuan).movePointRight(4).setScale(2), null);
    return List.copyOf(grant.notices);
  }

  private void distribute(FiscalUnit unit, BigDecimal yuan, DocumentNumber parent) {
    List<FiscalUnit> children = units.children(unit);
    if (children.isEmpty()) {
      return;
    }
    AllocationTable.Builder table = AllocationTable.builder().unit(AmountUnit.YUAN).declaredTotal(printed(yuan));
    BigDecimal kept = retained(unit.level(), yuan);
    if (kept.signum() > 0) {
      table.addLines(AllocationLine.of(unit.retainedShare(retainedLabel(unit.level())), printed(kept)));
    }
    AllocationRequest.Builder request = AllocationRequest.builder().total(CnyAmount.ofYuan(yuan.subtract(kept)));
    children.forEach(child -> request.recipient(child.name(), units.weights().get(child)));
    Allocation allocation = request.build().allocate();
    children.forEach(child -> table.addLines(AllocationLine.of(child, allocation.line(child.name()).printedAmount())));
    DocumentNumber number = number(unit.level());
    notices.add(notice(unit, number, parent, GrantAllocation.of(grants.get(unit.level()), printed(yuan),
        table.build())));
    for (FiscalUnit child : children) {
      distribute(child, allocation.line(child.name()).printedAmount().toYuan(), number);
    }
  }

  private BigDecimal retained(AdministrativeLevel level, BigDecimal yuan) {
    int percent = switch (level) {
      case PROVINCE -> 5 + random.nextInt(11);
      case PREFECTURE -> 3 + random.nextInt(8);
      case COUNTY -> 10 + random.nextInt(21);
      default -> 0;
    };
    return yuan.multiply(BigDecimal.valueOf(percent, 2)).setScale(2, RoundingMode.DOWN);
  }

  private static String retainedLabel(AdministrativeLevel level) {
    return switch (level) {
      case PROVINCE -> "省级留用";
      case PREFECTURE -> "市本级";
      default -> "县本级";
    };
  }

  /** Serials are unique across grants: grant index × 10,000 + the unit's place among its level's issuers. */
  private DocumentNumber number(AdministrativeLevel level) {
    int serial = serials.merge(level, 1, Integer::sum);
    return DocumentNumber.of(ISSUER_CODES.get(level), FISCAL_YEAR, index * 10_000 + serial);
  }

  private static TransferNotice notice(FiscalUnit unit, DocumentNumber number, DocumentNumber parent,
      GrantAllocation allocation) {
    boolean central = unit.level() == AdministrativeLevel.CENTRAL;
    TransferNotice.Builder notice = TransferNotice.builder().number(number)
        .title("关于下达" + FISCAL_YEAR + "年" + allocation.grant().name() + "的通知").issuer(unit)
        .issuingAuthority(central ? "财政部" : unit.name() + "财政局").kind(NoticeKind.FORMAL)
        .addAllocations(allocation);
    if (parent != null) {
      notice.addBasis(DocumentReference.of(parent));
    }
    return notice.build();
  }

  private static PrintedAmount printed(BigDecimal yuan) {
    return PrintedAmount.of(yuan, AmountUnit.YUAN);
  }
}
