package io.github.fiscaltransfer.notice;

import io.github.fiscaltransfer.policy.ValidationPolicy;
import io.github.fiscaltransfer.subject.Subject;
import io.github.fiscaltransfer.subject.SubjectCatalog;
import io.github.fiscaltransfer.unit.FiscalUnit;
import io.github.fiscaltransfer.unit.UnitRegistry;
import io.github.fiscaltransfer.validation.Arguments;
import io.github.fiscaltransfer.validation.Finding;
import io.github.fiscaltransfer.validation.JsonPointer;
import io.github.fiscaltransfer.validation.ValidationReport;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks a {@link TransferNotice} against every {@link NoticeRule} and reports all findings together.
 *
 * <p>Runs under a {@link ValidationPolicy}: rules it turns off report nothing, rules it changes report at its
 * severity, its custom rules for {@code TransferNotice} run after the built-in ones; subjects are checked against
 * its catalog of each grant's fiscal year (or of the nearest earlier year), and the issuer and every recipient named
 * by code against its units' list of divisions of that year. Findings name the notice
 * ({@link TransferNotice#reference()}) and a JSON Pointer into its JSON form. Immutable and thread-safe.
 */
public final class NoticeValidator {

  private static final NoticeValidator BUILT_IN = new NoticeValidator(ValidationPolicy.defaults());

  private final ValidationPolicy policy;

  private NoticeValidator(ValidationPolicy policy) {
    this.policy = policy;
  }

  /**
   * Returns a validator that runs every rule at its usual severity against the built-in catalogs and units.
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
    checkIssuer(notice, prefix.child("issuer"), findings);
    for (int i = 0; i < notice.allocations().size(); i++) {
      checkAllocation(notice, notice.allocations().get(i), prefix.element("allocations", i), findings);
    }
    for (int i = 0; i < notice.confirmed().size(); i++) {
      TransferNotice confirmed = notice.confirmed().get(i);
      JsonPointer path = prefix.element("confirmed", i);
      if (confirmed.number().filter(notice::cites).isEmpty()) {
        findings.add(NoticeRule.NOTICE_CONFIRMED_CITED.finding(path, "cited in basis", confirmed.reference(),
            Arguments.of("document", notice.reference()).and("confirmed", confirmed.reference())));
      }
      check(confirmed, path, findings);
    }
  }

  /** The issuer against the list of each fiscal year its grants have, and a note where a year has no list. */
  private void checkIssuer(TransferNotice notice, JsonPointer path, List<Finding> findings) {
    UnitRegistry units = policy.units();
    List<GrantAllocation> allocations = notice.allocations();
    for (int i = 0; i < allocations.size(); i++) {
      Year year = allocations.get(i).grant().fiscalYear();
      if (firstWithYear(allocations, i, year)) {
        UnitChecks.checkListYear(units, year, path, findings);
        UnitChecks.check(units.asOf(year), notice.issuer(), path, findings);
      }
    }
  }

  /** Whether allocation i is the first with its fiscal year: a loop, not a stream, for 80,000 notices. */
  private static boolean firstWithYear(List<GrantAllocation> allocations, int i, Year year) {
    for (int j = 0; j < i; j++) {
      if (allocations.get(j).grant().fiscalYear().equals(year)) {
        return false;
      }
    }
    return true;
  }

  private void checkAllocation(TransferNotice notice, GrantAllocation allocation, JsonPointer path,
      List<Finding> findings) {
    allocation.table().ifPresent(table -> {
      JsonPointer tablePath = path.child("table");
      TableRules.check(table, notice.issuer(), tablePath, findings);
      checkRecipients(table, policy.units().asOf(allocation.grant().fiscalYear()), tablePath, findings);
      allocation.statedTotal().filter(stated -> !table.declaredTotal().isSameAmountAs(stated)).ifPresent(stated ->
          findings.add(NoticeRule.NOTICE_TOTAL.finding(tablePath.child("declaredTotal"), stated,
              table.declaredTotal(), Arguments.of("document", notice.reference()).and("total", table.declaredTotal())
                  .and("stated", stated))));
    });
    StatedParts.check(notice, allocation, path, findings);
    JsonPointer grantPath = path.child("grant");
    checkYear(notice, allocation.grant(), grantPath, findings);
    checkSubjects(allocation.grant(), grantPath, findings);
  }

  private static void checkRecipients(AllocationTable table, UnitRegistry registry, JsonPointer path,
      List<Finding> findings) {
    for (int i = 0; i < table.lines().size(); i++) {
      // The pointer is built only for a unit the list does not have: a national flow has a million lines.
      if (table.lines().get(i).recipient() instanceof FiscalUnit unit && !registry.isListed(unit)) {
        UnitChecks.check(registry, unit, path.element("lines", i).child("recipient"), findings);
      }
    }
  }

  /** The document's year against the grant's; the pointer below the grant is built only for a finding. */
  private static void checkYear(TransferNotice notice, Grant grant, JsonPointer grantPath, List<Finding> findings) {
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
      findings.add(NoticeRule.NOTICE_FISCAL_YEAR.finding(grantPath.child("fiscalYear"), expected, "issued in " + year,
          Arguments.of("kind", notice.kind().label()).and("fiscalYear", fiscalYear).and("year", year)));
    }
  }

  private void checkSubjects(Grant grant, JsonPointer path, List<Finding> findings) {
    Optional<SubjectCatalog> catalog = policy.catalog(grant.fiscalYear());
    if (catalog.isEmpty()) {
      findings.add(NoticeRule.SUBJECT_CATALOG_MISSING.finding(path, "a " + grant.fiscalYear() + " catalog",
          "none", Arguments.of("year", grant.fiscalYear())));
      return;
    }
    Year used = catalog.get().year();
    if (!used.equals(grant.fiscalYear())) {
      findings.add(NoticeRule.SUBJECT_CATALOG_YEAR.finding(path.child("fiscalYear"), "a " + grant.fiscalYear()
          + " catalog", "the " + used + " catalog", Arguments.of("used", used).and("year", grant.fiscalYear())));
    }
    Optional<Subject> revenue = grant.revenueSubject();
    revenue.ifPresent(subject -> findings.addAll(catalog.get().check(subject, path.child("revenueSubject"))));
    grant.expenditureSubject().ifPresent(subject -> findings.addAll(catalog.get().check(subject,
        path.child("expenditureSubject"))));
    for (int i = 0; i < grant.economicSubjects().size(); i++) {
      findings.addAll(catalog.get().check(grant.economicSubjects().get(i), path.element("economicSubjects", i)));
    }
  }

  /** Returns {@code notice validator} and its policy. */
  @Override
  public String toString() {
    return "notice validator under " + policy;
  }
}
