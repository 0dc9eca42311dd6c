package io.github.fiscaltransfer.statement;

import io.github.fiscaltransfer.money.Precision;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.money.RoundingEnvelope;
import io.github.fiscaltransfer.validation.Arguments;
import io.github.fiscaltransfer.validation.Finding;
import io.github.fiscaltransfer.validation.JsonPointer;
import io.github.fiscaltransfer.validation.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Judges one figure statement against the cell it restates, or on its own where it restates none. */
final class StatementChecks {

  private final AmountStatement statement;
  private final JsonPointer at;
  private final List<Finding> findings = new ArrayList<>();

  private StatementChecks(AmountStatement statement, JsonPointer at) {
    this.statement = statement;
    this.at = at;
  }

  static List<Finding> check(AmountStatement statement, JsonPointer at, Link link) {
    StatementChecks checks = new StatementChecks(statement, at);
    statement.share().ifPresent(checks::share);
    if (link.cell().isEmpty()) {
      checks.add(StatementRule.UNLINKED, Severity.INFO, "a cell of the tables", "none", link.reason(),
          link.arguments());
      statement.comparison().ifPresent(checks::statedChange);
    } else {
      checks.figure(link.cell().get());
      statement.comparison().ifPresent(c -> checks.change(c, link.cell().get()));
    }
    return checks.findings;
  }

  private void figure(LinkedCell cell) {
    Step step = Step.of(statement.figure()).coarser(Step.of(cell.format()));
    compare(StatementRule.FIGURE, statement.figure().toYuan(), statement.figure().toString(),
        cell.current().toYuan(), cell.figures() + 1, step, stated("restates").and("cell", cell.description()));
  }

  private void change(Comparison comparison, LinkedCell cell) {
    if (cell.previous().isEmpty()) {
      add(StatementRule.CHANGE_UNCHECKED, Severity.INFO, "last year's figure", "not printed", null,
          Arguments.of("comparison", comparison).and("cell", cell.description()));
      statedChange(comparison);
      return;
    }
    BigDecimal previous = cell.previous().get().toYuan();
    BigDecimal actual = cell.current().toYuan().subtract(previous);
    boolean contradicts = sign(comparison.direction(), actual, "change")
        | comparison.percentDirection().map(d -> sign(d, actual, "percentage")).orElse(false);
    Step table = Step.of(cell.format());
    comparison.amount().ifPresent(amount -> {
      BigDecimal stated = amount.toYuan().multiply(BigDecimal.valueOf(contradicts ? actual.signum()
          : comparison.direction().signum()));
      compare(StatementRule.CHANGE, stated, signed(comparison, amount), actual, 1 + 2 * cell.figures(),
          Step.of(amount).coarser(table), stated("change-of").and("cell", cell.description()));
    });
    BigDecimal slack = table.half().multiply(BigDecimal.valueOf(cell.figures()));
    comparison.percent().ifPresent(p -> percent(p, actual.abs(), slack.add(slack), previous, slack,
        stated("change-over").and("cell", cell.description())));
  }

  /** A change no table can check: its sign words agree, and its percentage is the stated change over the base. */
  private void statedChange(Comparison comparison) {
    comparison.percentDirection().filter(d -> d.signum() * comparison.direction().signum() < 0
            || comparison.direction() == Direction.UNCHANGED && d != Direction.UNCHANGED)
        .ifPresent(d -> add(StatementRule.SIGN, Severity.ERROR, comparison.direction(), d, "words",
            Arguments.of("direction", comparison.direction()).and("percentDirection", d)));
    comparison.amount().filter(a -> comparison.direction() == Direction.UNCHANGED && a.figure().signum() != 0)
        .ifPresent(a -> add(StatementRule.SIGN, Severity.ERROR, "0", a, "unchanged", Arguments.of("amount", a)));
    if (comparison.amount().isPresent() && comparison.percent().isPresent()) {
      PrintedAmount amount = comparison.amount().get();
      BigDecimal base = statement.figure().toYuan().subtract(amount.toYuan()
          .multiply(BigDecimal.valueOf(comparison.direction().signum())));
      BigDecimal half = Step.of(amount).half();
      percent(comparison.percent().get(), amount.toYuan(), half, base, half.add(Step.of(statement.figure()).half()),
          stated("stated-change").and("change", signed(comparison, amount)).and("base",
              PrintedAmount.formatYuan(base, statement.figure().unit())));
    }
  }

  private void share(Share share) {
    if (share.whole().figure().signum() == 0 && share.percent().figure().signum() != 0) {
      add(StatementRule.PERCENT, Severity.ERROR, "no percentage", share.percent(), "no-whole",
          Arguments.of("percent", share.percent()).and("whole", share.whole()));
      return;
    }
    percent(share.percent(), statement.figure().toYuan(), Step.of(statement.figure()).half(), share.whole().toYuan(),
        Step.of(share.whole()).half(), stated("share").and("figure", statement.figure()).and("whole", share.whole()));
  }

  /** Reports a sign word contradicting the actual change; returns whether it does. */
  private boolean sign(Direction word, BigDecimal actual, String what) {
    boolean contradicts = word.signum() * actual.signum() < 0
        || word == Direction.UNCHANGED && actual.signum() != 0;
    if (contradicts) {
      add(StatementRule.SIGN, Severity.ERROR, Direction.of(actual.signum()), word, null, stated(what)
          .and("word", word).and("actual", PrintedAmount.formatYuan(actual, statement.figure().unit())));
    }
    return contradicts;
  }

  private void percent(Percent percent, BigDecimal part, BigDecimal partSlack, BigDecimal whole,
      BigDecimal wholeSlack, Arguments what) {
    if (whole.signum() <= 0) {
      return;
    }
    BigDecimal exact = percent.roundAsPrinted(part, whole);
    if (exact.compareTo(percent.figure()) == 0) {
      return;
    }
    boolean rounding = percent.reachable(part, partSlack, whole, wholeSlack);
    add(StatementRule.PERCENT, rounding ? Severity.WARNING : Severity.ERROR, exact.toPlainString() + "%", percent,
        rounding ? "within" : null, what.and("exact", exact.toPlainString() + "%").and("percent", percent));
  }

  private void compare(StatementRule rule, BigDecimal statedYuan, String stated, BigDecimal expectedYuan,
      int figures, Step step, Arguments what) {
    BigDecimal difference = statedYuan.subtract(expectedYuan);
    if (difference.signum() == 0) {
      return;
    }
    RoundingEnvelope envelope = step.envelope(figures);
    BigDecimal printedDifference = step.unit().fromYuan(difference);
    boolean rounding = envelope.allows(printedDifference);
    String expected = PrintedAmount.formatYuan(expectedYuan, step.unit());
    add(rule, rounding ? Severity.WARNING : rule.severity(), expected, stated, null, what.and("topic",
        statement.topic()).and("figure", stated).and("expected", expected).and("difference",
        PrintedAmount.formatYuan(difference, step.unit())).and(Precision.presentation().judgement(printedDifference,
        envelope)));
  }

  private static String signed(Comparison comparison, PrintedAmount amount) {
    return comparison.direction() + " " + amount;
  }

  /** The arguments naming what a statement says, a {@code stated.} phrase of the bundles. */
  private static Arguments stated(String phrase) {
    return Arguments.of("stated", phrase);
  }

  private void add(StatementRule rule, Severity severity, Object expected, Object actual, String variant,
      Arguments arguments) {
    findings.add(Finding.builder().from(Finding.of(severity, rule.id(), at, expected, actual, variant, arguments))
        .source(statement.source().position()).build());
  }
}
