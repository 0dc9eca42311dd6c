package io.github.fiscaltransfer.deadline;

import io.github.fiscaltransfer.identifier.DocumentNumber;
import io.github.fiscaltransfer.unit.FiscalUnit;
import java.time.LocalDate;
import java.time.Year;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Dates a user supplies where documents do not print them (补充日期), each with its origin: the day a unit received
 * a notice (收到日期), the day a congress approved a level's budget (人大批准预算), and the days a department's
 * budget was approved (批复) and disclosed (公开). Immutable and thread-safe; {@link #none()} or {@link #builder()}.
 */
public final class SuppliedDates {

  private static final SuppliedDates NONE = new SuppliedDates(new Builder());

  private final Map<String, KnownDate> dates;

  private SuppliedDates(Builder builder) {
    this.dates = Map.copyOf(builder.dates);
  }

  /**
   * Returns no dates.
   *
   * @return the empty set of dates, not null
   */
  public static SuppliedDates none() {
    return NONE;
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the day a unit received a notice, if supplied.
   *
   * @param notice the number of the notice received, not null
   * @param receiver the unit that received it, not null
   * @return the date, or empty
   */
  public Optional<KnownDate> receipt(DocumentNumber notice, FiscalUnit receiver) {
    return Optional.ofNullable(dates.get(receiptKey(notice, receiver)));
  }

  /**
   * Returns the day a level's congress approved its budget for a year, if supplied.
   *
   * @param government the government whose budget it is, not null
   * @param year the budget year, not null
   * @return the date, or empty
   */
  public Optional<KnownDate> congressApproval(FiscalUnit government, Year year) {
    return Optional.ofNullable(dates.get(congressKey(government, year)));
  }

  /**
   * Returns the day a department's budget or final accounts were approved (批复) or disclosed (公开), if supplied.
   *
   * @param event {@link DateEvent#BUDGET_REPLY} or {@link DateEvent#DISCLOSURE}, not null
   * @param budget the budget's reference, such as {@code 深圳市医疗保障局 2022 预算}, not null
   * @return the date, or empty
   */
  public Optional<KnownDate> budgetDate(DateEvent event, String budget) {
    return Optional.ofNullable(dates.get(budgetKey(event, budget)));
  }

  private static String receiptKey(DocumentNumber notice, FiscalUnit receiver) {
    return "receipt|" + Objects.requireNonNull(notice, "notice") + "|" + Objects.requireNonNull(receiver, "receiver")
        .name() + "|" + receiver.code().map(Object::toString).orElse("");
  }

  private static String congressKey(FiscalUnit government, Year year) {
    return "congress|" + Objects.requireNonNull(government, "government").name() + "|"
        + government.code().map(Object::toString).orElse("") + "|" + Objects.requireNonNull(year, "year");
  }

  private static String budgetKey(DateEvent event, String budget) {
    return Objects.requireNonNull(event, "event").id() + "|" + Objects.requireNonNull(budget, "budget");
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof SuppliedDates other && dates.equals(other.dates);
  }

  @Override
  public int hashCode() {
    return dates.hashCode();
  }

  /** Returns the number of dates, such as {@code 2 supplied dates}. */
  @Override
  public String toString() {
    return dates.size() + (dates.size() == 1 ? " supplied date" : " supplied dates");
  }

  /** Builds {@link SuppliedDates}; a date supplied again for the same case replaces the first. Not thread-safe. */
  public static final class Builder {

    private final Map<String, KnownDate> dates = new HashMap<>();

    private Builder() {}

    /**
     * Supplies the day a unit received a notice (收到日期).
     *
     * @param notice the number of the notice received, not null
     * @param receiver the unit that received it, not null
     * @param date the day, not null
     * @param origin where the date comes from, such as {@code 收文登记簿}, not blank
     * @return this builder
     */
    public Builder receipt(DocumentNumber notice, FiscalUnit receiver, LocalDate date, String origin) {
      dates.put(receiptKey(notice, receiver), KnownDate.of(DateEvent.RECEIPT, date, origin));
      return this;
    }

    /**
     * Supplies the day a level's congress approved its budget (人大批准预算).
     *
     * @param government the government whose budget it is, not null
     * @param year the budget year, not null
     * @param date the day, not null
     * @param origin where the date comes from, not blank
     * @return this builder
     */
    public Builder congressApproval(FiscalUnit government, Year year, LocalDate date, String origin) {
      dates.put(congressKey(government, year), KnownDate.of(DateEvent.CONGRESS_APPROVAL, date, origin));
      return this;
    }

    /**
     * Supplies the day a department's budget or final accounts were approved (批复) or disclosed (公开).
     *
     * @param event {@link DateEvent#BUDGET_REPLY} or {@link DateEvent#DISCLOSURE}, not null
     * @param budget the budget's reference as {@code DepartmentBudget.reference()} gives it, such as
     *     {@code 深圳市医疗保障局 2022 预算}, not null
     * @param date the day, not null
     * @param origin where the date comes from, not blank
     * @return this builder
     * @throws IllegalArgumentException if the event is another one
     */
    public Builder budgetDate(DateEvent event, String budget, LocalDate date, String origin) {
      if (event != DateEvent.BUDGET_REPLY && event != DateEvent.DISCLOSURE) {
        throw new IllegalArgumentException("A department budget's date is its 批复 or its 公开, not " + event.label());
      }
      dates.put(budgetKey(event, budget), KnownDate.of(event, date, origin));
      return this;
    }

    /**
     * Returns the dates.
     *
     * @return the dates, not null
     */
    public SuppliedDates build() {
      return new SuppliedDates(this);
    }
  }
}
