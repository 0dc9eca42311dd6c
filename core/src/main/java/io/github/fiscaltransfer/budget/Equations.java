package io.github.fiscaltransfer.budget;

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
import java.util.Optional;

/**
 * Compares printed figures in the rounded-presentation regime ({@link Precision#presentation()}: a disclosure's 万元
 * figures are rounded from accounts in 元, so a difference within the rounding envelope is 尾数误差, a warning),
 * collecting one finding a failed comparison.
 */
final class Equations {

  /** The actual value of a blank cell compared as zero. */
  static final String BLANK = "a blank cell";

  /** The regime of every comparison of a department budget or 决算. */
  static final Precision PRECISION = Precision.presentation();

  private final List<Finding> findings = new ArrayList<>();

  /** The printed figure at place must equal the sum of the printed addends. */
  void sum(BudgetRule rule, Place place, PrintedAmount printed, List<PrintedAmount> addends, Phrase what,
      TableFormat format) {
    BigDecimal yuan = addends.stream().map(PrintedAmount::toYuan).reduce(BigDecimal.ZERO, BigDecimal::add);
    compare(rule, place, printed, yuan, addends.size() + 1, what, format);
  }

  /** The figure at place, a blank cell counting as zero, must equal the sum of the printed addends. */
  void sum(BudgetRule rule, Place place, Optional<PrintedAmount> printed, List<PrintedAmount> addends, Phrase what,
      TableFormat format) {
    BigDecimal yuan = addends.stream().map(PrintedAmount::toYuan).reduce(BigDecimal.ZERO, BigDecimal::add);
    compare(rule, place, printed.map(PrintedAmount::toYuan).orElse(BigDecimal.ZERO),
        printed.map(Object::toString).orElse(BLANK), yuan, addends.size() + 1, what, format);
  }

  /**
   * The printed figure at place must equal an expected value in yuan computed from printed figures; figures counts
   * every printed figure of the comparison, the one at place included.
   */
  void compare(BudgetRule rule, Place place, PrintedAmount printed, BigDecimal expectedYuan, int figures,
      Phrase what, TableFormat format) {
    compare(rule, place, printed.toYuan(), printed.toString(), expectedYuan, figures, what, format);
  }

  /** As {@link #compare(BudgetRule, Place, PrintedAmount, BigDecimal, int, String, TableFormat)}, for a sum. */
  void compare(BudgetRule rule, Place place, BigDecimal actualYuan, String actual, BigDecimal expectedYuan,
      int figures, Phrase what, TableFormat format) {
    BigDecimal difference = actualYuan.subtract(expectedYuan);
    if (difference.signum() == 0) {
      return;
    }
    RoundingEnvelope envelope = RoundingEnvelope.of(figures, format.unit(), format.scale());
    BigDecimal printedDifference = format.unit().fromYuan(difference);
    String expected = format.print(expectedYuan);
    Severity severity = PRECISION.explains(printedDifference, envelope) ? Severity.WARNING : rule.severity();
    findings.add(rule.finding(severity, JsonPointer.parse(place.pointer()), expected, actual, Arguments.of("equation",
        "sum").and("place", place.describe()).and("what", what.name()).and(what.arguments().asMap())
        .and("expected", expected).and("cell", actual.equals(BLANK) ? "blank" : "figure").and("actual", actual)
        .and("difference", format.print(difference)).and("gap", format.print(difference.abs())).and(PRECISION.judgement(printedDifference, envelope))));
  }

  /** An "of which" figure must not exceed its parent by more than rounding explains. */
  void atMost(BudgetRule rule, Place place, PrintedAmount part, PrintedAmount whole, Column parent,
      TableFormat format) {
    BigDecimal excess = part.toYuan().subtract(whole.toYuan());
    if (excess.signum() <= 0) {
      return;
    }
    compare(rule, place, part, whole.toYuan(), 2, Phrase.of("at-most").with("parent", parent.label()), format);
  }

  void add(Finding finding) {
    findings.add(finding);
  }

  List<Finding> findings() {
    return findings;
  }
}
