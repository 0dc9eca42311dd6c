package io.github.fiscaltransfer.hierarchy;

import io.github.fiscaltransfer.money.Precision;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.money.RoundingEnvelope;
import io.github.fiscaltransfer.identifier.DocumentNumber;
import io.github.fiscaltransfer.identifier.DocumentReference;
import io.github.fiscaltransfer.notice.AllocationTable;
import io.github.fiscaltransfer.notice.FundLabel;
import io.github.fiscaltransfer.notice.Grant;
import io.github.fiscaltransfer.notice.GrantAllocation;
import io.github.fiscaltransfer.notice.TransferNotice;
import io.github.fiscaltransfer.subject.SubjectCode;
import io.github.fiscaltransfer.validation.Arguments;
import io.github.fiscaltransfer.validation.Finding;
import io.github.fiscaltransfer.validation.JsonPointer;
import io.github.fiscaltransfer.validation.Severity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** The {@link ChainRule}s of one link, and of a notice without a parent. */
final class ChainChecks {

  private ChainChecks() {}

  /** Adds the link's findings, located in the child notice; no list of its own, as a national flow has 80,000. */
  static void check(FundLink link, List<Finding> findings) {
    int first = findings.size();
    checkAmount(link, findings);
    checkGrant(link::childPointer, link.parentAllocation().grant(), link.childAllocation().grant(), findings);
    for (int i = first; i < findings.size(); i++) {
      findings.set(i, findings.get(i).in(link.child().reference()));
    }
  }

  /** Checks what a grant must carry down unchanged, locating findings below the child's allocation. */
  static void checkGrant(Supplier<JsonPointer> allocation, Grant parent, Grant child, List<Finding> findings) {
    // Pointers are built only for a finding: a clean flow of 25 national grants has 80,000 links.
    Supplier<JsonPointer> path = () -> allocation.get().child("grant");
    checkProjectCode(path, parent, child, findings);
    checkLabels(path, parent, child, findings);
    checkSubject(path, parent, child, findings);
    if (!parent.fiscalYear().equals(child.fiscalYear())) {
      findings.add(ChainRule.FISCAL_YEAR.finding(path.get().child("fiscalYear"), parent.fiscalYear(),
          child.fiscalYear(), Arguments.of("above", parent.fiscalYear()).and("below", child.fiscalYear())));
    }
  }

  /**
   * Exact, unless the parent's or the child's table is declared rounded: then a warning within half a printed step
   * of the coarser figure, naming the declaration ({@link Precision} judges).
   */
  private static void checkAmount(FundLink link, List<Finding> findings) {
    PrintedAmount given = link.line().amount();
    PrintedAmount stated = link.childAllocation().statedTotal().orElse(null);
    if (stated == null || stated.isSameAmountAs(given)) {
      return;
    }
    Precision precision = precision(link.parentAllocation(), link.childAllocation());
    RoundingEnvelope envelope = RoundingEnvelope.ofFigure(coarser(given, stated));
    BigDecimal difference = envelope.unit().fromYuan(stated.toYuan().subtract(given.toYuan()));
    Severity severity = precision.explains(difference, envelope) ? Severity.WARNING : Severity.ERROR;
    findings.add(ChainRule.AMOUNT.finding(severity, link.childPointer().child("statedTotal"), given, stated,
        Arguments.of("unit", link.child().issuer().name()).and("stated", stated).and("given", given)
            .and("difference", stated.formatDifference(given)).and(precision.judgement(difference, envelope))));
  }

  /** The regime of a comparison between allocations: the first table of the two declared rounded, else exact. */
  static Precision precision(GrantAllocation first, GrantAllocation second) {
    Precision above = first.table().map(AllocationTable::precision).orElse(Precision.exact());
    return above.isExact() ? second.table().map(AllocationTable::precision).orElse(above) : above;
  }

