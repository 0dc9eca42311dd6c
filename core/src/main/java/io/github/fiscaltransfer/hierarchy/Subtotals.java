package io.github.fiscaltransfer.hierarchy;

import io.github.fiscaltransfer.money.Precision;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.money.RoundingEnvelope;
import io.github.fiscaltransfer.notice.AllocationLine;
import io.github.fiscaltransfer.notice.AllocationTable;
import io.github.fiscaltransfer.validation.Arguments;
import io.github.fiscaltransfer.validation.Finding;
import io.github.fiscaltransfer.validation.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code chain.subtotal} check: a parent's line for a child that distributes it further is a subtotal of the
 * money that ends below it, so the child's table gives it out exactly (within the envelope only where a table on the
 * link is declared rounded). Each shortfall is reported once, where it happens: a table that gives out what the
 * child states is {@code chain.amount}'s case, and a line the child distributes further is checked at its own link.
 * With no {@code chain.amount} and no {@code chain.subtotal} finding, every line equals the exact roll-up of all
 * that ends below it.
 */
final class Subtotals {

  private Subtotals() {}

  static List<Finding> check(FundFlow flow) {
    List<Finding> findings = new ArrayList<>();
    for (FundLink link : flow.links()) {
      link.childAllocation().table().ifPresent(table -> check(link, table, findings));
    }
    return findings;
  }

  private static void check(FundLink link, AllocationTable table, List<Finding> findings) {
    PrintedAmount given = link.line().amount();
    PrintedAmount linesSum = linesSum(table);
    if (linesSum != null && (linesSum.isSameAmountAs(given)
        || link.childAllocation().statedTotal().filter(linesSum::isSameAmountAs).isPresent())) {
      return; // the table gives out the line, or what the child states, and chain.amount reports the statement
    }
    BigDecimal yuan = linesSum != null ? linesSum.toYuan() : yuan(table);
    Precision precision = ChainChecks.precision(link.childAllocation(), link.parentAllocation());
    RoundingEnvelope envelope = table.precision().isExact() ? RoundingEnvelope.ofFigure(given)
        : RoundingEnvelope.ofTotal(table.lines().size(), table.unit(), table.scale());
    BigDecimal difference = envelope.unit().fromYuan(yuan.subtract(given.toYuan()));
    String sum = linesSum != null ? linesSum.toString() : PrintedAmount.format(table.unit().fromYuan(yuan), table.unit());
    String differenceText = linesSum != null ? linesSum.formatDifference(given)
        : PrintedAmount.formatYuan(yuan.subtract(given.toYuan()), table.unit());
    String below = link.child().issuer().name();
    Severity severity = precision.explains(difference, envelope) ? Severity.WARNING : Severity.ERROR;
    findings.add(ChainRule.SUBTOTAL.finding(severity, link.linePointer().child("amount"), given, sum,
        Arguments.of("unit", below).and("sum", sum).and("given", given).and("difference", differenceText)
            .and(precision.judgement(difference, envelope))).in(link.parent().reference()));
  }

  /** The table's sum of its lines, or null where it has more digits than an amount holds (added in yuan). */
  private static PrintedAmount linesSum(AllocationTable table) {
    try {
      return table.linesSum();
    } catch (IllegalArgumentException beyondAnAmount) {
      return null;
    }
  }

  private static BigDecimal yuan(AllocationTable table) {
    BigDecimal sum = BigDecimal.ZERO;
    for (AllocationLine line : table.lines()) {
      sum = sum.add(line.amount().toYuan());
    }
    return sum;
  }
}
