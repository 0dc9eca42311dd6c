package io.github.fiscaltransfer.deadline;

import io.github.fiscaltransfer.unit.AdministrativeLevel;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of the deadline table (时限): a level's act is due within so many calendar days of an event, on a legal
 * basis, such as "a province passes central transfers down within 30 days of receiving them (预算法 第五十二条)".
 *
 * <p>Day counting, as 民法典 第二百零一条 counts periods in days: the day of the event is not counted, the next
 * day is day 1, and the last day of an N-day period is the event's date plus N calendar days — across month and
 * year ends with no month arithmetic (30 days from 31 January 2023 end on 2 March 2023, from 31 January 2024 on
 * 1 March 2024). An act on the last day is in time. A period whose last day falls on a public holiday runs to the
 * next working day (民法典 第二百零三条); holidays are not modelled, so a finding a day or two past a holiday is
 * for a person to judge. Immutable and thread-safe.
 *
 * @param level the level of the unit that must act; empty for every level
 * @param kind the kind of transfer, {@link TransferKind#ANY} for both, not null
 * @param from the event the days count from, not null
 * @param act what must be done by the deadline: {@link DateEvent#ISSUE} (a notice issued), {@link
 *     DateEvent#BUDGET_REPLY} or {@link DateEvent#DISCLOSURE}, not null
 * @param days the number of calendar days, 0 or more (0: on the event's day at the latest)
 * @param basis the legal basis, article and document number, such as {@code 预算法 第五十二条}, not blank
 */
public record Deadline(Optional<AdministrativeLevel> level, TransferKind kind, DateEvent from, DateEvent act,
    int days, String basis) {

  /**
   * Checks the row.
   *
   * @throws IllegalArgumentException if the days are negative or the basis is blank
   */
  public Deadline {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(act, "act");
    if (days < 0) {
      throw new IllegalArgumentException("A deadline cannot be " + days + " days");
    }
    if (Objects.requireNonNull(basis, "basis").isBlank()) {
      throw new IllegalArgumentException("A deadline must name its legal basis");
    }
  }

  /**
   * Returns a row for one level.
   *
   * @param level the level that must act, not null
   * @param kind the kind of transfer, not null
   * @param from the event the days count from, not null
   * @param act what must be done, not null
   * @param days the number of calendar days, 0 or more
   * @param basis the legal basis, not blank
   * @return the row, not null
   */
  public static Deadline of(AdministrativeLevel level, TransferKind kind, DateEvent from, DateEvent act, int days,
      String basis) {
    return new Deadline(Optional.of(Objects.requireNonNull(level, "level")), kind, from, act, days, basis);
  }

  /**
   * Returns a row for every level.
   *
   * @param kind the kind of transfer, not null
   * @param from the event the days count from, not null
   * @param act what must be done, not null
   * @param days the number of calendar days, 0 or more
   * @param basis the legal basis, not blank
   * @return the row, not null
   */
  public static Deadline everyLevel(TransferKind kind, DateEvent from, DateEvent act, int days, String basis) {
    return new Deadline(Optional.empty(), kind, from, act, days, basis);
  }

  /** Returns whether another row is for the same level, kind, event and act (and so replaces this one). */
  boolean sameKey(Deadline other) {
    return level.equals(other.level) && kind == other.kind && from == other.from && act == other.act;
  }

  /**
   * Returns the number of days from an event to an act, the event's day not counted: 1 for the next day, 0 for
   * the same day, negative for an act before the event.
   *
   * @param event the day of the event, not null
   * @param act the day of the act, not null
   * @return the days
   */
  public static long daysAfter(LocalDate event, LocalDate act) {
    return ChronoUnit.DAYS.between(Objects.requireNonNull(event, "event"), Objects.requireNonNull(act, "act"));
  }

  /**
   * Returns the last day an act is in time, counting from an event.
   *
   * @param event the day of the event, not null
   * @return the event's day plus {@link #days()} calendar days, not null
   */
  public LocalDate lastDay(LocalDate event) {
    return Objects.requireNonNull(event, "event").plusDays(days);
  }

  /**
   * Returns whether an act is in time.
   *
   * @param event the day of the event, not null
   * @param act the day of the act, not null
   * @return true if the act is on or before {@link #lastDay(LocalDate)}
   */
  public boolean isMet(LocalDate event, LocalDate act) {
    return !Objects.requireNonNull(act, "act").isAfter(lastDay(event));
  }

  /** Returns the row as a budget officer reads it: {@code 省 转移支付 成文日期 ≤ 收到日期 + 30日 (预算法 第五十二条)}. */
  @Override
  public String toString() {
    return level.map(AdministrativeLevel::label).orElse("各级") + " " + kind.label() + " " + act.label() + " ≤ "
        + from.label() + " + " + days + "日 (" + basis + ")";
  }
}
