package io.github.fiscaltransfer.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fiscaltransfer.unit.AdministrativeLevel;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Day counting of {@link Deadline}: the event's day not counted, calendar days across month and year ends. */
class DeadlineTest {

  private static final Deadline PROVINCE_30 = Deadline.of(AdministrativeLevel.PROVINCE, TransferKind.ANY,
      DateEvent.RECEIPT, DateEvent.ISSUE, 30, "预算法 第五十二条");

  @ParameterizedTest
  @CsvSource({
      "2023-01-31, 30, 2023-03-02",   // February of a common year
      "2024-01-31, 30, 2024-03-01",   // February of a leap year
      "2022-12-15, 30, 2023-01-14",   // across the year end
      "2022-10-31, 30, 2022-11-30",   // 财预〔2015〕230号: 31 October, then 30 days
      "2023-02-28, 1, 2023-03-01",
      "2024-02-28, 1, 2024-02-29",
      "2022-03-15, 20, 2022-04-04",
      "2022-10-31, 0, 2022-10-31"})
  void theLastDayIsTheEventsDayPlusTheDays(LocalDate event, int days, LocalDate lastDay) {
    Deadline deadline = Deadline.everyLevel(TransferKind.ANY, DateEvent.RECEIPT, DateEvent.ISSUE, days, "test");
    assertEquals(lastDay, deadline.lastDay(event));
    assertEquals(event.plusDays(days), deadline.lastDay(event));
    assertEquals(days, Deadline.daysAfter(event, lastDay));
    assertTrue(deadline.isMet(event, lastDay));
    assertFalse(deadline.isMet(event, lastDay.plusDays(1)));
  }

  @Test
  void theDayOfTheEventIsNotCounted() {
    LocalDate received = LocalDate.of(2022, 1, 10);
    assertEquals(0, Deadline.daysAfter(received, received));
    assertEquals(1, Deadline.daysAfter(received, received.plusDays(1)));
    assertEquals(-1, Deadline.daysAfter(received, received.minusDays(1)));
    assertTrue(PROVINCE_30.isMet(received, LocalDate.of(2022, 2, 9)));
    assertFalse(PROVINCE_30.isMet(received, LocalDate.of(2022, 2, 10)));
  }

  @Test
  void refusesNegativeDaysAndAMissingBasis() {
    assertEquals("A deadline cannot be -1 days", assertThrows(IllegalArgumentException.class,
        () -> Deadline.everyLevel(TransferKind.ANY, DateEvent.RECEIPT, DateEvent.ISSUE, -1, "x")).getMessage());
    assertEquals("A deadline must name its legal basis", assertThrows(IllegalArgumentException.class,
        () -> Deadline.everyLevel(TransferKind.ANY, DateEvent.RECEIPT, DateEvent.ISSUE, 1, " ")).getMessage());
    assertEquals("The origin of a date must be named: 收到日期 2022-01-10", assertThrows(
        IllegalArgumentException.class, () -> KnownDate.of(DateEvent.RECEIPT, LocalDate.of(2022, 1, 10), ""))
        .getMessage());
  }

  @Test
  void printsAsABudgetOfficerReadsIt() {
    assertEquals("省 转移支付 成文日期 ≤ 收到日期 + 30日 (预算法 第五十二条)", PROVINCE_30.toString());
    assertEquals("收到日期 2022-01-10 (收文登记簿)",
        KnownDate.of(DateEvent.RECEIPT, LocalDate.of(2022, 1, 10), "收文登记簿").toString());
  }
}
