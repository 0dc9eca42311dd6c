package io.github.fiscaltransfer.statement;

import io.github.fiscaltransfer.budget.TableFormat;
import io.github.fiscaltransfer.money.AmountUnit;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.money.RoundingEnvelope;
import java.math.BigDecimal;

/** The printed step (unit and decimals) a comparison of prose and table is judged at: the coarser of the two. */
record Step(AmountUnit unit, int scale) {

  private static final BigDecimal HALF = new BigDecimal("0.5");

  static Step of(PrintedAmount amount) {
    return new Step(amount.unit(), amount.scale());
  }

  static Step of(TableFormat format) {
    return new Step(format.unit(), format.scale());
  }

  /** Returns the coarser of this step and another. */
  Step coarser(Step other) {
    return other.yuan().compareTo(yuan()) > 0 ? other : this;
  }

  /** Returns the step in yuan. */
  BigDecimal yuan() {
    return unit.toYuan(BigDecimal.ONE.movePointLeft(scale));
  }

  /** Returns half the step in yuan: how far a figure printed at this step may be from its exact value. */
  BigDecimal half() {
    return yuan().multiply(HALF);
  }

  /** Returns the envelope of an equation of printed figures at this step. */
  RoundingEnvelope envelope(int figures) {
    return RoundingEnvelope.of(figures, unit, scale);
  }
}
