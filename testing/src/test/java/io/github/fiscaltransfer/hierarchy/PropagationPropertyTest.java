package io.github.fiscaltransfer.hierarchy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fiscaltransfer.allocation.Allocation;
import io.github.fiscaltransfer.allocation.AllocationInvariants;
import io.github.fiscaltransfer.allocation.AllocationRequest;
import io.github.fiscaltransfer.notice.AllocationLine;
import io.github.fiscaltransfer.notice.AllocationTable;
import io.github.fiscaltransfer.testing.HierarchyDomain;
import io.github.fiscaltransfer.testing.WeightTree;
import io.github.fiscaltransfer.unit.FiscalUnit;
import io.github.fiscaltransfer.unit.Recipient;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;
import net.jqwik.api.statistics.Statistics;

/** Conservation down generated weight trees of up to four levels below 中央, as named invariants. */
@Domain(HierarchyDomain.class)
@Domain(DomainContext.Global.class)
class PropagationPropertyTest {

  @Property(tries = 200)
  void moneyIsConservedAtEveryLevel(@ForAll WeightTree tree) {
    collectStatistics(tree);
    Propagation propagation = tree.builder(List.copyOf(tree.recipients().keySet())).build();
    propagation.tables().forEach((unit, table) -> {
      assertEquals(table.declaredTotal(), table.linesSum(), "allocation sums to its total: " + table);
      Allocation allocation = propagation.allocation(unit).orElseThrow();
      AllocationInvariants.sumsToItsTotal(allocation);
      AllocationInvariants.withinOneStepOfShare(allocation);
    });
    RollUp rollUp = RollUp.of(propagation);
    assertTrue(rollUp.total(FiscalUnit.central()).isEqualTo(tree.total()), "leaves sum to the root");
    for (AllocationTable table : propagation.tables().values()) {
      for (AllocationLine line : table.lines()) {
        propagation.table(line.recipient().unit()).filter(below -> line.recipient() instanceof FiscalUnit)
            .ifPresent(below -> assertTrue(below.declaredTotal().isSameAmountAs(line.amount()),
                "each level distributes exactly its line above: " + line));
        if (line.recipient() instanceof FiscalUnit unit) {
          assertTrue(rollUp.total(unit).isEqualTo(line.amount().toAmount()),
              "roll-up of a unit equals its line above: " + line);
        }
      }
    }
    Statistics.label("depth").coverage(check -> check.check(4).percentage(p -> p >= 5));
    Statistics.label("fan-out").coverage(check -> check.check("wide (20–40)").percentage(p -> p >= 5));
    Statistics.label("retained share").coverage(check -> check.check(true).percentage(p -> p >= 20));
  }

  @Property(tries = 100)
  void everyTableIsThePublicAllocationOfItsLineAboveAmongItsRecipients(@ForAll WeightTree tree) {
    Map<Recipient, BigDecimal> weights = tree.recipients();
    Propagation propagation = tree.builder(List.copyOf(weights.keySet())).build();
    propagation.tables().forEach((unit, table) -> {
      Allocation allocation = propagation.allocation(unit).orElseThrow();
      AllocationRequest.Builder request = AllocationRequest.builder().total(table.declaredTotal().toAmount())
          .quantum(allocation.request().quantum());
      table.lines().forEach(line -> request.recipient(line.recipient().name(), weights.get(line.recipient())));
      Allocation expected = request.build().allocate();
      assertEquals(expected, allocation, "the allocation of " + unit.name());
      for (int i = 0; i < table.lines().size(); i++) {
        assertEquals(expected.lines().get(i).printedAmount(), table.lines().get(i).amount(),
            "a line of " + unit.name());
      }
    });
  }

  @Property(tries = 100)
  void deterministicAndIndependentOfChildOrder(@ForAll WeightTree tree, @ForAll Random random) {
    List<Recipient> given = List.copyOf(tree.recipients().keySet());
    List<Recipient> shuffled = new ArrayList<>(given);
    Collections.shuffle(shuffled, random);
    shuffled.sort(Comparator.comparingInt(WeightTree::depthOf));
    Propagation first = tree.builder(given).build();
    assertEquals(first.tables(), tree.builder(given).build().tables(), "propagation is deterministic");
    Propagation reordered = tree.builder(shuffled).build();
    assertEquals(first.tables().keySet(), reordered.tables().keySet());
    first.tables().forEach((unit, table) -> table.lines().forEach(line -> assertEquals(line,
        reordered.table(unit).flatMap(other -> other.line(line.recipient())).orElseThrow(),
        "a line does not depend on its siblings' order")));
  }

  private static void collectStatistics(WeightTree tree) {
    Map<Recipient, ?> recipients = tree.recipients();
    Statistics.label("depth").collect(tree.depth());
    long widest = tree.maxWidth();
    Statistics.label("fan-out").collect(widest >= 20 ? "wide (20–40)" : widest >= 5 ? "5–19" : "0–4");
    Statistics.label("retained share").collect(recipients.keySet().stream().anyMatch(r -> !(r instanceof FiscalUnit)));
    Statistics.label("nodes").collect(recipients.size() >= 500 ? "≥ 500" : recipients.size() >= 50 ? "50–499"
        : "< 50");
  }
}
