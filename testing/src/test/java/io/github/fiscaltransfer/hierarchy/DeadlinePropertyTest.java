package io.github.fiscaltransfer.hierarchy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.fiscaltransfer.deadline.DateEvent;
import io.github.fiscaltransfer.deadline.Deadline;
import io.github.fiscaltransfer.deadline.TransferKind;
import io.github.fiscaltransfer.testing.ChainSpec;
import io.github.fiscaltransfer.testing.DatedChain;
import io.github.fiscaltransfer.testing.HierarchyDomain;
import io.github.fiscaltransfer.validation.Finding;
import io.github.fiscaltransfer.validation.Severity;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;
import net.jqwik.api.statistics.Statistics;

/**
 * Deadlines along generated dated chains: every link within its limit gives no finding, one child moved past it
 * gives exactly that link, one child dated before its parent gives exactly that error; and the day counting
 * agrees with counting calendar days one by one.
 */
@Domain(HierarchyDomain.class)
@Domain(DomainContext.Global.class)
class DeadlinePropertyTest {

  private static List<Finding> deadlineFindings(DatedChain dated, List<io.github.fiscaltransfer.notice.TransferNotice>
      notices) {
    return FundFlow.of(notices).validate(dated.policy()).findings().stream()
        .filter(finding -> finding.ruleId().startsWith("deadline.")).toList();
  }

  @Property
  void everyLinkWithinItsLimitGivesNoFinding(@ForAll DatedChain dated) {
    Statistics.label("limit").collect(dated.limitDays() == 0 ? "same day" : "days");
    assertEquals(List.of(), deadlineFindings(dated, dated.notices()));
  }

  @Property
  void oneChildPastItsLimitIsExactlyThatLink(@ForAll DatedChain dated, @ForAll @IntRange(max = 40) int pick,
      @ForAll @IntRange(min = 1, max = 400) int late) {
    int child = pick % dated.chain().size();
    LocalDate date = dated.parentDate().plusDays(dated.limitDays() + late);
    List<Finding> findings = deadlineFindings(dated, dated.notices(child, date));
    assertEquals(1, findings.size(), findings::toString);
    Finding finding = findings.get(0);
    assertEquals("deadline.link", finding.ruleId());
    assertEquals(ChainSpec.childNumber(child) + "#/issueDate", finding.path());
    assertEquals("by " + dated.parentDate().plusDays(dated.limitDays()) + " (" + dated.limitDays() + " days, "
        + DatedChain.BASIS + ")", finding.expected().orElseThrow());
    assertEquals(date.toString(), finding.actual().orElseThrow());
  }

  @Property
  void oneChildBeforeItsParentIsExactlyThatError(@ForAll DatedChain dated, @ForAll @IntRange(max = 40) int pick,
      @ForAll @IntRange(min = 1, max = 400) int early) {
    int child = pick % dated.chain().size();
    List<Finding> findings = deadlineFindings(dated, dated.notices(child, dated.parentDate().minusDays(early)));
    assertEquals(1, findings.size(), findings::toString);
    assertEquals("deadline.date-order", findings.get(0).ruleId());
    assertEquals(Severity.ERROR, findings.get(0).severity());
    assertEquals(ChainSpec.childNumber(child) + "#/issueDate", findings.get(0).path());
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    Arbitrary<LocalDate> any = Arbitraries.longs().between(LocalDate.of(1990, 1, 1).toEpochDay(),
        LocalDate.of(2100, 12, 31).toEpochDay()).map(LocalDate::ofEpochDay);
    Arbitrary<LocalDate> monthEnds = any.map(date -> date.withDayOfMonth(date.lengthOfMonth()));
    return Arbitraries.oneOf(any, monthEnds, Arbitraries.of(LocalDate.of(2023, 12, 31), LocalDate.of(2024, 1, 31),
        LocalDate.of(2024, 2, 29), LocalDate.of(2022, 10, 31)));
  }

  @Property
  void dayCountingCountsCalendarDaysOneByOne(@ForAll("dates") LocalDate event,
      @ForAll @IntRange(max = 400) int days) {
    Deadline deadline = Deadline.everyLevel(TransferKind.ANY, DateEvent.RECEIPT, DateEvent.ISSUE, days, "test");
    LocalDate lastDay = deadline.lastDay(event);
    // The event's day is not counted: the days after it, up to and including the last day, are the deadline's.
    assertEquals(days, event.plusDays(1).datesUntil(lastDay.plusDays(1)).count());
    assertEquals(days, ChronoUnit.DAYS.between(event, lastDay));
    assertEquals(days, Deadline.daysAfter(event, lastDay));
    assertEquals(true, deadline.isMet(event, lastDay));
    assertEquals(false, deadline.isMet(event, lastDay.plusDays(1)));
    Statistics.label("crosses").collect(lastDay.getYear() != event.getYear() ? "year end"
        : lastDay.getMonth() != event.getMonth() ? "month end" : "within a month");
    Statistics.label("crosses").coverage(coverage -> {
      coverage.check("year end").count(count -> count > 0);
      coverage.check("month end").count(count -> count > 0);
      coverage.check("within a month").count(count -> count > 0);
    });
  }
}
