package io.github.fiscaltransfer.deadline;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A date and where it came from (日期及其来源): printed on a document ({@code 成文日期 printed on 江财社〔2023〕1号}) or
 * supplied by a user ({@code 收文登记簿}). Immutable and thread-safe.
 *
 * @param event what the date marks, not null
 * @param date the date, not null
 * @param origin where the date came from, not blank
 */
public record KnownDate(DateEvent event, LocalDate date, String origin) {

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if the origin is blank
   */
  public KnownDate {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(date, "date");
    if (Objects.requireNonNull(origin, "origin").isBlank()) {
      throw new IllegalArgumentException("The origin of a date must be named: " + event.label() + " " + date);
    }
  }

  /**
   * Returns a date and its origin.
   *
   * @param event what the date marks, not null
   * @param date the date, not null
   * @param origin where the date came from, not blank
   * @return the date, not null
   */
  public static KnownDate of(DateEvent event, LocalDate date, String origin) {
    return new KnownDate(event, date, origin);
  }

  /** Returns the date as a budget officer reads it: {@code 收到日期 2022-01-20 (收文登记簿)}. */
  @Override
  public String toString() {
    return event.label() + " " + date + " (" + origin + ")";
  }
}
