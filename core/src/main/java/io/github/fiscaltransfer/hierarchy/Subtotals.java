package io.github.fiscaltransfer.hierarchy;

import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.notice.AllocationLine;
import io.github.fiscaltransfer.notice.GrantAllocation;
import io.github.fiscaltransfer.validation.Finding;
import io.github.fiscaltransfer.validation.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code chain.subtotal} check: each line a parent prints for a child that distributes it further is a rounded
 * subtotal of the money that ends below, which is rolled up exactly and compared with it; rounding explains a
 * difference up to half a step of the subtotal plus half a step of every line rolled up.
 */
final class Subtotals {

  private final Map<GrantAllocation, List<FundLink>> further = new IdentityHashMap<>();

  private Subtotals(FundFlow flow) {
    flow.links().stream().filter(link -> link.childAllocation().table().isPresent())
        .forEach(link -> further.computeIfAbsent(link.parentAllocation(), key -> new ArrayList<>()).add(link));
  }

  static List<Finding> check(FundFlow flow) {
    Subtotals subtotals = new Subtotals(flow);
    List<Finding> findings = new ArrayList<>();
    subtotals.further.values().forEach(links -> links.forEach(link -> subtotals.check(link, findings)));
    return findings;
  }

  private void check(FundLink link, List<Finding> findings) {
    PrintedAmount subtotal = link.line().amount();
    Rolled below = rolled(link.childAllocation());
    BigDecimal difference = below.yuan().subtract(subtotal.toYuan());
    if (difference.signum() == 0) {
      return;
    }
    BigDecimal tolerance = ChainChecks.halfStep(subtotal).add(below.tolerance());
    boolean rounding = difference.abs().compareTo(tolerance) <= 0;
    String rolledUp = below.yuan().stripTrailingZeros().toPlainString() + "元";
    findings.add(ChainRule.SUBTOTAL.finding(rounding ? Severity.WARNING : Severity.ERROR, link.linePointer().child("amount"),
        subtotal, rolledUp, "the money ending below " + link.child().issuer().name() + " rolls up to " + rolledUp
            + ", printed as " + subtotal + "; " + (rounding ? "within" : "more than") + " the ±"
            + tolerance.stripTrailingZeros().toPlainString() + "元 that rounding the printed figures can explain")
        .in(link.parent().reference()));
  }

  private Rolled rolled(GrantAllocation allocation) {
    BigDecimal yuan = BigDecimal.ZERO;
    BigDecimal tolerance = BigDecimal.ZERO;
    for (AllocationLine line : allocation.table().orElseThrow().lines()) {
      Rolled part = furtherBelow(allocation, line).map(this::rolled)
          .orElseGet(() -> new Rolled(line.amount().toYuan(), ChainChecks.halfStep(line.amount())));
      yuan = yuan.add(part.yuan());
      tolerance = tolerance.add(part.tolerance());
    }
    return new Rolled(yuan, tolerance);
  }

  private Optional<GrantAllocation> furtherBelow(GrantAllocation allocation, AllocationLine line) {
    return further.getOrDefault(allocation, List.of()).stream().filter(link -> link.line() == line)
        .map(FundLink::childAllocation).findFirst();
  }

  private record Rolled(BigDecimal yuan, BigDecimal tolerance) {}
}
