package io.github.fiscaltransfer.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fiscaltransfer.testing.BudgetProse.Written;
import io.github.fiscaltransfer.validation.Finding;
import io.github.fiscaltransfer.validation.Severity;
import java.util.List;
import net.jqwik.api.statistics.Statistics;

/** The two invariants of prose written from a document's own tables, for 部门预算 and 部门决算 alike. */
final class ProseVerdicts {

  private ProseVerdicts() {}

  /** Invariant "every statement passes, every figure statement links to a cell". */
  static void allLinkAndPass(List<StatementVerdict> verdicts, Written prose) {
    for (StatementVerdict verdict : verdicts) {
      assertTrue(verdict.passes(), () -> verdict + "\n" + verdict.findings() + "\n" + prose.text());
      if (verdict.statement() instanceof AmountStatement) {
        assertTrue(verdict.cell().isPresent(), () -> "not linked: " + verdict + "\n" + prose.text());
      }
    }
  }

  /** Invariant "the statement printed wrong is the one reported, by the rule of its fault". */
  static void onlyTheFaultIsReported(List<StatementVerdict> verdicts, Written prose) {
    String rule = switch (prose.fault().orElseThrow()) {
      case FIGURE -> StatementRule.FIGURE.id();
      case SIGN -> StatementRule.SIGN.id();
      case PERCENT -> StatementRule.PERCENT.id();
    };
    List<StatementVerdict> reported = verdicts.stream().filter(v -> !v.passes()).toList();
    assertEquals(1, reported.size(), () -> reported + "\n" + prose.text());
    assertEquals(prose.faultLine(), reported.get(0).statement().source().line(), prose::text);
    List<Finding> findings = reported.get(0).findings().stream()
        .filter(f -> f.severity() == Severity.ERROR || f.severity() == Severity.WARNING).toList();
    assertTrue(findings.stream().anyMatch(f -> f.ruleId().equals(rule)), () -> findings + "\n" + prose.text());
    Statistics.label("fault").collect(prose.fault().get(), findings.get(0).severity());
  }
}
