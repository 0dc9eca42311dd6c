package io.github.fiscaltransfer.hierarchy;

import io.github.fiscaltransfer.money.AmountUnit;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.notice.AllocationLine;
import io.github.fiscaltransfer.notice.AllocationTable;
import io.github.fiscaltransfer.notice.GrantAllocation;
import io.github.fiscaltransfer.validation.Finding;
import io.github.fiscaltransfer.validation.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code chain.subtotal} check: each line a parent prints for a child that distributes it further is a rounded
 * subtotal of the money that ends below, which is rolled up exactly and compared with it; rounding explains a
 * difference up to half a step of the subtotal plus half a step of every line rolled up.
 */
final class Subtotals {

  private final Map<GrantAllocation, List<FundLink>> further = new IdentityHashMap<>();
  /** Per parent allocation, the child allocation each of its lines is distributed further by (the first link). */
  private final Map<GrantAllocation, Map<AllocationLine, GrantAllocation>> childOfLine = new IdentityHashMap<>();
  /** Each allocation's roll-up, computed once: a national flow asks for a county's at every level above it. */
  private final Map<GrantAllocation, Rolled> rolledUp = new IdentityHashMap<>();

  private Subtotals(FundFlow flow) {
    flow.links().stream().filter(link -> link.childAllocation().table().isPresent()).forEach(link -> {
      further.computeIfAbsent(link.parentAllocation(), key -> new ArrayList<>()).add(link);
      childOfLine.computeIfAbsent(link.parentAllocation(), key -> new IdentityHashMap<>())
          .putIfAbsent(link.line(), link.childAllocation());
    });
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
    if (below.sum().isSameAmountAs(subtotal)) {
      return;
    }
    BigDecimal difference = below.yuan().subtract(subtotal.toYuan());
    BigDecimal tolerance = ChainChecks.halfStep(subtotal).add(below.tolerance());
    boolean rounding = difference.abs().compareTo(tolerance) <= 0;
    String rolledUp = PrintedAmount.formatYuan(below.yuan(), subtotal.unit());
    findings.add(ChainRule.SUBTOTAL.finding(rounding ? Severity.WARNING : Severity.ERROR, link.linePointer().child("amount"),
        subtotal, rolledUp, "the money ending below " + link.child().issuer().name() + " rolls up to " + rolledUp
            + ", printed as " + subtotal + "; " + (rounding ? "within" : "more than") + " the ±"
            + PrintedAmount.formatYuan(tolerance, subtotal.unit()) + " that rounding the printed figures can explain")
        .in(link.parent().reference()));
  }

  private Rolled rolled(GrantAllocation allocation) {
    Rolled known = rolledUp.get(allocation);
    if (known != null) {
      return known;
    }
    Map<AllocationLine, GrantAllocation> below = childOfLine.getOrDefault(allocation, Map.of());
    AllocationTable table = allocation.table().orElseThrow();
    PrintedAmount sum = PrintedAmount.of(BigDecimal.ZERO, AmountUnit.YUAN);
    // Where every line ends here (most tables of a national flow), the table adds them up on its lines' longs;
    // only the value of a roll-up is used, never its scale.
    PrintedAmount linesSum = below.isEmpty() ? linesSum(table) : null;
    sum = linesSum == null ? sum : sum.plus(linesSum);
    BigDecimal tolerance = BigDecimal.ZERO;
    List<AllocationLine> lines = table.lines();
    for (int i = 0; i < lines.size(); i++) {
      AllocationLine line = lines.get(i);
      GrantAllocation child = below.isEmpty() ? null : below.get(line);
      Rolled part = child == null ? null : rolled(child);
      // A line that ends where it is printed adds its amount, within half its printed step; no Rolled of its own.
      if (part != null) {
        sum = sum.plus(part.sum());
      } else if (linesSum == null) {
        sum = sum.plus(line.amount());
      }
      BigDecimal partTolerance = part != null ? part.tolerance() : ChainChecks.halfStep(line.scale(), line.unit());
      tolerance = partTolerance.signum() == 0 ? tolerance : tolerance.add(partTolerance);
    }
    Rolled rolled = new Rolled(sum, tolerance);
    rolledUp.put(allocation, rolled);
    return rolled;
  }

  /** The table's sum of its lines, or null where it has more digits than an amount holds (added line by line). */
  private static PrintedAmount linesSum(AllocationTable table) {
    try {
      return table.linesSum();
    } catch (IllegalArgumentException beyondAnAmount) {
      return null;
    }
  }

  /** The exact sum (on the compact amounts, in yuan) of what ends below, and what rounding it can explain. */
  private record Rolled(PrintedAmount sum, BigDecimal tolerance) {

    BigDecimal yuan() {
      return sum.toYuan();
    }
  }
}
