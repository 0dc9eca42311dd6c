package io.github.fiscaltransfer.hierarchy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fiscaltransfer.money.Cny;
import io.github.fiscaltransfer.notice.TransferNotice;
import io.github.fiscaltransfer.testing.ChainSpec;
import io.github.fiscaltransfer.testing.HierarchyDomain;
import io.github.fiscaltransfer.validation.Finding;
import io.github.fiscaltransfer.validation.Severity;
import io.github.fiscaltransfer.validation.ValidationReport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;
import net.jqwik.api.statistics.Statistics;

/** Generated chains: clean ones validate clean in any order, and every injected fault is found where it is. */
@Domain(HierarchyDomain.class)
@Domain(DomainContext.Global.class)
class FundFlowPropertyTest {

  @Property(tries = 150)
  void cleanChainHasOnlyTheOrphanInfo(@ForAll ChainSpec spec) {
    collectStatistics(spec);
    FundFlow flow = FundFlow.of(spec.notices());
    ValidationReport report = flow.validate();
    assertEquals(1, report.findings().size(), report::toString);
    Finding orphan = report.findings().get(0);
    assertEquals(ChainRule.ORPHAN.id(), orphan.ruleId());
    assertEquals(Severity.INFO, orphan.severity());
    assertEquals("粤财社〔2021〕307号#/basis/0", orphan.path());
    Statistics.label("children").coverage(check -> {
      check.check("1").percentage(p -> p >= 5);
      check.check("2 to 12").percentage(p -> p >= 50);
    });
    Statistics.label("三保 label").coverage(check -> check.check(true).percentage(p -> p >= 20));
  }

  @Property(tries = 100)
  void chainIsLinkedParentToEveryChild(@ForAll ChainSpec spec) {
    FundFlow flow = FundFlow.of(spec.notices());
    TransferNotice parent = spec.parent();
    assertEquals(List.of(parent), flow.roots());
    assertEquals(List.of(parent), flow.orphans());
    assertEquals(spec.notices().subList(1, spec.size() + 1), flow.children(parent));
    assertEquals(spec.size(), flow.links().size());
    assertEquals(0, Cny.toYuan(RollUp.of(flow).total(ChainSpec.GUANGDONG)).compareTo(
        spec.amounts().stream().reduce(BigDecimal.ZERO, BigDecimal::add)), "roll-up equals the sum of leaves");
    flow.links().forEach(link -> assertTrue(link.line().orElseThrow().amount().isSameAmountAs(link.childAllocation().statedTotal().orElseThrow()),
        "labels unchanged down the chain and amount carried: " + link));
  }

  @Property(tries = 100)
  void shuffledInputGivesTheSameFlowAndFindings(@ForAll ChainSpec spec, @ForAll Random random,
      @ForAll ChainSpec.Fault fault, @ForAll @IntRange(max = 100) int pick) {
    List<TransferNotice> notices = spec.notices(pick % spec.size(), fault);
    List<TransferNotice> shuffled = new ArrayList<>(notices);
    Collections.shuffle(shuffled, random);
    FundFlow ordered = FundFlow.of(notices);
    FundFlow reordered = FundFlow.of(shuffled);
    assertEquals(new HashSet<>(ordered.links()), new HashSet<>(reordered.links()));
    assertEquals(new HashSet<>(ordered.roots()), new HashSet<>(reordered.roots()));
    assertEquals(new HashSet<>(ordered.validate().findings()), new HashSet<>(reordered.validate().findings()));
  }

  @Property(tries = 200)
  void everySingleFaultIsFoundAndLocated(@ForAll ChainSpec spec, @ForAll ChainSpec.Fault fault,
      @ForAll @IntRange(max = 100) int pick) {
    int faulty = pick % spec.size();
    Statistics.label("fault").collect(fault);
    ValidationReport report = FundFlow.of(spec.notices(faulty, fault)).validate();
    String path = ChainSpec.childNumber(faulty) + "#/allocations/0" + fault.field();
    List<Finding> found = report.findings(fault.rule().id());
    assertEquals(1, found.size(), report::toString);
    assertEquals(path, found.get(0).path());
    assertEquals(path, fault.path(faulty));
    assertEquals(Severity.ERROR, found.get(0).severity());
    assertEquals(2, report.findings().size(), "only the fault and the orphan info: " + report);
    Statistics.label("fault").coverage(check -> {
      for (ChainSpec.Fault each : ChainSpec.Fault.values()) {
        check.check(each).percentage(p -> p >= 5);
      }
    });
  }

