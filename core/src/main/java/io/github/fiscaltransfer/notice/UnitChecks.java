package io.github.fiscaltransfer.notice;

import io.github.fiscaltransfer.unit.FiscalUnit;
import io.github.fiscaltransfer.unit.UnitRegistry;
import io.github.fiscaltransfer.unit.UnitStanding;
import io.github.fiscaltransfer.validation.Arguments;
import io.github.fiscaltransfer.validation.Finding;
import io.github.fiscaltransfer.validation.JsonPointer;
import java.time.Year;
import java.util.List;

/** The units a notice names, checked against the list of divisions of each grant's fiscal year. */
final class UnitChecks {

  private UnitChecks() {}

  /** Reports a unit that the year's list does not have under the printed name. */
  static void check(UnitRegistry registry, FiscalUnit unit, JsonPointer path, List<Finding> findings) {
    if (registry.isListed(unit)) {
      return; // no standing, and its texts, for a listed unit: a national flow has a million lines
    }
    UnitStanding standing = registry.standing(unit);
    NoticeRule rule = switch (standing.kind()) {
      case LISTED -> null;
      case RENAMED -> NoticeRule.UNIT_RENAMED;
      case NAME_DIFFERS -> NoticeRule.UNIT_NAME;
      case ABOLISHED -> NoticeRule.UNIT_ABOLISHED;
      case NOT_YET_LISTED -> NoticeRule.UNIT_NOT_YET_LISTED;
      case UNKNOWN -> NoticeRule.UNIT_UNKNOWN;
    };
    if (rule != null) {
      findings.add(rule.finding(rule.severity(), path, standing.expected(), (unit.code().isPresent()
          ? unit.code().get() + " " : "") + unit.name(), standing.variant().isEmpty() ? null : standing.variant(),
          Arguments.none().and(standing.arguments())));
    }
  }

  /** Says so when the year has no list of its own and the nearest year's stands for it. */
  static void checkListYear(UnitRegistry units, Year year, JsonPointer path, List<Finding> findings) {
    Year listed = units.dataYear(year);
    if (!listed.equals(year)) {
      findings.add(NoticeRule.UNIT_LIST_YEAR.finding(path, "a list of divisions for " + year, "the " + listed + " list",
          Arguments.of("listed", listed).and("year", year)));
    }
  }
}