  /** The figure printed with the coarser quantum, whose rounding can hide more. */
  private static PrintedAmount coarser(PrintedAmount a, PrintedAmount b) {
    return a.unit().exponent() - a.scale() >= b.unit().exponent() - b.scale() ? a : b;
  }

  private static void checkProjectCode(Supplier<JsonPointer> path, Grant parent, Grant child,
      List<Finding> findings) {
    if (parent.projectCode().isPresent() && !parent.projectCode().equals(child.projectCode())) {
      findings.add(ChainRule.PROJECT_CODE.finding(path.get().child("projectCode"), parent.projectCode().get(),
          child.projectCode().map(Object::toString).orElse("none"), Arguments.of("code", parent.projectCode().get())
              .and("printed", child.projectCode().map(Object::toString).orElse("—"))));
    }
  }

  private static void checkLabels(Supplier<JsonPointer> at, Grant parent, Grant child, List<Finding> findings) {
    List<FundLabel> labels = parent.labels();
    for (int i = 0; i < labels.size(); i++) {
      FundLabel label = labels.get(i);
      Optional<FundLabel> carried = child.label(label.kind());
      if (carried.isEmpty()) {
        findings.add(ChainRule.LABEL.finding(at.get().child("labels"), label, "none", "missing",
            Arguments.of("kind", label.kind().label()).and("label", label)));
      } else if (!carried.get().hasSameCodeAs(label)) {
        findings.add(ChainRule.LABEL.finding(labelPath(at, child, carried.get()), label, carried.get(), "code",
            Arguments.of("kind", label.kind().label()).and("code", label.code()).and("label", carried.get())));
      } else if (!carried.get().equals(label)) {
        findings.add(ChainRule.LABEL.finding(Severity.INFO, labelPath(at, child, carried.get()), label, carried.get(),
            "wording", Arguments.of("kind", label.kind().label()).and("above", label).and("label", carried.get())));
      }
    }
  }

  private static JsonPointer labelPath(Supplier<JsonPointer> grant, Grant child, FundLabel carried) {
    return grant.get().element("labels", child.labels().indexOf(carried));
  }

  private static void checkSubject(Supplier<JsonPointer> path, Grant parent, Grant child,
      List<Finding> findings) {
    if (parent.expenditureSubject().isEmpty() || child.expenditureSubject().isEmpty()) {
      return;
    }
    SubjectCode above = parent.expenditureSubject().get().code();
    SubjectCode below = child.expenditureSubject().get().code();
    if (!above.contains(below)) {
      findings.add(ChainRule.SUBJECT.finding(path.get().child("expenditureSubject"), "within " + above, below,
          Arguments.of("below", below).and("above", above)));
    }
  }

  /** A notice without a parent: each cited number is either in the flow without a line (unmatched) or not. */
  static void checkUnlinked(FundFlow flow, TransferNotice notice, List<Finding> findings) {
    List<DocumentReference> basis = notice.basis();
    for (int i = 0; i < basis.size(); i++) {
      JsonPointer path = JsonPointer.root().element("basis", i);
      Optional<DocumentNumber> number = basis.get(i).number().filter(cited -> !FundFlow.confirms(notice, cited));
      Optional<TransferNotice> parent = number.flatMap(flow::notice).filter(cited -> cited != notice);
      if (parent.isPresent()) {
        findings.add(ChainRule.UNMATCHED.finding(path, "a line for " + notice.issuer().name(), "none",
            notice.issuer().code().isPresent() ? "code" : "name", Arguments.of("parent", parent.get().reference())
                .and("unit", notice.issuer().name()).and("code", notice.issuer().code().map(Object::toString)
                    .orElse(notice.issuer().name()))).in(notice.reference()));
      } else if (number.isPresent() && flow.missingCitations(notice).contains(number.get())) {
        findings.add(ChainRule.ORPHAN.finding(path, number.get(), "not in the flow",
            Arguments.of("cited", number.get())).in(notice.reference()));
      }
    }
  }
}
