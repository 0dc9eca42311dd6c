package io.github.fiscaltransfer.hierarchy;

import io.github.fiscaltransfer.deadline.DateEvent;
import io.github.fiscaltransfer.deadline.Deadline;
import io.github.fiscaltransfer.deadline.DeadlineRule;
import io.github.fiscaltransfer.deadline.DeadlineTable;
import io.github.fiscaltransfer.deadline.KnownDate;
import io.github.fiscaltransfer.deadline.TransferKind;
import io.github.fiscaltransfer.identifier.DocumentNumber;
import io.github.fiscaltransfer.notice.FundingSource;
import io.github.fiscaltransfer.notice.Grant;
import io.github.fiscaltransfer.notice.NoticeKind;
import io.github.fiscaltransfer.notice.TransferNotice;
import io.github.fiscaltransfer.policy.ValidationPolicy;
import io.github.fiscaltransfer.unit.AdministrativeLevel;
import io.github.fiscaltransfer.validation.Arguments;
import io.github.fiscaltransfer.validation.Finding;
import io.github.fiscaltransfer.validation.JsonPointer;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The {@link DeadlineRule}s of a flow's links and notices, against the policy's deadlines and supplied dates. */
final class DeadlineChecks {

  private static final JsonPointer ISSUE_DATE = JsonPointer.root().child("issueDate");
  private static final Map<FundingSource, AdministrativeLevel> OWN_LEVEL = Map.of(
      FundingSource.CENTRAL, AdministrativeLevel.CENTRAL, FundingSource.PROVINCIAL, AdministrativeLevel.PROVINCE,
      FundingSource.MUNICIPAL, AdministrativeLevel.PREFECTURE, FundingSource.COUNTY, AdministrativeLevel.COUNTY);

  private DeadlineChecks() {}

  /** Adds the findings of every link (once per parent and child) and every dated notice of the flow. */
  static void check(FundFlow flow, ValidationPolicy policy, List<Finding> findings) {
    Set<List<TransferNotice>> checked = new HashSet<>();
    for (FundLink link : flow.links()) {
      // Dated children only: hashing notices is not free, and a national flow has 80,000 undated links.
      if (link.child().issueDate().isPresent() && checked.add(List.of(link.parent(), link.child()))) {
        checkLink(link, policy, findings);
      }
    }
    for (TransferNotice notice : flow.notices()) {
      if (notice.allocations().isEmpty()) {
        continue; // a confirmation (确认) allocates nothing of its own: the notices it confirms are checked
      }
      notice.issueDate().ifPresent(date -> {
        checkCited(flow, notice, date, policy, findings);
        checkAdvance(notice, date, policy.deadlines(), findings);
        checkApproval(notice, date, policy, findings);
      });
    }
  }

  /** Returns the kind of transfer a grant is, by its revenue subject; {@code ANY} if it names none. */
  static TransferKind kindOf(Grant grant) {
    return grant.revenueSubject().map(subject -> TransferKind.ofRevenueCode(subject.code().toString()))
        .orElse(TransferKind.ANY);
  }

  private static void checkLink(FundLink link, ValidationPolicy policy, List<Finding> findings) {
    TransferNotice parent = link.parent();
    TransferNotice child = link.child();
    if (child.issueDate().isEmpty()) {
      return;
    }
    LocalDate issued = child.issueDate().get();
    parent.issueDate().filter(issued::isBefore).ifPresent(parentDate -> findings.add(
        DeadlineRule.DATE_ORDER.finding(ISSUE_DATE, "on or after " + parentDate, issued, Arguments.of("notice",
            child.reference()).and("issued", issued).and("parent", parent.reference()).and("parentDate", parentDate))
            .in(child.reference())));
    Optional<KnownDate> from = parent.number().flatMap(number -> policy.suppliedDates().receipt(number,
        child.issuer())).or(() -> parent.issueDate().map(date -> KnownDate.of(DateEvent.ISSUE, date,
        "printed on " + parent.reference())));
    Optional<Deadline> deadline = link.deadline(policy.deadlines());
    if (from.isPresent() && deadline.isPresent()) {
      checkReceipt(child, issued, parent.reference(), from.get(), deadline.get(), findings);
    }
  }

