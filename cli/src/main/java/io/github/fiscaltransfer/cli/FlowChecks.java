package io.github.fiscaltransfer.cli;

import io.github.fiscaltransfer.hierarchy.ChainRule;
import io.github.fiscaltransfer.hierarchy.FundFlow;
import io.github.fiscaltransfer.hierarchy.RollUp;
import io.github.fiscaltransfer.jackson.NoticeDocument;
import io.github.fiscaltransfer.performance.SelfEvaluation;
import io.github.fiscaltransfer.unit.UnitRegistry;
import io.github.fiscaltransfer.validation.ValidationReport;
import java.util.List;
import java.util.Optional;

/**
 * The fund flow (资金链) of a set of documents and every chain finding: links, orphans, subtotals (chain.subtotal)
 * and each self-evaluation (绩效自评) against the notices of the set.
 *
 * @param flow the flow of the set's notices, not null
 * @param report every chain finding, not null
 */
record FlowChecks(FundFlow flow, ValidationReport report) {

  /**
   * Links the notices of a set and checks the flow.
   *
   * @param documents the documents, not null
   * @param units the registry that names the unit a self-evaluation's region is, not null
   * @return the checks, not null
   * @throws IllegalArgumentException if two different notices have the same document number
   */
  static FlowChecks of(List<NoticeDocument> documents, UnitRegistry units) {
    FundFlow flow = FundFlow.of(documents.stream().flatMap(document -> document.notice().stream()).toList());
    // FundFlow.validate() leaves chain.subtotal to RollUp.subtotals until the two are one call (issue #16).
    ValidationReport report = flow.validate().plus(RollUp.subtotals(flow));
    for (NoticeDocument document : documents) {
      if (document.selfEvaluation().isPresent()) {
        report = report.plus(evaluate(flow, document.selfEvaluation().get(), units, DocumentSet.key(document)));
      }
    }
    return new FlowChecks(flow, report);
  }

  private static ValidationReport evaluate(FundFlow flow, SelfEvaluation evaluation, UnitRegistry units,
      String key) {
    Optional<String> region = evaluation.region();
    return region.flatMap(units::byName).map(unit -> flow.validate(evaluation, unit)).orElseGet(() ->
        ValidationReport.of(List.of(ChainRule.EVALUATION_UNCHECKED.finding(key + ": region",
            "a region the unit registry knows", region.orElse("none"),
            "the self-evaluation names no unit the registry knows, so it was not checked against the flow"))));
  }
}
