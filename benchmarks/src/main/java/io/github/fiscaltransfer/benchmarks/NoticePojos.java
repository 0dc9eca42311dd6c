package io.github.fiscaltransfer.benchmarks;

import java.math.BigDecimal;
import java.util.List;

/**
 * BASELINE, not library code: plain records with {@code BigDecimal} figures that bind, with a plain Jackson
 * {@code ObjectMapper}, the same JSON the library writes for a notice — no validation, no unit registry, no
 * construction rules. What the library's JSON reading and writing is measured against.
 */
final class NoticePojos {

  private NoticePojos() {}

  /** A notice. */
  record Notice(String number, String title, Unit issuer, String issuingAuthority, String urgency, String kind,
      List<String> addressees, List<String> copiedTo, List<Reference> basis, List<Allocation> allocations,
      List<Notice> confirmed, List<String> attachments) {}

  /** A unit or recipient: name, and division code where it has one. */
  record Unit(String name, String code) {}

  /** A cited document. */
  record Reference(String number, String title) {}

  /** A grant with its stated total and table. */
  record Allocation(Grant grant, Amount statedTotal, Table table) {}

  /** A grant. */
  record Grant(String name, String projectCode, int fiscalYear, String fundingSource, String expenditureSubject,
      List<String> labels) {}

  /** A table. */
  record Table(String unit, Amount declaredTotal, List<Line> lines) {}

  /** A line. */
  record Line(Unit recipient, Amount amount) {}

  /** An amount: the figure as a {@code BigDecimal} and its unit's label. */
  record Amount(BigDecimal figure, String unit) {}
}
