package io.github.fiscaltransfer.notice;

import io.github.fiscaltransfer.policy.ValidationPolicy;
import io.github.fiscaltransfer.subject.Subject;
import io.github.fiscaltransfer.subject.SubjectCatalog;
import io.github.fiscaltransfer.unit.FiscalUnit;
import io.github.fiscaltransfer.validation.Finding;
import io.github.fiscaltransfer.validation.JsonPointer;
import io.github.fiscaltransfer.validation.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks a {@link TransferNotice} against every {@link NoticeRule} and reports all findings together.
 *
 * <p>Runs under a {@link ValidationPolicy}: rules it turns off report nothing, rules it changes report at its
 * severity, its custom rules for {@code TransferNotice} run after the built-in ones, and subjects are checked
 * against its catalog of each grant's fiscal year. Findings name the notice ({@link TransferNotice#reference()})
 * and a JSON Pointer into its JSON form. Immutable and thread-safe.
 */
public final class NoticeValidator {

  private static final NoticeValidator BUILT_IN = new NoticeValidator(ValidationPolicy.defaults());

  private final ValidationPolicy policy;

  private NoticeValidator(ValidationPolicy policy) {
    this.policy = policy;
  }

  /**
   * Returns a validator that runs every rule at its usual severity against the built-in catalogs.
   *
   * @return the validator, not null
   */
  public static NoticeValidator builtIn() {
    return BUILT_IN;
  }

  /**
   * Returns a validator that runs under a policy.
   *
   * @param policy which rules run, at what severity, against which reference data, not null
   * @return the validator, not null
   */
  public static NoticeValidator of(ValidationPolicy policy) {
    return new NoticeValidator(Objects.requireNonNull(policy, "policy"));
  }

  /**
   * Checks a notice, and every notice it confirms, against every rule.
   *
   * @param notice the notice, not null
   * @return all findings, not null
   */
  public ValidationReport validate(TransferNotice notice) {
    Objects.requireNonNull(notice, "notice");
    List<Finding> findings = new ArrayList<>();
    check(notice, JsonPointer.root(), findings);
    return policy.apply(notice, findings).in(notice.reference());
  }

  /**
   * Checks a table on its own against the {@code table.*} rules, as when it was read from a file (附件1).
   *
   * @param table the table, not null
   * @param issuer the unit that issues it, whose level its recipients must be directly below, not null
   * @return all findings, located from the table's own JSON form, not null
   */
  public ValidationReport validate(AllocationTable table, FiscalUnit issuer) {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(issuer, "issuer");
    List<Finding> findings = new ArrayList<>();
    TableRules.check(table, issuer, JsonPointer.root(), findings);
    return policy.apply(table, findings);
  }

  private void check(TransferNotice notice, JsonPointer prefix, List<Finding> findings) {
    for (int i = 0; i < notice.allocations().size(); i++) {
      checkAllocation(notice, notice.allocations().get(i), prefix.element("allocations", i), findings);
    }
    for (int i = 0; i < notice.confirmed().size(); i++) {
      TransferNotice confirmed = notice.confirmed().get(i);
      JsonPointer path = prefix.element("confirmed", i);
      if (confirmed.number().filter(notice::cites).isEmpty()) {
        findings.add(NoticeRule.NOTICE_CONFIRMED_CITED.finding(path, "cited in basis", confirmed.reference(),
            notice.reference() + " confirms " + confirmed.reference() + " without citing it"));
      }
      check(confirmed, path, findings);
    }
  }

  private void checkAllocation(TransferNotice notice, GrantAllocation allocation, JsonPointer path,
      List<Finding> findings) {
    allocation.table().ifPresent(table -> {
      TableRules.check(table, notice.issuer(), path.child("table"), findings);
      if (!table.declaredTotal().isSameAmountAs(allocation.statedTotal())) {
        findings.add(NoticeRule.NOTICE_TOTAL.finding(path.child("table").child("declaredTotal"), allocation.statedTotal(),
            table.declaredTotal(), "the table's total differs from the total " + notice.reference() + " states"));
      }
    });
    checkYear(notice, allocation.grant(), path.child("grant").child("fiscalYear"), findings);
    checkSubjects(allocation.grant(), path.child("grant"), findings);
  }

  private static void checkYear(TransferNotice notice, Grant grant, JsonPointer path, List<Finding> findings) {
    Optional<Integer> documentYear = notice.documentYear();
    if (documentYear.isEmpty()) {
      return;
    }
    int fiscalYear = grant.fiscalYear().getValue();
    int earliest = notice.kind() == NoticeKind.ADVANCE ? fiscalYear - 1 : fiscalYear;
    int latest = notice.kind() == NoticeKind.SETTLEMENT ? Integer.MAX_VALUE : earliest;
    int year = documentYear.get();
    if (year < earliest || year > latest) {
      String expected = "issued in " + earliest + (latest == earliest ? "" : " or later");
      findings.add(NoticeRule.NOTICE_FISCAL_YEAR.finding(path, expected, "issued in " + year,
          "a " + notice.kind().label() + " notice for " + fiscalYear + " cannot be issued in " + year));
    }
  }

  private void checkSubjects(Grant grant, JsonPointer path, List<Finding> findings) {
    Optional<SubjectCatalog> catalog = policy.catalog(grant.fiscalYear());
    if (catalog.isEmpty()) {
      findings.add(NoticeRule.SUBJECT_CATALOG_MISSING.finding(path, "a " + grant.fiscalYear() + " catalog",
          "none", "subjects were not checked: no subject catalog for " + grant.fiscalYear()));
      return;
    }
    Optional<Subject> revenue = grant.revenueSubject();
    revenue.ifPresent(subject -> findings.addAll(catalog.get().check(subject, path.child("revenueSubject"))));
    findings.addAll(catalog.get().check(grant.expenditureSubject(), path.child("expenditureSubject")));
  }

  /** Returns {@code notice validator} and its policy. */
  @Override
  public String toString() {
    return "notice validator under " + policy;
  }
}