  /** Checks a notice citing a parent not in the flow, against the day its issuer received it, when supplied. */
  private static void checkCited(FundFlow flow, TransferNotice notice, LocalDate issued, ValidationPolicy policy,
      List<Finding> findings) {
    for (DocumentNumber cited : flow.missingCitations(notice)) {
      Optional<Deadline> deadline = policy.deadlines().find(notice.issuer().level(),
          kindOf(notice.allocations().get(0).grant()), DateEvent.RECEIPT, DateEvent.ISSUE);
      policy.suppliedDates().receipt(cited, notice.issuer()).ifPresent(receipt -> deadline.ifPresent(limit ->
          checkReceipt(notice, issued, cited.toString(), receipt, limit, findings)));
    }
  }

  /** Reports a notice dated later than its level's deadline after receiving (or, failing that, the parent's date). */
  private static void checkReceipt(TransferNotice child, LocalDate issued, String parent, KnownDate from,
      Deadline deadline, List<Finding> findings) {
    if (deadline.isMet(from.date(), issued)) {
      return;
    }
    long days = Deadline.daysAfter(from.date(), issued);
    findings.add(DeadlineRule.LINK.finding(ISSUE_DATE, "by " + deadline.lastDay(from.date()) + " ("
        + deadline.days() + " days, " + deadline.basis() + ")", issued, from.event() == DateEvent.RECEIPT ? "receipt"
        : "issue", Arguments.of("unit", child.issuer().name()).and("notice", child.reference()).and("days", days)
            .and("parent", parent).and("from", from).and("fromDate", from.date()).and("basis", deadline.basis())
            .and("allowed", deadline.days())).in(child.reference()));
  }

  private static void checkAdvance(TransferNotice notice, LocalDate issued, DeadlineTable table,
      List<Finding> findings) {
    if (notice.kind() != NoticeKind.ADVANCE) {
      return;
    }
    Grant grant = notice.allocations().get(0).grant();
    table.find(notice.issuer().level(), kindOf(grant), DateEvent.OCTOBER_31_BEFORE, DateEvent.ISSUE)
        .ifPresent(deadline -> {
          LocalDate lastDay = deadline.lastDay(LocalDate.of(grant.fiscalYear().getValue() - 1, 10, 31));
          if (issued.isAfter(lastDay)) {
            findings.add(DeadlineRule.ADVANCE.finding(ISSUE_DATE, "by " + lastDay + " (" + deadline.basis() + ")",
                issued, Arguments.of("notice", notice.reference()).and("year", grant.fiscalYear())
                    .and("issued", issued).and("days", Deadline.daysAfter(lastDay, issued)).and("lastDay", lastDay)
                    .and("basis", deadline.basis())).in(notice.reference()));
          }
        });
  }

  private static void checkApproval(TransferNotice notice, LocalDate issued, ValidationPolicy policy,
      List<Finding> findings) {
    Grant grant = notice.allocations().get(0).grant();
    AdministrativeLevel level = notice.issuer().level();
    if (notice.kind() == NoticeKind.ADVANCE || grant.fundingSource().map(OWN_LEVEL::get).orElse(null) != level) {
      return;
    }
    Optional<KnownDate> approval = policy.suppliedDates().congressApproval(notice.issuer(), grant.fiscalYear());
    Optional<Deadline> deadline = policy.deadlines().find(level, kindOf(grant), DateEvent.CONGRESS_APPROVAL,
        DateEvent.ISSUE);
    if (approval.isEmpty() || deadline.isEmpty() || deadline.get().isMet(approval.get().date(), issued)) {
      return;
    }
    findings.add(DeadlineRule.APPROVAL.finding(ISSUE_DATE, "by " + deadline.get().lastDay(approval.get().date())
        + " (" + deadline.get().days() + " days, " + deadline.get().basis() + ")", issued, Arguments.of("notice",
        notice.reference()).and("days", Deadline.daysAfter(approval.get().date(), issued)).and("approval",
        approval.get()).and("basis", deadline.get().basis()).and("allowed", deadline.get().days()))
        .in(notice.reference()));
  }
}
