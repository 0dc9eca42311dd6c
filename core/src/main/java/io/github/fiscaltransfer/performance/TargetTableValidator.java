package io.github.fiscaltransfer.performance;

import io.github.fiscaltransfer.internal.PrintedSums;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.target.Target;
import io.github.fiscaltransfer.validation.Arguments;
import io.github.fiscaltransfer.validation.Finding;
import io.github.fiscaltransfer.validation.JsonPointer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Runs the target-table rules of {@link PerformanceRule}, collecting every finding in table order. */
final class TargetTableValidator {

  private static final Pattern GOAL_PREFIX = Pattern.compile("^(目标\\s*\\d+\\s*[：:]|\\d+\\s*[.、．])\\s*");
  private static final Pattern TEMPLATE_ROW = Pattern.compile("^[.。…·\\s]+$");

  private static final JsonPointer FUNDING = JsonPointer.root().child("funding");
  private static final JsonPointer ANNUAL = FUNDING.child("annual");

  private TargetTableValidator() {}

  static List<Finding> findings(PerformanceTargetTable table) {
    List<Finding> findings = new ArrayList<>(fundingFindings(table.funding()));
    for (int i = 0; i < table.goals().size(); i++) {
      goalFinding(table.goals().get(i), JsonPointer.root().element("goals", i)).ifPresent(findings::add);
    }
    for (int i = 0; i < table.indicators().size(); i++) {
      findings.addAll(indicatorFindings(table.indicators().get(i), JsonPointer.root().element("indicators", i)));
    }
    return findings;
  }

  static List<Finding> noticeTotalFindings(PerformanceTargetTable table, PrintedAmount noticeTotal) {
    return table.funding().annual()
        .filter(annual -> !annual.isSameAmountAs(noticeTotal))
        .map(annual -> PerformanceRule.FUNDING_NOTICE_TOTAL.finding(ANNUAL, noticeTotal, annual,
            Arguments.of("annual", annual).and("total", noticeTotal)))
        .stream().toList();
  }

  private static List<Finding> fundingFindings(Funding funding) {
    if (funding.annual().isEmpty()) {
      return List.of(PerformanceRule.FUNDING_ANNUAL_BLANK.finding(FUNDING, "an amount", "blank",
          Arguments.none()));
    }
    PrintedAmount annual = funding.annual().get();
    List<PrintedAmount> parts = Stream.of(funding.central(), funding.local(), funding.other())
        .flatMap(Optional::stream).toList();
    if (parts.isEmpty() || PrintedSums.yuan(parts).compareTo(annual.toYuan()) == 0) {
      return List.of();
    }
    String sum = PrintedSums.text(parts, annual.unit());
    return List.of(PerformanceRule.FUNDING_PARTS_SUM.finding(FUNDING, annual, sum,
        Arguments.of("sum", sum).and("annual", annual)));
  }

  private static Optional<Finding> goalFinding(String goal, JsonPointer path) {
    String content = GOAL_PREFIX.matcher(goal.strip()).replaceFirst("");
    if (!content.isBlank() && !content.startsWith(".") && !content.startsWith("…")) {
      return Optional.empty();
    }
    return Optional.of(PerformanceRule.GOAL_PLACEHOLDER.finding(path, "a goal", goal,
        Arguments.of("goal", goal)));
  }

  private static List<Finding> indicatorFindings(PerformanceIndicator indicator, JsonPointer path) {
    if (TEMPLATE_ROW.matcher(indicator.name()).matches()) {
      return List.of(PerformanceRule.INDICATOR_PLACEHOLDER.finding(path.child("name"), "an indicator",
          indicator.name(), Arguments.of("row", indicator.name())));
    }
    List<Finding> findings = new ArrayList<>();
    targetFinding(indicator, path.child("target")).ifPresent(findings::add);
    findings.addAll(CategoryRules.findings(indicator, path));
    return findings;
  }

  private static Optional<Finding> targetFinding(PerformanceIndicator indicator, JsonPointer path) {
    Target target = indicator.target();
    Arguments arguments = Arguments.of("indicator", indicator.name()).and("target", target.text());
    switch (target.kind()) {
      case PLACEHOLDER:
        return Optional.of(PerformanceRule.TARGET_PLACEHOLDER.finding(path, "a figure", target.text(),
            arguments));
      case EMPTY:
        return Optional.of(PerformanceRule.TARGET_EMPTY.finding(path, "a target", "empty", arguments));
      case UNPARSED:
        return Optional.of(PerformanceRule.TARGET_UNPARSED.finding(path, "a readable target", target.text(),
            arguments));
      default:
        return Optional.empty();
    }
  }
}
