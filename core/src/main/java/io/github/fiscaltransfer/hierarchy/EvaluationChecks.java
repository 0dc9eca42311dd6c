package io.github.fiscaltransfer.hierarchy;

import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.notice.AllocationLine;
import io.github.fiscaltransfer.notice.TransferNotice;
import io.github.fiscaltransfer.evaluation.BudgetLine;
import io.github.fiscaltransfer.evaluation.BudgetSource;
import io.github.fiscaltransfer.evaluation.SelfEvaluation;
import io.github.fiscaltransfer.unit.FiscalUnit;
import io.github.fiscaltransfer.validation.Arguments;
import io.github.fiscaltransfer.validation.Finding;
import io.github.fiscaltransfer.validation.JsonPointer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code chain.evaluation-*} checks: each budget line of a self-evaluation (绩效自评) that cites a notice of
 * the flow evaluates exactly that notice's line for the evaluating unit, as seed 003's 196 万元 is
 * 粤财社〔2021〕307号's line for 江门市.
 */
final class EvaluationChecks {

  private EvaluationChecks() {}

  static List<Finding> check(FundFlow flow, SelfEvaluation evaluation, FiscalUnit evaluator) {
    List<Finding> findings = new ArrayList<>();
    List<BudgetLine> lines = evaluation.budgetLines();
    for (int i = 0; i < lines.size(); i++) {
      JsonPointer path = JsonPointer.root().element("budgetLines", i);
      BudgetLine line = lines.get(i);
      Optional<TransferNotice> notice = flow.cited(line);
      if (line.source() == BudgetSource.CARRIED_OVER) {
        findings.add(unchecked(path, line, "carried-over"));
      } else if (notice.isEmpty()) {
        findings.add(unchecked(path, line, line.basisDocument().isPresent() ? "basis" : "no-basis"));
      } else {
        compare(path, line, notice.get(), flow.linesGiven(line, evaluator), evaluator).ifPresent(findings::add);
      }
    }
    return findings.stream().map(finding -> finding.in(evaluation.reference())).toList();
  }

  private static Optional<Finding> compare(JsonPointer path, BudgetLine line, TransferNotice notice,
      List<AllocationLine> lines, FiscalUnit evaluator) {
    List<PrintedAmount> given = lines.stream().map(AllocationLine::amount).toList();
    if (given.stream().anyMatch(amount -> amount.isSameAmountAs(line.available()))) {
      return Optional.empty();
    }
    if (given.isEmpty()) {
      return Optional.of(ChainRule.EVALUATION_AMOUNT.finding(path.child("basisDocument"),
          "a line for " + evaluator.name(), "none", "no-line", Arguments.of("notice", notice.reference())
              .and("unit", evaluator.name()).and("fundsYear", line.fundsYear())));
    }
    return Optional.of(ChainRule.EVALUATION_AMOUNT.finding(path.child("available"), given.get(0), line.available(),
        Arguments.of("unit", evaluator.name()).and("available", line.available()).and("fundsYear", line.fundsYear())
            .and("notice", notice.reference()).and("given", given.get(0))));
  }

  /** A line not compared, for a reason that is the finding's variant: carried-over, basis (not in the flow), no-basis. */
  private static Finding unchecked(JsonPointer path, BudgetLine line, String reason) {
    return ChainRule.EVALUATION_UNCHECKED.finding(path, "a notice of the flow",
        line.basisDocument().map(Object::toString).orElse("none"),
        reason, Arguments.of("available", line.available()).and("basis", line.basisDocument().map(Object::toString)
            .orElse("(none)")));
  }
}
