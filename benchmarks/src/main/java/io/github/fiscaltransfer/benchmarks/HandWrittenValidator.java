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
 * {@code HashMap} indexes, doing the library's table checks (the sum with its rounding envelope, duplicate
 * recipients, sign, precision) and chain checks (a notice linked to its parent's line by document number and
 * recipient; amount, project code, labels, subject prefix, fiscal year; and, as {@code FundFlow.validate} does
 * since #18, each line that is distributed further against the exact roll-up below it). It reports each finding
 * as the document, the library's rule id and the severity, so that a test can compare it with the library's.
 */
final class HandWrittenValidator {

  private static final BigDecimal HALF_FEN = new BigDecimal("0.005");

  /** A finding: the document it is in (the child's, for a chain rule), the rule id, the severity. */
  record Finding(String document, String rule, String severity) {}

  /** A parent's line that a child's table distributes further. */
  private record Subtotal(String document, Line line, Table below) {}

  /** The exact yuan that ends below a line, and the rounding its printed figures can explain. */
  private record Rolled(BigDecimal yuan, BigDecimal tolerance) {}

  private final List<Finding> findings = new ArrayList<>();
  private final Map<Table, Map<String, Line>> linesByRecipient = new IdentityHashMap<>();
  private final List<Subtotal> subtotals = new ArrayList<>();
  private final Map<Line, Table> furtherBelow = new IdentityHashMap<>();
  private final Map<Table, Rolled> rolled = new IdentityHashMap<>();

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
      BigDecimal envelope = BigDecimal.valueOf((table.lines().size() + 1) / 2, total.figure().scale());
      report(document, "table.sum", difference.compareTo(envelope) <= 0 ? "WARNING" : "ERROR");
    }
  }

  private void checkLinks(Notice parent, Notice child) {
    for (Allocation below : child.allocations()) {
      for (Allocation above : parent.allocations()) {
        Line line = above.table() == null || !sameGrant(above.grant(), below.grant()) ? null
            : linesByRecipient.get(above.table()).get(child.issuer());
        if (line != null) {
          checkLink(child.number(), line.amount(), below.stated(), above.grant(), below.grant());
          if (below.table() != null) {
            subtotals.add(new Subtotal(parent.number(), line, below.table()));
            furtherBelow.putIfAbsent(line, below.table());
          }
        }
      }
    }
  }

  private static boolean sameGrant(Grant above, Grant below) {
    return above.projectCode() != null && above.projectCode().equals(below.projectCode())
        || above.name().equals(below.name());
  }

  private void checkLink(String document, Amount given, Amount stated, Grant above, Grant below) {
    BigDecimal difference = stated.yuan().subtract(given.yuan()).abs();
    if (difference.signum() != 0) {
      report(document, "chain.amount", difference.compareTo(halfStep(given)) <= 0 ? "WARNING" : "ERROR");
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

  /** Half a printed step in yuan, or zero for a figure printed to the fen. */
  private static BigDecimal halfStep(Amount amount) {
    BigDecimal half = BigDecimal.valueOf(5, amount.figure().scale() + 1).movePointRight(amount.exponent());
    return half.compareTo(HALF_FEN) > 0 ? half : BigDecimal.ZERO;
  }

  private void checkSubtotal(Subtotal subtotal) {
    Rolled below = rollUp(subtotal.below());
    BigDecimal difference = below.yuan().subtract(subtotal.line().amount().yuan()).abs();
    if (difference.signum() != 0) {
      BigDecimal tolerance = halfStep(subtotal.line().amount()).add(below.tolerance());
      report(subtotal.document(), "chain.subtotal", difference.compareTo(tolerance) <= 0 ? "WARNING" : "ERROR");
    }
  }

  /** What ends below a table: its lines, each replaced by the roll-up of the table that distributes it further. */
  private Rolled rollUp(Table table) {
    Rolled known = rolled.get(table);
    if (known == null) {
      BigDecimal yuan = BigDecimal.ZERO;
      BigDecimal tolerance = BigDecimal.ZERO;
      for (Line line : table.lines()) {
        Table below = furtherBelow.get(line);
        Rolled part = below != null ? rollUp(below) : new Rolled(line.amount().yuan(), halfStep(line.amount()));
        yuan = yuan.add(part.yuan());
        tolerance = tolerance.add(part.tolerance());
      }
      known = new Rolled(yuan, tolerance);
      rolled.put(table, known);
    }
    return known;
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
