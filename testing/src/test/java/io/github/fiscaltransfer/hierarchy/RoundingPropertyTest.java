package io.github.fiscaltransfer.hierarchy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fiscaltransfer.money.AmountUnit;
import io.github.fiscaltransfer.notice.AllocationLine;
import io.github.fiscaltransfer.notice.AllocationTable;
import io.github.fiscaltransfer.notice.FundingSource;
import io.github.fiscaltransfer.notice.Grant;
import io.github.fiscaltransfer.notice.GrantAllocation;
import io.github.fiscaltransfer.notice.NoticeKind;
import io.github.fiscaltransfer.notice.NoticeRule;
import io.github.fiscaltransfer.notice.NoticeValidator;
import io.github.fiscaltransfer.notice.TransferNotice;
import io.github.fiscaltransfer.subject.Subject;
import io.github.fiscaltransfer.testing.HierarchyDomain;
import io.github.fiscaltransfer.testing.WeightTree;
import io.github.fiscaltransfer.unit.FiscalUnit;
import io.github.fiscaltransfer.validation.Finding;
import io.github.fiscaltransfer.validation.Severity;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;
import net.jqwik.api.statistics.Statistics;

/**
 * A propagated tree reprinted in 万元 at 2 decimals, each figure rounded half up (四舍五入) on its own as a bureau
 * prints it, and so declared rounded: no table is off by more than the {@code table.sum} tolerance, and every
 * difference is reported as a warning naming that rounding.
 */
@Domain(HierarchyDomain.class)
@Domain(DomainContext.Global.class)
class RoundingPropertyTest {

  private static final NoticeValidator VALIDATOR = NoticeValidator.builtIn();
  private static final Grant GRANT = Grant.builder().name("测试补助资金").fiscalYear(Year.of(2023))
      .fundingSource(FundingSource.CENTRAL).expenditureSubject(Subject.parse("21015 医疗保障管理事务")).build();

  @Property(tries = 150)
  void printedTablesStayWithinTheToleranceAndAreReported(@ForAll WeightTree tree) {
    Propagation propagation = tree.builder(List.copyOf(tree.recipients().keySet())).build();
    Map<FiscalUnit, AllocationTable> printed = new LinkedHashMap<>();
    propagation.tables().forEach((unit, table) -> printed.put(unit,
        table.printedIn(AmountUnit.WAN_YUAN, 2, RoundingMode.HALF_UP)));
    printed.forEach((unit, table) -> {
      BigInteger off = table.linesSum().figure().subtract(table.declaredTotal().figure()).movePointRight(2)
          .toBigIntegerExact().abs();
      long tolerance = (table.lines().size() + 1) / 2;
      assertTrue(off.longValueExact() <= tolerance, "n lines and a total rounded one by one are off by at most "
          + "⌊(n+1)/2⌋ × 0.01万元: " + table);
      List<Finding> sum = VALIDATOR.validate(notice(unit, table)).findings(NoticeRule.TABLE_SUM.id());
      assertEquals(off.signum() == 0 ? 0 : 1, sum.size(), "every rounding difference is reported: " + table);
      sum.forEach(finding -> assertEquals(Severity.WARNING, finding.severity(), finding::toString));
      sum.forEach(finding -> assertTrue(finding.message().endsWith("(each figure rounded HALF_UP to 0.01万元 on its own)"),
          finding::toString));
      Statistics.label("printed table").collect(off.signum() == 0 ? "adds up" : "off by rounding");
      carriedDown(table, printed);
    });
    // About one printed table in ten is off; 10 % as the floor failed on a seed with 9.5 %, so the floor is 5 %.
    Statistics.label("printed table").coverage(check -> check.check("off by rounding").percentage(p -> p >= 5));
  }

  /** "the printed line above is the printed total below": both round the same exact amount. */
  private static void carriedDown(AllocationTable table, Map<FiscalUnit, AllocationTable> printed) {
    for (AllocationLine line : table.lines()) {
      if (line.recipient() instanceof FiscalUnit unit && printed.containsKey(unit)) {
        assertEquals(line.amount(), printed.get(unit).declaredTotal(), "printed line above equals total below");
      }
    }
  }

  private static TransferNotice notice(FiscalUnit issuer, AllocationTable table) {
    return TransferNotice.builder().title("关于下达测试补助资金的通知").issuer(issuer)
        .issuingAuthority(issuer.name() + "财政局").kind(NoticeKind.FORMAL)
        .addAllocations(GrantAllocation.of(GRANT, table.declaredTotal(), table)).build();
  }
}
