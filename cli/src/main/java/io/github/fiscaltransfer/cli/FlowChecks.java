package io.github.fiscaltransfer.cli;

import io.github.fiscaltransfer.document.NoticeDocument;
import io.github.fiscaltransfer.hierarchy.ChainRule;
import io.github.fiscaltransfer.hierarchy.FundFlow;
import io.github.fiscaltransfer.evaluation.SelfEvaluation;
import io.github.fiscaltransfer.policy.ValidationPolicy;
import io.github.fiscaltransfer.validation.JsonPointer;
import io.github.fiscaltransfer.validation.ValidationReport;
import java.util.List;
import java.util.Optional;

/**
 * The fund flow (资金链) of a set of documents and every chain finding: links, orphans, subtotals (chain.subtotal)
 * and each self-evaluation (绩效自评) against the notices of the set.
 *
 * @param flow the flow of the set's notices, not null
 * @param report every chain finding, each naming the document it is in, not null
 */
record FlowChecks(FundFlow flow, ValidationReport report) {

  /**
   * Links the notices of a set and checks the flow.
   *
   * @param documents the documents, not null
   * @param policy the rules to run, and the registry that names the unit a self-evaluation's region is, not null
   * @return the checks, not null
   * @throws IllegalArgumentException if two different notices have the same document number
   */
  static FlowChecks of(List<NoticeDocument> documents, ValidationPolicy policy) {
    FundFlow flow = FundFlow.of(documents.stream().flatMap(document -> document.notice().stream()).toList());
    ValidationReport report = flow.validate(policy);
    for (NoticeDocument document : documents) {
      if (document.selfEvaluation().isPresent()) {
        report = report.plus(evaluate(flow, document.selfEvaluation().get(), policy));
      }
    }
    return new FlowChecks(flow, report);
  }

  private static ValidationReport evaluate(FundFlow flow, SelfEvaluation evaluation, ValidationPolicy policy) {
    Optional<String> region = evaluation.region();
    return region.flatMap(policy.units()::byName).map(unit -> flow.validate(evaluation, unit, policy)).orElseGet(() ->
        policy.adjust(ValidationReport.of(List.of(ChainRule.EVALUATION_UNCHECKED.finding(
            JsonPointer.root().child("region"), "a region the unit registry knows", region.orElse("none"),
            "the self-evaluation names no unit the registry knows, so it was not checked against the flow")
            .in(evaluation.reference())))));
  }
}
