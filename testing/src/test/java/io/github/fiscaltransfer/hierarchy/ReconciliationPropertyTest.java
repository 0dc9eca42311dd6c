package io.github.fiscaltransfer.hierarchy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fiscaltransfer.money.Cny;
import io.github.fiscaltransfer.notice.AllocationLine;
import io.github.fiscaltransfer.notice.AllocationTable;
import io.github.fiscaltransfer.testing.HierarchyDomain;
import io.github.fiscaltransfer.unit.Recipient;
import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;
import net.jqwik.api.statistics.Statistics;

/** 多退少补 as named invariants: pre + delta = formal per recipient, and the deltas add up to the change. */
@Domain(HierarchyDomain.class)
@Domain(DomainContext.Global.class)
class ReconciliationPropertyTest {

  @Property(tries = 200)
  void preplusDeltaIsFormalAndDeltasAddUpToTheChange(@ForAll HierarchyDomain.TablePair pair) {
    Reconciliation reconciliation = Reconciliation.of(pair.pre(), pair.formal());
    Statistics.label("tables").collect(pair.pre().equals(pair.formal()) ? "identical"
        : pair.pre().lines().isEmpty() || pair.formal().lines().isEmpty() ? "one empty" : "different");
    for (RecipientDelta delta : reconciliation.deltas()) {
      assertEquals(0, figure(pair.pre(), delta.recipient()).add(Cny.toYuan(delta.delta()))
          .compareTo(figure(pair.formal(), delta.recipient())), "pre + delta == formal for " + delta);
    }
    BigDecimal change = pair.formal().linesSum().toYuan().subtract(pair.pre().linesSum().toYuan());
    assertEquals(0, Cny.toYuan(reconciliation.netDelta()).compareTo(change), "sum(delta) == formal − pre");
    int recipients = Math.max(pair.pre().lines().size(), pair.formal().lines().size());
    assertEquals(recipients, reconciliation.deltas().size(), "one delta per recipient of either table");
    Statistics.label("tables").coverage(check -> {
      check.check("identical").percentage(p -> p >= 10);
      check.check("different").percentage(p -> p >= 40);
    });
  }

  @Property(tries = 100)
  void identicalTablesReconcileToZero(@ForAll HierarchyDomain.TablePair pair) {
    Reconciliation reconciliation = Reconciliation.of(pair.pre(), pair.pre());
    assertTrue(reconciliation.isUnchanged());
    reconciliation.deltas().forEach(d -> assertTrue(d.delta().isZero(), d::toString));
    assertTrue(reconciliation.netDelta().isZero());
  }

  private static BigDecimal figure(AllocationTable table, Recipient recipient) {
    return table.line(recipient).map(AllocationLine::amount).map(a -> a.toYuan()).orElse(BigDecimal.ZERO);
  }
}
