package io.github.fiscaltransfer.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fiscaltransfer.unit.AdministrativeLevel;
import io.github.fiscaltransfer.unit.FiscalUnit;
import io.github.fiscaltransfer.unit.UnitRegistry;
import io.github.fiscaltransfer.unit.UnitStanding;
import io.github.fiscaltransfer.validation.Finding;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** Notices from anywhere in China, any year 2015–2024, with units drawn from that year's list. */
class NationalNoticePropertiesTest {

  private static final UnitRegistry UNITS = UnitRegistry.builtIn();
  private static final NoticeValidator VALIDATOR = NoticeValidator.builtIn();
  private static final Map<Integer, List<FiscalUnit>> ISSUERS = new ConcurrentHashMap<>();

  /** A notice of one year: its issuer and recipients, all listed that year. */
  record Drawn(int year, FiscalUnit issuer, List<FiscalUnit> recipients) {}

  /** A unit that left the list, the first year it was no longer listed, and a year from then on. */
  record Abolished(FiscalUnit unit, int year) {}

  @Property(tries = 300)
  void noticesAnywhereValidateWithoutAUnitFinding(@ForAll("drawn") Drawn drawn) {
    TransferNotice notice = NationalNotices.notice("财社〔" + drawn.year() + "〕1号", drawn.issuer(), drawn.year(),
        "2101301 城乡医疗救助", null, drawn.recipients());
    List<Finding> units = VALIDATOR.validate(notice).findings().stream()
        .filter(f -> f.ruleId().startsWith("unit.") || f.ruleId().startsWith("table.")).toList();
    assertEquals(List.of(), units, "units as of " + drawn.year() + " stay clean");
    Statistics.label("issuer level").collect(drawn.issuer().level());
    Statistics.label("province").collect(drawn.issuer().code().orElseThrow().province().toString());
    Statistics.label("year").collect(drawn.year());
    Statistics.label("issuer level").coverage(check -> {
      check.check(AdministrativeLevel.PROVINCE).percentage(p -> p >= 5);
      check.check(AdministrativeLevel.PREFECTURE).percentage(p -> p >= 50);
    });
    Statistics.label("year").coverage(check -> check.check(2015).count(c -> c >= 5));
  }

  @Property(tries = 200)
  void aUnitAbolishedBeforeTheYearGivesOneFindingNamingItsSuccessor(@ForAll("abolished") Abolished abolished) {
    FiscalUnit unit = abolished.unit();
    FiscalUnit issuer = unit.parent().orElseThrow();
    TransferNotice notice = NationalNotices.notice("财社〔" + abolished.year() + "〕2号", issuer, abolished.year(),
        "2101301 城乡医疗救助", null, List.of(unit));
    List<Finding> units = VALIDATOR.validate(notice).findings().stream()
        .filter(f -> f.ruleId().startsWith("unit.")).toList();
    assertEquals(1, units.size(), units::toString);
    assertEquals("unit.abolished", units.get(0).ruleId());
    assertTrue(units.get(0).message().contains("its area is "), units.get(0).message());
    Statistics.label("level").collect(unit.level());
  }

  @Provide
  Arbitrary<Drawn> drawn() {
    return Arbitraries.integers().between(2015, 2024).flatMap(year -> Arbitraries.of(issuers(year))
        .flatMap(issuer -> {
          List<FiscalUnit> children = UNITS.asOf(Year.of(year)).children(issuer);
          return Arbitraries.subsetOf(children).ofMinSize(1).ofMaxSize(6)
              .map(recipients -> new Drawn(year, issuer, List.copyOf(recipients)));
        }));
  }

  @Provide
  Arbitrary<Abolished> abolished() {
    List<Abolished> all = new ArrayList<>();
    for (int year = 2015; year < 2024; year++) {
      UnitRegistry next = UNITS.asOf(Year.of(year + 1));
      for (FiscalUnit unit : UNITS.asOf(Year.of(year)).units()) {
        boolean gone = next.byCode(unit.code().orElseThrow()).isEmpty();
        if (gone && next.standing(unit.parent().orElseThrow()).kind() == UnitStanding.Kind.LISTED) {
          for (int later = year + 1; later <= 2024; later++) {
            if (UNITS.asOf(Year.of(later)).standing(unit.parent().orElseThrow()).kind() == UnitStanding.Kind.LISTED) {
              all.add(new Abolished(unit, later));
            }
          }
        }
      }
    }
    return Arbitraries.of(all);
  }

  /** The provinces and prefectures of a year that have units below them. */
  private static List<FiscalUnit> issuers(int year) {
    return ISSUERS.computeIfAbsent(year, y -> {
      UnitRegistry registry = UNITS.asOf(Year.of(y));
      return registry.units().stream().filter(u -> u.level() != AdministrativeLevel.COUNTY)
          .filter(u -> !registry.children(u).isEmpty()).toList();
    });
  }
}
