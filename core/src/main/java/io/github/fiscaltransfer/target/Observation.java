package io.github.fiscaltransfer.target;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;

/**
 * What was actually achieved for an indicator (实际完成值): a measured figure, a yes/no answer or a completion date.
 *
 * <p>Implementations are immutable, thread-safe records.
 */
public sealed interface Observation permits Observation.Measured, Observation.Answered, Observation.CompletedOn {

  /**
   * A measured figure in a unit, such as {@code 3次} or {@code 55.7%}; {@code equals} counts the figure's scale,
   * {@link Target#assess} does not.
   *
   * @param value the figure, not null, not negative
   * @param unit the unit, not null
   */
  record Measured(BigDecimal value, TargetUnit unit) implements Observation {
    /**
     * Creates a measured observation.
     *
     * @param value the figure, not null, not negative
     * @param unit the unit, not null
     * @throws IllegalArgumentException if the value is negative
     */
    public Measured {
      QuantitativeTarget.requireFigure(value);
      Objects.requireNonNull(unit, "unit");
    }

    /**
     * Returns the figure converted to the unit's base unit, exactly.
     *
     * @return the figure in {@code unit().base()}, not null
     */
    public BigDecimal inBaseUnit() {
      return unit.toBase(value);
    }

    /** Returns the figure and unit, such as {@code 55.7%}. */
    @Override
    public String toString() {
      return value.toPlainString() + unit.label();
    }
  }

  /**
   * A yes/no answer (是/否).
   *
   * @param yes whether the answer is 是
   */
  record Answered(boolean yes) implements Observation {
    /** Returns {@code 是} or {@code 否}. */
    @Override
    public String toString() {
      return yes ? YesNoTarget.YES : YesNoTarget.NO;
    }
  }

  /**
   * The date on which work was completed, in a fiscal year.
   *
   * @param date the completion date, not null
   * @param fiscalYear the fiscal year whose deadlines apply, not null
   */
  record CompletedOn(LocalDate date, Year fiscalYear) implements Observation {
    /**
     * Creates a completion observation.
     *
     * @param date the completion date, not null
     * @param fiscalYear the fiscal year whose deadlines apply, not null
     */
    public CompletedOn {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(fiscalYear, "fiscalYear");
    }

    /** Returns the date, such as {@code 2022-12-20}. */
    @Override
    public String toString() {
      return date.toString();
    }
  }

  /**
   * Returns a measured observation.
   *
   * @param value the figure, not null, not negative
   * @param unit the unit, not null
   * @return the observation, not null
   * @throws IllegalArgumentException if the value is negative
   */
  static Measured measured(BigDecimal value, TargetUnit unit) {
    return new Measured(value, unit);
  }

  /**
   * Reads an observation as a report prints it: a figure with its unit ({@code 3次}, {@code 55.7%}) or 是/否.
   *
   * @param text the printed observation, not null
   * @return the observation, not null
   * @throws ObservationParseException if the text is neither a figure without a comparison nor 是/否
   */
  static Observation parse(String text) {
    Target read = Target.parse(Objects.requireNonNull(text, "text"));
    if (read instanceof YesNoTarget yesNo) {
      return new Answered(yesNo.yes());
    }
    if (read instanceof QuantitativeTarget quantity && quantity.comparison() == Comparison.UNSTATED) {
      return new Measured(quantity.figure(), quantity.unit());
    }
    throw new ObservationParseException(text);
  }
}
