package io.github.fiscaltransfer.notice;

import io.github.fiscaltransfer.money.Precision;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.money.RoundingEnvelope;
import io.github.fiscaltransfer.unit.FiscalUnit;
import io.github.fiscaltransfer.unit.Recipient;
import io.github.fiscaltransfer.unit.RetainedShare;
import io.github.fiscaltransfer.unit.UnknownRecipient;
import io.github.fiscaltransfer.validation.Arguments;
import io.github.fiscaltransfer.validation.Finding;
import io.github.fiscaltransfer.validation.JsonPointer;
import io.github.fiscaltransfer.validation.Severity;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The rules of one allocation table, checked for an issuer. */
final class TableRules {

  private TableRules() {}

  /** Tables up to this many lines look for a repeated recipient among the lines before, not in a hash set. */
  private static final int SMALL_TABLE = 32;

  static void check(AllocationTable table, FiscalUnit issuer, JsonPointer path, List<Finding> findings) {
    checkSum(table, path, findings);
    List<AllocationLine> lines = table.lines();
    Set<Recipient> seen = lines.size() <= SMALL_TABLE ? null : new HashSet<>(lines.size() * 4 / 3 + 1);
    for (int i = 0; i < lines.size(); i++) {
      AllocationLine line = lines.get(i);
      if (seen != null ? !seen.add(line.recipient()) : repeats(lines, i)) {
        findings.add(NoticeRule.TABLE_DUPLICATE_RECIPIENT.finding(linePath(path, i, "recipient"),
            "one line a recipient", line.recipient().name(), Arguments.of("recipient", line.recipient().name())));
      }
      checkAmount(table, line, path, i, findings);
      checkRecipient(line.recipient(), issuer, path, i, findings);
    }
  }

  /**
   * Whether line i's recipient has a line before it: a national flow has 80,000 tables of about 14 lines, where
   * comparing each line with those before (their hashes first) is cheaper than filling a hash set.
   */
  private static boolean repeats(List<AllocationLine> lines, int i) {
    Recipient recipient = lines.get(i).recipient();
    for (int j = 0; j < i; j++) {
      if (lines.get(j).recipient().equals(recipient)) {
        return true;
      }
    }
    return false;
  }

  /** The pointer to a field of line i; built only for a finding, since a clean table has a million lines. */
  private static JsonPointer linePath(JsonPointer path, int i, String field) {
    return path.element("lines", i).child(field);
  }

  /**
   * The lines must add up to the declared total: exactly, or, in a table declared rounded, within its
   * {@link RoundingEnvelope} as a warning naming the declaration ({@link Precision} judges).
   */
  private static void checkSum(AllocationTable table, JsonPointer path, List<Finding> findings) {
    BigDecimal sum = table.linesFigureSum();
    PrintedAmount total = table.declaredTotal();
    BigDecimal difference = sum.subtract(total.figure());
    if (difference.signum() == 0) {
      return;
    }
    RoundingEnvelope envelope = RoundingEnvelope.ofTotal(table.lines().size(), table.unit(), table.scale());
    Precision precision = table.precision();
    String printedSum = PrintedAmount.format(sum, table.unit());
    Severity severity = precision.explains(difference, envelope) ? Severity.WARNING : Severity.ERROR;
    findings.add(NoticeRule.TABLE_SUM.finding(severity, path.child("declaredTotal"), total, printedSum,
        Arguments.of("sum", printedSum).and("total", total)
            .and("difference", PrintedAmount.format(difference, table.unit()))
            .and("gap", PrintedAmount.format(difference.abs(), table.unit()))
            .and(precision.judgement(difference, envelope))));
  }

  /** Sign and scale asked of the line itself: its amount is created only for a finding. */
  private static void checkAmount(AllocationTable table, AllocationLine line, JsonPointer path, int i,
      List<Finding> findings) {
    if (line.signum() < 0) {
      findings.add(NoticeRule.TABLE_NEGATIVE_LINE.finding(linePath(path, i, "amount"), "zero or more", line.amount(),
          Arguments.of("amount", line.amount())));
    }
    if (line.scale() > table.scale()) {
      findings.add(NoticeRule.TABLE_PRECISION.finding(linePath(path, i, "amount"),
          table.scale() + " decimal places or fewer",
          line.amount().formatFigure(), Arguments.of("amount", line.amount().formatFigure())
              .and("total", table.declaredTotal()).and("scale", table.scale())));
    }
  }

  private static void checkRecipient(Recipient recipient, FiscalUnit issuer, JsonPointer path, int i,
      List<Finding> findings) {
    if (recipient instanceof UnknownRecipient unknown) {
      findings.add(NoticeRule.TABLE_RECIPIENT_UNKNOWN.finding(linePath(path, i, "recipient"), "a known unit",
          recipient.name(), Arguments.of("recipient", recipient.name()).and("reason", unknown.reason())));
    } else if (recipient instanceof RetainedShare share && !share.unit().equals(issuer)) {
      findings.add(NoticeRule.TABLE_RECIPIENT_LEVEL.finding(linePath(path, i, "recipient"),
          issuer.name() + "'s own share", share, "retained", Arguments.of("issuer", issuer.name())
              .and("recipient", share)));
    } else if (recipient instanceof FiscalUnit unit && !unit.isChildOf(issuer)) {
      findings.add(NoticeRule.TABLE_RECIPIENT_LEVEL.finding(linePath(path, i, "recipient"),
          "a unit directly below " + issuer.name(), unit,
          Arguments.of("issuer", issuer.name()).and("recipient", unit.name())));
    }
  }
}
