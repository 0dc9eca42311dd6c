package io.github.fiscaltransfer.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fiscaltransfer.budget.BudgetValidator;
import io.github.fiscaltransfer.budget.DepartmentBudget;
import io.github.fiscaltransfer.document.NoticeDocument;
import io.github.fiscaltransfer.notice.AllocationTable;
import io.github.fiscaltransfer.notice.TransferNotice;
import io.github.fiscaltransfer.performance.PerformanceTargetTable;
import io.github.fiscaltransfer.evaluation.SelfEvaluation;
import io.github.fiscaltransfer.policy.ValidationPolicy;
import io.github.fiscaltransfer.unit.FiscalUnit;
import io.github.fiscaltransfer.unit.UnitRegistry;
import io.github.fiscaltransfer.validation.Severity;
import io.github.fiscaltransfer.validation.ValidationReport;
import java.time.Year;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.statistics.Statistics;

/** What the public arbitraries promise: valid documents of every kind, units of every year of the registry. */
class GeneratedDocumentsPropertyTest {

  @Property(tries = 300)
  @Domain(NoticeDomain.class)
  void unitsComeFromEveryYearAndLevelOfTheBuiltInRegistry(@ForAll Year year, @ForAll FiscalUnit unit) {
    assertTrue(year.getValue() >= NoticeDomain.FIRST_YEAR && year.getValue() <= NoticeDomain.LAST_YEAR, year::toString);
    assertTrue(unit.code().isPresent(), unit::toString);
    Statistics.label("year").collect(year.getValue());
    Statistics.label("level").collect(unit.level());
    Statistics.label("year").coverage(c -> {
      for (int y = NoticeDomain.FIRST_YEAR; y <= NoticeDomain.LAST_YEAR; y++) {
        c.check(y).count(n -> n > 0);
      }
    });
  }

  @Property(tries = 200)
  @Domain(NoticeDomain.class)
  void noticesComeFromAnyIssuerAndYearAndTheirTablesSitBelowTheIssuer(@ForAll TransferNotice notice) {
    AllocationTable table = notice.allocations().get(0).table().orElseThrow();
    UnitRegistry registry = UnitRegistry.builtIn().asOf(notice.allocations().get(0).grant().fiscalYear());
    assertEquals(List.of(), table.lines().stream().map(line -> line.recipient().unit())
        .filter(unit -> !unit.equals(notice.issuer()) && !registry.children(notice.issuer()).contains(unit))
        .toList());
    Statistics.label("issuer is 江门市").collect(notice.issuer().name().equals("江门市"));
    Statistics.label("fiscal year").collect(notice.allocations().get(0).grant().fiscalYear().getValue() < 2020
        ? "2015-2019" : "2020-2024");
    Statistics.label("issuer is 江门市").coverage(c -> c.check(false).percentage(p -> p > 90));
    Statistics.label("fiscal year").coverage(c -> c.check("2015-2019").percentage(p -> p > 20));
  }

  @Property(tries = 200)
  @Domain(PerformanceDomain.class)
  void targetTablesHaveNoError(@ForAll PerformanceTargetTable table) {
    ValidationReport report = table.validate();
    assertTrue(report.findings(Severity.ERROR).isEmpty(), report::toString);
    Statistics.label("indicators").collect(table.indicators().size() == 1 ? "1" : "2-8");
  }

  @Property(tries = 200)
  @Domain(PerformanceDomain.class)
  void selfEvaluationsValidateCleanAndGradeTheirTotal(@ForAll SelfEvaluation evaluation) {
    ValidationReport report = evaluation.validate();
    assertTrue(report.isEmpty(), report::toString);
    assertEquals(evaluation.statedGrade(), evaluation.computedGrade());
    Statistics.label("grade").collect(evaluation.statedGrade().orElseThrow());
  }

  @Property(tries = 100)
  @Domain(NoticeDomain.class)
  void noticeDocumentsHaveNoError(@ForAll NoticeDocument document) {
    ValidationReport report = document.validate();
    assertTrue(report.findings(Severity.ERROR).isEmpty(), report::toString);
    Statistics.label("kind").collect(document.notice().isPresent() ? "notice" : "self-evaluation");
    Statistics.label("kind").coverage(c -> {
      c.check("notice").count(n -> n > 0);
      c.check("self-evaluation").count(n -> n > 0);
    });
  }

  @Property(tries = 50)
  @Domain(BudgetDomain.class)
  void departmentBudgetsHaveNoError(@ForAll DepartmentBudget budget) {
    ValidationReport report = BudgetValidator.of(ValidationPolicy.builder().catalogs(List.of(BudgetDomain.CATALOG))
        .build()).validate(budget);
    assertTrue(report.findings(Severity.ERROR).isEmpty(), report::toString);
    assertEquals(BudgetPrinter.YEAR, budget.year());
  }
}
