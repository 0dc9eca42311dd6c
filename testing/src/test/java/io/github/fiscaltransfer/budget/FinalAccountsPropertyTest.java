package io.github.fiscaltransfer.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fiscaltransfer.policy.ValidationPolicy;
import io.github.fiscaltransfer.testing.ExactFinalAccounts;
import io.github.fiscaltransfer.testing.FinalAccountsDomain;
import io.github.fiscaltransfer.testing.FinalAccountsPrinter;
import io.github.fiscaltransfer.testing.PrintedCell;
import io.github.fiscaltransfer.validation.Finding;
import io.github.fiscaltransfer.validation.Severity;
import io.github.fiscaltransfer.validation.ValidationReport;
import java.math.BigDecimal;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;
import net.jqwik.api.statistics.Statistics;

/**
 * Final accounts generated in exact yuan and printed the way a bureau prints them, every cell of the nine tables
 * rounded half up to 0.01万元 on its own, have no error and show each rounding difference as a warning; one cell
 * printed wrong by more than any envelope is an error at exactly that cell, naming its table, row and column.
 */
@Domain(FinalAccountsDomain.class)
@Domain(DomainContext.Global.class)
class FinalAccountsPropertyTest {

  private static final FinalAccountsValidator VALIDATOR =
      FinalAccountsValidator.of(ValidationPolicy.builder().catalogs(List.of(FinalAccountsDomain.CATALOG)).build());

  /** Larger than the envelope of any comparison a generated document holds (at most 40 figures: 0.20万元). */
  private static final BigDecimal WRONG_BY = new BigDecimal("3.17");

  @Property(tries = 200)
  void roundedTablesHaveNoErrorAndEveryDifferenceIsAWarning(@ForAll ExactFinalAccounts accounts) {
    ValidationReport report = VALIDATOR.validate(FinalAccountsPrinter.of(accounts, FinalAccountsDomain.CATALOG)
        .print());
    assertFalse(report.hasErrors(), report::toString);
    // The 2022 catalog cites no economic code, so the 基本支出 table's codes are reported unverified (info).
    List<Finding> notRounding = report.findings().stream().filter(f -> !isUnlistedEconomic(f))
        .filter(f -> f.severity() != Severity.WARNING || !f.message().contains("尾数误差")).toList();
    assertEquals(List.of(), notRounding, "every finding is a rounding warning");
    Statistics.label("subjects").collect(accounts.leaves().size() <= 2 ? "1-2" : accounts.leaves().size() <= 5
        ? "3-5" : "6-8");
    Statistics.label("government fund").collect(accounts.leaves().stream().anyMatch(l -> l.fund()));
    Statistics.label("rounding warnings").collect(!report.findings(Severity.WARNING).isEmpty());
    Statistics.label("government fund").coverage(check -> {
      check.check(true).percentage(p -> p >= 20);
      check.check(false).percentage(p -> p >= 20);
    });
    Statistics.label("rounding warnings").coverage(check -> check.check(true).percentage(p -> p >= 50));
  }

  private static boolean isUnlistedEconomic(Finding finding) {
    return finding.ruleId().equals("subject.unlisted") && finding.severity() == Severity.INFO
        && finding.pointer().toString().startsWith("/basicExpenditure/");
  }

  @Property(tries = 300)
  void oneWrongCellIsAnErrorAtThatCell(@ForAll ExactFinalAccounts accounts,
      @ForAll @IntRange(max = 10_000) int pick) {
    // A table first, then a cell of it, so that the small tables (基本支出, "三公") are drawn as often as the others.
    List<List<PrintedCell>> tables = FinalAccountsPrinter.of(accounts, FinalAccountsDomain.CATALOG).checked().stream()
        .collect(Collectors.groupingBy(c -> c.table().number(), TreeMap::new, Collectors.toList())).values().stream()
        .toList();
    List<PrintedCell> cells = tables.get(pick % tables.size());
    PrintedCell wrong = cells.get(pick / tables.size() % cells.size());
    Statistics.label("table").collect(wrong.table().number());
    FinalAccounts printed = FinalAccountsPrinter.wrong(accounts, FinalAccountsDomain.CATALOG, wrong.pointer(),
        WRONG_BY).print();
    ValidationReport report = VALIDATOR.validate(printed);
    List<Finding> here = report.findings(Severity.ERROR).stream()
        .filter(f -> f.pointer().toString().equals(wrong.pointer())).toList();
    assertFalse(here.isEmpty(), () -> wrong + " is not an error: " + report);
    here.forEach(f -> assertTrue(wrong.isNamedBy(f.message()), () -> wrong + " not named by " + f));
    Statistics.label("table").coverage(check -> {
      for (int table : List.of(1, 2, 3, 4, 5, 6, 7, 8)) {
        check.check(table).count(c -> c > 0);
      }
    });
  }
}
