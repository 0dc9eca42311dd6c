package io.github.fiscaltransfer.notice;

import io.github.fiscaltransfer.subject.Subject;
import io.github.fiscaltransfer.subject.SubjectCatalog;
import io.github.fiscaltransfer.unit.FiscalUnit;
import io.github.fiscaltransfer.unit.UnitRegistry;
import io.github.fiscaltransfer.validation.Finding;
import io.github.fiscaltransfer.validation.ValidationReport;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks a {@link TransferNotice} against every {@link NoticeRule} and reports all findings together.
 *
 * <p>Subjects are checked against the catalog of each grant's fiscal year, where the validator has one; the
 * issuer and every recipient named by code against the list of divisions of that year (the built-in
 * {@link UnitRegistry} unless {@link #withUnits} says otherwise). Immutable and thread-safe.
 */
public final class NoticeValidator {

  private final Function<Year, Optional<SubjectCatalog>> catalogs;
  private final UnitRegistry units;

  private NoticeValidator(Function<Year, Optional<SubjectCatalog>> catalogs, UnitRegistry units) {
    this.catalogs = catalogs;
    this.units = units;
  }

  /**
   * Returns a validator that checks subjects against the library's built-in catalogs (a year without one against
   * the nearest earlier year's) and units against the built-in registry.
   *
   * @return the validator, not null
   */
  public static NoticeValidator builtIn() {
    return new NoticeValidator(SubjectCatalog::builtInNearest, UnitRegistry.builtIn());
  }

  /**
   * Returns a validator that checks subjects against the given catalogs (a year without one against the nearest
   * earlier year's), such as built-in ones merged with a user's.
   *
   * @param catalogs the catalogs, at most one a year, not null
   * @return the validator, not null
   * @throws IllegalStateException if two catalogs have the same year
   */
  public static NoticeValidator withCatalogs(Collection<SubjectCatalog> catalogs) {
    TreeMap<Year, SubjectCatalog> byYear = catalogs.stream()
        .collect(Collectors.toMap(SubjectCatalog::year, c -> c, (a, b) -> {
          throw new IllegalStateException("Two catalogs for " + a.year());
        }, TreeMap::new));
    return new NoticeValidator(year -> Optional.ofNullable(byYear.floorEntry(year)).map(Map.Entry::getValue),
        UnitRegistry.builtIn());
  }

  /**
   * Returns a validator like this one that checks units against another registry, such as the built-in one
   * merged with a user's CSV.
   *
   * @param registry the registry, not null
   * @return the validator, not null
   */
  public NoticeValidator withUnits(UnitRegistry registry) {
    return new NoticeValidator(catalogs, Objects.requireNonNull(registry, "registry"));
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
    check(notice, "", findings);
    return ValidationReport.of(findings);
  }

  /**
   * Checks a table on its own against the {@code table.*} rules, as when it was read from a file (附件1).
   *
   * @param table the table, not null
   * @param issuer the unit that issues it, whose level its recipients must be directly below, not null
   * @return all findings, located from {@code table}, not null
   */
  public ValidationReport validate(AllocationTable table, FiscalUnit issuer) {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(issuer, "issuer");
    List<Finding> findings = new ArrayList<>();
    TableRules.check(table, issuer, "table", findings);
    return ValidationReport.of(findings);
  }

  private void check(TransferNotice notice, String prefix, List<Finding> findings) {
    checkIssuer(notice, prefix, findings);
    for (int i = 0; i < notice.allocations().size(); i++) {
      checkAllocation(notice, notice.allocations().get(i), prefix + "allocations[" + i + "]", findings);
    }
    for (int i = 0; i < notice.confirmed().size(); i++) {
      TransferNotice confirmed = notice.confirmed().get(i);
      String path = prefix + "confirmed[" + i + "]";
      if (confirmed.number().filter(notice::cites).isEmpty()) {
        findings.add(NoticeRule.NOTICE_CONFIRMED_CITED.finding(path, "cited in basis", confirmed.reference(),
            notice.reference() + " confirms " + confirmed.reference() + " without citing it"));
      }
      check(confirmed, path + ".", findings);
    }
  }

  /** The issuer against the list of each fiscal year its grants have, and a note where a year has no list. */
  private void checkIssuer(TransferNotice notice, String prefix, List<Finding> findings) {
    List<Year> years = notice.allocations().stream().map(a -> a.grant().fiscalYear()).distinct().toList();
    for (Year year : years) {
      UnitChecks.checkListYear(units, year, prefix + "issuer", findings);
      UnitChecks.check(units.asOf(year), notice.issuer(), prefix + "issuer", findings);
    }
  }

  private void checkAllocation(TransferNotice notice, GrantAllocation allocation, String path, List<Finding> findings) {
    allocation.table().ifPresent(table -> {
      TableRules.check(table, notice.issuer(), path + ".table", findings);
      UnitRegistry registry = units.asOf(allocation.grant().fiscalYear());
      for (int i = 0; i < table.lines().size(); i++) {
        if (table.lines().get(i).recipient() instanceof FiscalUnit unit) {
          UnitChecks.check(registry, unit, path + ".table.lines[" + i + "].recipient", findings);
        }
      }
      if (!table.declaredTotal().isSameAmountAs(allocation.statedTotal())) {
        findings.add(NoticeRule.NOTICE_TOTAL.finding(path + ".table.declaredTotal", allocation.statedTotal(),
            table.declaredTotal(), "the table's total differs from the total " + notice.reference() + " states"));
      }
    });
    checkYear(notice, allocation.grant(), path + ".grant.fiscalYear", findings);
    checkSubjects(allocation.grant(), path + ".grant", findings);
  }

  private static void checkYear(TransferNotice notice, Grant grant, String path, List<Finding> findings) {
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

  private void checkSubjects(Grant grant, String path, List<Finding> findings) {
    Optional<SubjectCatalog> catalog = catalogs.apply(grant.fiscalYear());
    if (catalog.isEmpty()) {
      findings.add(NoticeRule.SUBJECT_CATALOG_MISSING.finding(path, "a " + grant.fiscalYear() + " catalog",
          "none", "subjects were not checked: no subject catalog for " + grant.fiscalYear() + " or before"));
      return;
    }
    if (!catalog.get().year().equals(grant.fiscalYear())) {
      findings.add(NoticeRule.SUBJECT_CATALOG_YEAR.finding(path + ".fiscalYear", "a " + grant.fiscalYear() + " catalog",
          "the " + catalog.get().year() + " catalog", "subjects were checked against the " + catalog.get().year()
              + " catalog: there is none for " + grant.fiscalYear()));
    }
    Optional<Subject> revenue = grant.revenueSubject();
    revenue.ifPresent(subject -> findings.addAll(catalog.get().check(subject, path + ".revenueSubject")));
    findings.addAll(catalog.get().check(grant.expenditureSubject(), path + ".expenditureSubject"));
  }

  /** Returns {@code notice validator}. */
  @Override
  public String toString() {
    return "notice validator";
  }
}
