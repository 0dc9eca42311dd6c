package io.github.fiscaltransfer.benchmarks;

import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.notice.AllocationLine;
import io.github.fiscaltransfer.notice.AllocationTable;
import io.github.fiscaltransfer.identifier.DocumentReference;
import io.github.fiscaltransfer.notice.FundLabel;
import io.github.fiscaltransfer.notice.GrantAllocation;
import io.github.fiscaltransfer.identifier.ProjectCode;
import io.github.fiscaltransfer.notice.TransferNotice;
import io.github.fiscaltransfer.unit.Recipient;
import io.github.fiscaltransfer.unit.RetainedShare;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * BASELINE, not library code: the notices as the plain Java records a user would write to validate them by hand —
 * {@code BigDecimal} figures as printed, strings for numbers, units, codes and subjects, labels by kind. What
 * {@link HandWrittenValidator} reads; converted from the library's notices once, outside any measurement.
 */
final class PlainNotices {

  private PlainNotices() {}

  /** A notice: its number (发文字号), its issuer's key, the numbers it cites, its grants. */
  record Notice(String number, String issuer, List<String> cited, List<Allocation> allocations) {}

  /** A grant with the total the text states and its table, or no table ({@code null}). */
  record Allocation(Grant grant, Amount stated, Table table) {}

  /** A grant: name, project code or {@code null}, fiscal year, expenditure subject code, labels by kind. */
  record Grant(String name, String projectCode, int year, String subject, Map<String, Label> labels) {}

  /** A fund label's code and wording. */
  record Label(String code, String wording) {}

  /** A figure as printed, with the power of ten of its unit (0 元, 4 万元, 8 亿元). */
  record Amount(BigDecimal figure, int exponent) {

    BigDecimal yuan() {
      return figure.movePointRight(exponent);
    }
  }

  /** A table: declared total (合计) and lines in printed order. */
  record Table(Amount total, List<Line> lines, boolean rounded) {}

  /** A line: the recipient's key and its amount. */
  record Line(String recipient, Amount amount) {}

  /** Converts the library's notices. */
  static List<Notice> of(List<TransferNotice> notices) {
    return notices.stream().map(PlainNotices::notice).toList();
  }

  private static Notice notice(TransferNotice notice) {
    List<String> cited = notice.basis().stream().map(DocumentReference::number).flatMap(Optional::stream)
        .map(Object::toString).toList();
    return new Notice(notice.reference(), notice.issuer().name(), cited,
        notice.allocations().stream().map(PlainNotices::allocation).toList());
  }

  private static Allocation allocation(GrantAllocation allocation) {
    io.github.fiscaltransfer.notice.Grant grant = allocation.grant();
    Map<String, Label> labels = new HashMap<>();
    for (FundLabel label : grant.labels()) {
      labels.put(label.kind().name(), new Label(label.code(), label.wording()));
    }
    Grant plain = new Grant(grant.name(), grant.projectCode().map(ProjectCode::toString).orElse(null),
        grant.fiscalYear().getValue(), grant.expenditureSubject().map(s -> s.code().toString()).orElse(null), labels);
    return new Allocation(plain, amount(allocation.statedTotal().orElseThrow()),
        allocation.table().map(PlainNotices::table).orElse(null));
  }

  private static Table table(AllocationTable table) {
    return new Table(amount(table.declaredTotal()), table.lines().stream().map(PlainNotices::line).toList(),
        !table.precision().isExact());
  }

  private static Line line(AllocationLine line) {
    return new Line(key(line.recipient()), amount(line.amount()));
  }

  /** A unit by its name (unique in the generated tree); a retained share by its keeper and label. */
  private static String key(Recipient recipient) {
    return recipient instanceof RetainedShare share ? share.unit().name() + "/" + share.name() : recipient.name();
  }

  private static Amount amount(PrintedAmount amount) {
    return new Amount(amount.figure(), amount.unit().exponent());
  }
}