  /**
   * Issue #31: a chain is exact. A child that keeps part of its grant and distributes the rest, stating (and giving
   * out) one fen more than its parent's line, is exactly one ERROR chain.amount — not a chain.subtotal as well.
   */
  @Property(tries = 150)
  void aChildOneFenOffItsParentsLineIsExactlyOneChainAmountError(@ForAll ChainSpec spec,
      @ForAll @IntRange(max = 100) int pick) {
    int faulty = pick % spec.size();
    ValidationReport report = FundFlow.of(spec.distributingNotices(faulty, ChainSpec.Fault.ONE_FEN_MORE)).validate();
    List<Finding> errors = report.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
    assertEquals(1, errors.size(), report::toString);
    assertEquals(ChainRule.AMOUNT.id(), errors.get(0).ruleId());
    assertEquals(ChainSpec.Fault.ONE_FEN_MORE.path(faulty), errors.get(0).path());
    assertTrue(errors.get(0).message().contains("(difference 0.01元)"), errors.get(0).message());
    assertEquals(List.of(), RollUp.subtotals(FundFlow.of(spec.distributingNotices(faulty,
        ChainSpec.Fault.YEAR_CHANGED))).findings(), "a clean roll-up has no subtotal finding");
  }

  /**
   * Issue #32: a child that pays a grant of its own out of its parent's money (从《…》中支付) is linked through the
   * citation typed as its source, whether or not the parent prints its table. Invariants: "every child is linked
   * below the parent"; "without the parent's table, each link is one chain.unchecked info and nothing else";
   * "with it, paying part of the line is no finding, and paying one fen more is exactly one chain.amount error".
   */
  @Property(tries = 150)
  void aChildPaidOutOfItsParentIsLinkedAndNeverAFalseError(@ForAll ChainSpec spec, @ForAll boolean tableSupplied,
      @ForAll boolean overpays, @ForAll @IntRange(max = 100) int pick) {
    int overpaying = overpays ? pick % spec.size() : -1;
    Statistics.label("parent's table").collect(tableSupplied ? "printed" : "in an attachment not supplied");
    Statistics.label("a child pays more than its line").collect(overpays);
    FundFlow flow = FundFlow.of(spec.payingNotices(tableSupplied, overpaying));
    assertEquals(List.of(flow.notices().get(0)), flow.roots(), "every child is linked below the parent");
    assertEquals(spec.size(), flow.links().size());
    flow.links().forEach(link -> assertEquals(tableSupplied, link.line().isPresent(), link::toString));
    List<Finding> findings = flow.validate().findings().stream()
        .filter(f -> !f.ruleId().equals(ChainRule.ORPHAN.id())).toList();
    if (!tableSupplied) {
      assertEquals(spec.size(), findings.size(), findings::toString);
      findings.forEach(f -> {
        assertEquals(ChainRule.UNCHECKED.id(), f.ruleId());
        assertEquals(Severity.INFO, f.severity());
      });
    } else if (overpays) {
      assertEquals(1, findings.size(), findings::toString);
      assertEquals(ChainSpec.Fault.ONE_FEN_MORE.path(overpaying), findings.get(0).path());
      assertEquals(Severity.ERROR, findings.get(0).severity());
      assertEquals(ChainRule.AMOUNT.id(), findings.get(0).ruleId());
    } else {
      assertEquals(List.of(), findings);
    }
    Statistics.label("parent's table").coverage(check -> {
      check.check("printed").percentage(p -> p >= 30);
      check.check("in an attachment not supplied").percentage(p -> p >= 30);
    });
    Statistics.label("a child pays more than its line").coverage(check -> check.check(true).percentage(p -> p >= 30));
  }

  private static void collectStatistics(ChainSpec spec) {
    Statistics.label("children").collect(spec.size() == 1 ? "1" : "2 to 12");
    Statistics.label("三保 label").collect(spec.guaranteeLabel());
    Statistics.label("subject").collect(spec.childSubjects().contains("21015") ? "some equal to parent's"
        : "all under parent's");
  }
}
