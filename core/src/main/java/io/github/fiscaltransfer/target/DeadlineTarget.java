package io.github.fiscaltransfer.target;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A deadline target, such as {@code 12月底前}: done by the end of that month of the fiscal year.
 *
 * <p>Immutable and thread-safe.
 */
public final class DeadlineTarget implements Target {

  private final String text;
  private final Month month;

  private DeadlineTarget(String text, Month month) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(month, "month");
    this.text = text;
    this.month = month;
  }

  /** Used by the parser: the text as printed with what it was read as. */
  static DeadlineTarget parsed(String text, Month month) {
    return new DeadlineTarget(text, month);
  }

  /**
   * Returns the target as printed, not null.
   *
   * @return the text
   */
  public String text() {
    return text;
  }

  /**
   * Returns the month by whose end the work is due, not null.
   *
   * @return the month
   */
  public Month month() {
    return month;
  }

  /**
   * Returns the deadline printed as {@code 12月底前}.
   *
   * @param month the month, not null
   * @return the target, not null
   */
  public static DeadlineTarget of(Month month) {
    return new DeadlineTarget(month.getValue() + "月底前", month);
  }

  /**
   * Returns the last day on which the work may be done in a fiscal year.
   *
   * @param fiscalYear the fiscal year, not null
   * @return the last day of the month in that year, not null
   */
  public LocalDate dueDate(Year fiscalYear) {
    return YearMonth.of(Objects.requireNonNull(fiscalYear, "fiscalYear").getValue(), month).atEndOfMonth();
  }

  @Override
  public TargetKind kind() {
    return TargetKind.DEADLINE;
  }

  /**
   * Compares a completion date with the due date in the observation's fiscal year.
   *
   * @param observed the observation, not null
   * @return the assessment, not null
   */
  @Override
  public Assessment assess(Observation observed) {
    if (!(Objects.requireNonNull(observed, "observed") instanceof Observation.CompletedOn completed)) {
      return Assessment.mismatch(observed, this);
    }
    LocalDate due = dueDate(completed.fiscalYear());
    boolean met = !completed.date().isAfter(due);
    return Assessment.of(met, "completed on " + completed + (met ? ", by " : ", after ") + due);
  }

  /** Equal when printed the same and read the same. */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof DeadlineTarget other && text.equals(other.text) && month.equals(other.month);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, month);
  }

  /** Returns the printed text, such as {@code 12月底前}. */
  @Override
  public String toString() {
    return text;
  }
}
