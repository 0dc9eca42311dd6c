package io.github.fiscaltransfer.hierarchy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.fiscaltransfer.money.AmountUnit;
import io.github.fiscaltransfer.money.Cny;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.notice.AllocationLine;
import io.github.fiscaltransfer.notice.AllocationTable;
import io.github.fiscaltransfer.notice.GrantAllocation;
import io.github.fiscaltransfer.notice.NoticeRule;
import io.github.fiscaltransfer.notice.NoticeValidator;
import io.github.fiscaltransfer.notice.TransferNotice;
import io.github.fiscaltransfer.testing.ChainSpec;
import io.github.fiscaltransfer.testing.HierarchyDomain;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;
import net.jqwik.api.statistics.Statistics;

/** A generated parent table that prints one child's line more than once: the roll-up counts every copy. */
@Domain(HierarchyDomain.class)
@Domain(DomainContext.Global.class)
class RollUpDuplicateLinesPropertyTest {

  /**
   * Invariant "roll-up equals the sum of the printed lines": a generated parent table prints one child's line a
   * second time, and every child distributes its line further in a table of its own.
   */
  @Property(tries = 150)
  void rollUpConservesEveryPrintedLine(@ForAll ChainSpec spec, @ForAll @IntRange(max = 100) int pick,
      @ForAll @IntRange(min = 1, max = 3) int copies) {
    int duplicated = pick % spec.size();
    AllocationTable.Builder table = AllocationTable.builder().unit(AmountUnit.YUAN);
    BigDecimal printed = BigDecimal.ZERO;
    for (int i = 0; i < spec.size(); i++) {
      for (int copy = 0; copy < (i == duplicated ? copies : 1); copy++) {
        table.addLines(AllocationLine.of(spec.child(i).issuer(), yuan(spec.amounts().get(i))));
        printed = printed.add(spec.amounts().get(i));
      }
    }
    PrintedAmount total = yuan(printed);
    TransferNotice parent = spec.parent();
    TransferNotice withCopies = TransferNotice.builder().from(parent).allocations(List.of(GrantAllocation.of(
        parent.allocations().get(0).grant(), total, table.declaredTotal(total).build()))).build();
    List<TransferNotice> notices = new ArrayList<>(List.of(withCopies));
    for (int i = 0; i < spec.size(); i++) {
      TransferNotice child = spec.child(i);
      AllocationTable kept = AllocationTable.builder().unit(AmountUnit.YUAN)
          .addLines(AllocationLine.of(spec.child(i).issuer().retainedShare("市本级"), yuan(spec.amounts().get(i))))
          .declaredTotal(yuan(spec.amounts().get(i))).build();
      notices.add(TransferNotice.builder().from(child).allocations(List.of(GrantAllocation.of(
          child.allocations().get(0).grant(), yuan(spec.amounts().get(i)), kept))).build());
    }
    RollUp rollUp = RollUp.of(FundFlow.of(notices));
    assertEquals(0, printed.compareTo(Cny.toYuan(rollUp.total(ChainSpec.GUANGDONG))),
        "roll-up equals the sum of the printed lines: " + rollUp);
    BigDecimal line = spec.amounts().get(duplicated);
    assertEquals(0, line.multiply(BigDecimal.valueOf(copies)).compareTo(
        Cny.toYuan(rollUp.total(spec.child(duplicated).issuer()))), "every copy counts at its recipient: " + rollUp);
    assertEquals(copies - 1, NoticeValidator.builtIn().validate(withCopies)
        .findings(NoticeRule.TABLE_DUPLICATE_RECIPIENT.id()).size(), "each copy after the first is reported");
    Statistics.label("copies").collect(copies);
    Statistics.label("copies").coverage(check -> check.check(2).percentage(p -> p >= 20));
  }

  private static PrintedAmount yuan(BigDecimal figure) {
    return PrintedAmount.of(figure, AmountUnit.YUAN);
  }
}
