package io.github.fiscaltransfer.hierarchy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.evaluation.BudgetLine;
import io.github.fiscaltransfer.evaluation.SeedSelfEvaluations;
import io.github.fiscaltransfer.evaluation.SelfEvaluation;
import io.github.fiscaltransfer.validation.Finding;
import io.github.fiscaltransfer.validation.Severity;
import io.github.fiscaltransfer.validation.ValidationReport;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Seed 003 evaluates 粤财社〔2021〕307号's 196 万元 for 江门市, plus 8.16 万元 carried over from 江财社〔2020〕217号. */
class FundFlowEvaluationTest {

  private static final String PATH = "绩效自评 2022 江门市 中央财政医疗服务与保障能力提升补助资金#/budgetLines";
  private static final FundFlow FLOW = FundFlow.of(List.of(JiangmenChain.province()));

  @Test
  void seedEvaluationMatchesTheProvinceLineForJiangmen() {
    ValidationReport report = FLOW.validate(SeedSelfEvaluations.jiangmen2022(), JiangmenChain.JIANGMEN);
    assertEquals(1, report.findings().size(), report::toString);
    Finding carriedOver = report.findings().get(0);
    assertEquals(ChainRule.EVALUATION_UNCHECKED.id(), carriedOver.ruleId());
    assertEquals(Severity.INFO, carriedOver.severity());
    assertEquals(PATH + "/0", carriedOver.path());
    assertEquals("8.16万元 is not compared with an allocation: funds carried over (结转) are what was left, not what "
        + "was allocated", carriedOver.message());
  }

  @Test
  void evaluatingMoreThanTheLineIsAnError() {
    SelfEvaluation seed = SeedSelfEvaluations.jiangmen2022();
    BudgetLine allocated = seed.budgetLines().get(1);
    SelfEvaluation inflated = SelfEvaluation.builder().from(seed).budgetLines(List.of(seed.budgetLines().get(0),
        BudgetLine.builder().from(allocated).available(PrintedAmount.parse("200万元")).build())).build();
    List<Finding> amount = FLOW.validate(inflated, JiangmenChain.JIANGMEN).findings(ChainRule.EVALUATION_AMOUNT.id());
    assertEquals(1, amount.size());
    assertEquals(PATH + "/1/available", amount.get(0).path());
    assertEquals("196万元", amount.get(0).expected().orElseThrow());
    assertEquals("200万元", amount.get(0).actual().orElseThrow());
  }

  @Test
  void aUnitWithoutALineIsAnError() {
    List<Finding> amount = FLOW.validate(SeedSelfEvaluations.jiangmen2022(), JiangmenChain.unit("珠海市"))
        .findings(ChainRule.EVALUATION_AMOUNT.id());
    assertEquals(1, amount.size());
    assertEquals(PATH + "/1/basisDocument", amount.get(0).path());
    assertEquals("粤财社〔2021〕307号 gives 珠海市 no line for 2022 funds", amount.get(0).message());
  }

  @Test
  void basisOutsideTheFlowIsUnchecked() {
    ValidationReport report = FundFlow.of(List.of()).validate(SeedSelfEvaluations.jiangmen2022(),
        JiangmenChain.JIANGMEN);
    assertEquals(List.of(Severity.INFO, Severity.INFO), report.findings().stream().map(Finding::severity).toList());
    assertEquals("196万元 is not compared with an allocation: its basis 粤财社〔2021〕307号 is not a notice of the flow",
        report.findings().get(1).message());
  }
}
