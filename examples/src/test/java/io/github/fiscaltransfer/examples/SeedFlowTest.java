package io.github.fiscaltransfer.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fiscaltransfer.hierarchy.Reconciliation;
import io.github.fiscaltransfer.money.Cny;
import io.github.fiscaltransfer.validation.Finding;
import io.github.fiscaltransfer.validation.ValidationReport;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seed JSON files as one flow: two orphan branches of Z155080000004, 16号's pre-allocations citing
 * provincial notices not in the seeds, seed 003 evaluating 307号's 196 万元, and
 * 16号's three unchanged confirmations.
 */
class SeedFlowTest {

  private final SeedFlow flow;

  SeedFlowTest() throws IOException {
    flow = SeedFlow.of(SeedDocuments.load());
  }

  @Test
  void chainHasItsOrphansAndTheCountyCheckedAsKinOf307() {
    ValidationReport chain = flow.chain();
    assertEquals(List.of("chain.orphan", "chain.orphan", "chain.kin", "chain.orphan", "chain.orphan"),
        chain.findings().stream().map(Finding::ruleId).toList(), chain::toString);
    assertEquals("粤财社〔2021〕307号#/basis/0", chain.findings().get(0).path());
    assertEquals("财社〔2021〕156号", chain.findings().get(0).expected().orElseThrow());
    assertEquals("德财社〔2022〕11号", chain.findings().get(1).expected().orElseThrow());
    assertTrue(chain.findings().get(2).path().startsWith("梁河县财政局"));
    assertTrue(chain.findings().get(2).message().contains("粤财社〔2021〕307号"));
    assertEquals("江财社〔2023〕2号#/basis/0", chain.findings().get(3).path());
    assertEquals("粤财社〔2022〕329号", chain.findings().get(3).expected().orElseThrow());
    assertEquals("江财社〔2023〕3号#/basis/0", chain.findings().get(4).path());
    assertEquals("粤财社〔2022〕328号", chain.findings().get(4).expected().orElseThrow());
  }

  @Test
  void seed003EvaluatesExactly307sLineForJiangmen() {
    List<ValidationReport> evaluations = flow.evaluations();
    assertEquals(1, evaluations.size());
    ValidationReport report = evaluations.get(0);
    assertEquals(List.of("chain.evaluation-unchecked"), report.findings().stream().map(Finding::ruleId).toList(),
        report::toString);
    assertEquals("8.16万元", report.findings().get(0).message().substring(0, 6));
    assertEquals("江财社〔2020〕217号", report.findings().get(0).actual().orElseThrow());
  }

  @Test
  void jiangmen16AdoptsItsThreePreAllocationsUnchanged() {
    List<Reconciliation> reconciliations = flow.reconciliations();
    assertEquals(List.of("76780000", "18290000", "1940000"), reconciliations.stream()
        .map(r -> Cny.toYuan(r.formalTotal()).stripTrailingZeros().toPlainString()).toList());
    assertEquals(List.of(3, 7, 8), reconciliations.stream().map(r -> r.deltas().size()).toList());
    reconciliations.forEach(r -> {
      assertTrue(r.isUnchanged(), r::toString);
      assertEquals(0, Cny.toYuan(r.netDelta()).compareTo(BigDecimal.ZERO));
    });
  }
}
