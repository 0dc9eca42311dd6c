package io.github.fiscaltransfer.benchmarks;

import io.github.fiscaltransfer.benchmarks.PlainNotices.Allocation;
import io.github.fiscaltransfer.benchmarks.PlainNotices.Amount;
import io.github.fiscaltransfer.benchmarks.PlainNotices.Grant;
import io.github.fiscaltransfer.benchmarks.PlainNotices.Label;
import io.github.fiscaltransfer.benchmarks.PlainNotices.Line;
import io.github.fiscaltransfer.benchmarks.PlainNotices.Notice;
import io.github.fiscaltransfer.benchmarks.PlainNotices.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * BASELINE, not library code: the validator a user would write by hand on {@link PlainNotices} with
 * {@code HashMap} indexes, doing the library's table checks (the sum, exact unless the table is declared rounded and
 * then within its rounding envelope; duplicate recipients, sign, precision) and chain checks (a notice linked to its
 * parent's line by document number and recipient; amount, project code, labels, subject prefix, fiscal year; and,
 * as {@code FundFlow.validate} does since #31, each line that is distributed further against what the child's table
 * gives out, unless that is what the child states, which the amount check reports). It reports each finding as the
 * document, the library's rule id and the severity, so that a test can compare it with the library's.
 */
final class HandWrittenValidator {

  /** A finding: the document it is in (the child's, for a chain rule), the rule id, the severity. */
  record Finding(String document, String rule, String severity) {}

  /** A parent's line that a child's table distributes further, with the child's stated total. */
  private record Subtotal(String document, Line line, Table above, Amount stated, Table below) {}

  private final List<Finding> findings = new ArrayList<>();
  private final Map<Table, Map<String, Line>> linesByRecipient = new IdentityHashMap<>();
  private final List<Subtotal> subtotals = new ArrayList<>();

  private HandWrittenValidator() {}

  /** Returns every finding of the notices' tables and of the chains they form. */
  static List<Finding> validate(List<Notice> notices) {
    HandWrittenValidator validator = new HandWrittenValidator();
    Map<String, Notice> byNumber = new HashMap<>(notices.size() * 4 / 3 + 1);
    for (Notice notice : notices) {
      byNumber.put(notice.number(), notice);
      for (Allocation allocation : notice.allocations()) {
        if (allocation.table() != null) {
          validator.checkTable(notice.number(), allocation.table());
        }
      }
    }
    for (Notice child : notices) {
      List<String> cited = child.cited();
      for (int i = 0; i < cited.size(); i++) {
        Notice parent = byNumber.get(cited.get(i));
        if (parent != null && cited.indexOf(cited.get(i)) == i) {
          validator.checkLinks(parent, child);
        }
      }
    }
    validator.subtotals.forEach(validator::checkSubtotal);
    return validator.findings;
  }

  private void checkTable(String document, Table table) {
    Amount total = table.total();
    Map<String, Line> byRecipient = new HashMap<>(table.lines().size() * 4 / 3 + 1);
    BigDecimal sum = BigDecimal.ZERO;
    for (Line line : table.lines()) {
      BigDecimal figure = line.amount().figure();
      sum = sum.add(figure);
      if (byRecipient.putIfAbsent(line.recipient(), line) != null) {
        report(document, "table.duplicate-recipient", "ERROR");
      }
      if (figure.signum() < 0) {
        report(document, "table.negative-line", "ERROR");
      }
      if (figure.scale() > total.figure().scale()) {
        report(document, "table.precision", "ERROR");
      }
    }
    linesByRecipient.put(table, byRecipient);
    BigDecimal difference = sum.subtract(total.figure()).abs();
    if (difference.signum() != 0) {
      report(document, "table.sum", table.rounded() && difference.compareTo(envelope(table)) <= 0 ? "WARNING" : "ERROR");
    }
  }

  private void checkLinks(Notice parent, Notice child) {
    for (Allocation below : child.allocations()) {
      for (Allocation above : parent.allocations()) {
        Line line = above.table() == null || !sameGrant(above.grant(), below.grant()) ? null
            : linesByRecipient.get(above.table()).get(child.issuer());
        if (line != null) {
          boolean rounded = above.table().rounded() || below.table() != null && below.table().rounded();
          checkLink(child.number(), line.amount(), below.stated(), rounded, above.grant(), below.grant());
          if (below.table() != null) {
            subtotals.add(new Subtotal(parent.number(), line, above.table(), below.stated(), below.table()));
          }
        }
      }
    }
  }

  private static boolean sameGrant(Grant above, Grant below) {
    return above.projectCode() != null && above.projectCode().equals(below.projectCode())
        || above.name().equals(below.name());
  }

  private void checkLink(String document, Amount given, Amount stated, boolean rounded, Grant above, Grant below) {
    BigDecimal difference = stated.yuan().subtract(given.yuan()).abs();
    if (difference.signum() != 0) {
      boolean within = rounded && difference.compareTo(halfStep(quantum(given).compareTo(quantum(stated)) >= 0
          ? given : stated)) <= 0;
      report(document, "chain.amount", within ? "WARNING" : "ERROR");
    }
    if (above.projectCode() != null && !above.projectCode().equals(below.projectCode())) {
      report(document, "chain.project-code", "ERROR");
    }
    above.labels().forEach((kind, label) -> checkLabel(document, label, below.labels().get(kind)));
    if (!below.subject().startsWith(above.subject())) {
      report(document, "chain.subject", "ERROR");
    }
    if (above.year() != below.year()) {
      report(document, "chain.fiscal-year", "ERROR");
    }
  }

  /** Half a printed step in yuan. */
  private static BigDecimal halfStep(Amount amount) {
    return quantum(amount).divide(BigDecimal.valueOf(2));
  }

  /** The printed step in yuan. */
  private static BigDecimal quantum(Amount amount) {
    return BigDecimal.valueOf(1, amount.figure().scale()).movePointRight(amount.exponent());
  }

  /** What rounding a table's lines and total explain, in its figures: ⌊(n+1)/2⌋ printed steps. */
  private static BigDecimal envelope(Table table) {
    return BigDecimal.valueOf((table.lines().size() + 1) / 2, table.total().figure().scale());
  }

  /** The child's table against the parent's line, unless it gives out what the child states (an amount finding). */
  private void checkSubtotal(Subtotal subtotal) {
    BigDecimal yuan = BigDecimal.ZERO;
    for (Line line : subtotal.below().lines()) {
      yuan = yuan.add(line.amount().yuan());
    }
    BigDecimal given = subtotal.line().amount().yuan();
    if (yuan.compareTo(given) == 0 || yuan.compareTo(subtotal.stated().yuan()) == 0) {
      return;
    }
    BigDecimal difference = yuan.subtract(given).abs();
    boolean within = subtotal.below().rounded()
        ? difference.compareTo(envelope(subtotal.below()).movePointRight(subtotal.below().total().exponent())) <= 0
        : subtotal.above().rounded() && difference.compareTo(halfStep(subtotal.line().amount())) <= 0;
    report(subtotal.document(), "chain.subtotal", within ? "WARNING" : "ERROR");
  }

  private void checkLabel(String document, Label above, Label below) {
    if (below == null || !below.code().equals(above.code())) {
      report(document, "chain.label", "ERROR");
    } else if (!below.wording().equals(above.wording())) {
      report(document, "chain.label", "INFO");
    }
  }

  private void report(String document, String rule, String severity) {
    findings.add(new Finding(document, rule, severity));
  }
}
