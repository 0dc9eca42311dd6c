package io.github.fiscaltransfer.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Year;
import org.junit.jupiter.api.Test;

class UnitStandingTest {

  private static final UnitRegistry UNITS = UnitRegistry.builtIn();

  private static UnitStanding standing(int year, String name, String code) {
    UnitRegistry registry = UNITS.asOf(Year.of(year));
    return registry.standing(registry.unit(name, DivisionCode.parse(code)));
  }

  @Test
  void anUnknownUnitIsUnknownAndAUnitWithoutACodeIsNotChecked() {
    FiscalUnit mars = FiscalUnit.unknown(" 火星市 ");
    UnitStanding unknown = UNITS.standing(mars);
    assertEquals(UnitStanding.Kind.UNKNOWN, unknown.kind());
    assertEquals("a unit of the 2024 list", unknown.expected());
    assertEquals("火星市 has no division code, and the registry knows no single unit by that name", unknown.message());
    FiscalUnit township = FiscalUnit.of("某某镇", AdministrativeLevel.TOWNSHIP, UNITS.byName("锦江区").orElseThrow());
    assertEquals(UnitStanding.Kind.LISTED, UNITS.standing(township).kind());
  }

  @Test
  void anUnknownUnitKeepsItsNameAndIsNeverEqualToAKnownOne() {
    FiscalUnit mars = FiscalUnit.unknown("火星市");
    assertEquals("火星市 (unknown)", mars.toString());
    assertTrue(mars.isUnknown());
    assertEquals(FiscalUnit.central(), mars.parent().orElseThrow());
    assertEquals(mars, FiscalUnit.unknown("火星市"));
    assertEquals(mars.hashCode(), FiscalUnit.unknown("火星市").hashCode());
    FiscalUnit placed = FiscalUnit.of("火星市", AdministrativeLevel.PROVINCE, FiscalUnit.central());
    assertFalse(placed.isUnknown());
    assertNotEquals(placed, mars);
    assertNotEquals(mars, FiscalUnit.unknown("水星市"));
    assertEquals("Fiscal unit name must not be blank",
        assertThrows(IllegalArgumentException.class, () -> FiscalUnit.unknown(" ")).getMessage());
  }

  @Test
  void aListedUnitIsListed() {
    UnitStanding listed = standing(2024, "锦江区", "510104");
    assertEquals(UnitStanding.Kind.LISTED, listed.kind());
    assertEquals("锦江区", listed.message());
  }

  @Test
  void anAbolishedCountyNamesTheUnitThatTookOverItsArea() {
    UnitStanding gone = standing(2024, "郫县", "510124");
    assertEquals(UnitStanding.Kind.ABOLISHED, gone.kind());
    assertEquals("510117 郫都区", gone.expected());
    assertEquals("510124 郫县 was last listed in 2015; in 2024 its area is 510117 郫都区", gone.message());
    assertEquals(UnitStanding.Kind.LISTED, standing(2015, "郫县", "510124").kind());
  }

  @Test
  void anAbolishedPrefectureNamesTheSuccessorOfItsCounties() {
    UnitStanding laiwu = standing(2019, "莱芜市", "371200");
    assertEquals("370100 济南市", laiwu.expected());
    assertEquals("371200 莱芜市 was last listed in 2017; in 2019 its area is 370100 济南市", laiwu.message());
  }

  @Test
  void aRenamedCodeSaysWhenItHadThePrintedName() {
    UnitStanding renamed = standing(2021, "桥西区", "130503");
    assertEquals(UnitStanding.Kind.RENAMED, renamed.kind());
    assertEquals("130503 is 信都区 in 2021; it was 桥西区 in 2015–2019", renamed.message());
  }

  @Test
  void aCodeUnderAnotherNameOrNotYetListedOrUnknown() {
    assertEquals("510104 is 锦江区 in 2024, not 青羊区", standing(2024, "青羊区", "510104").message());
    assertEquals(UnitStanding.Kind.NAME_DIFFERS, standing(2024, "青羊区", "510104").kind());
    UnitStanding early = standing(2023, "和康县", "653228");
    assertEquals(UnitStanding.Kind.NOT_YET_LISTED, early.kind());
    assertEquals("653228 和康县 was first listed in 2024, after 2023", early.message());
    UnitStanding unknown = standing(2024, "某某县", "510199");
    assertEquals(UnitStanding.Kind.UNKNOWN, unknown.kind());
    assertEquals("510199 某某县 is in no list of divisions the registry has", unknown.message());
    assertEquals("成都市", UNITS.unit("某某县", DivisionCode.parse("510199")).parent().orElseThrow().name());
  }

  /** {@link UnitRegistry#isListed}, which validation asks of every line, answers as the standing's kind does. */
  @Test
  void isListedAnswersAsTheStandingDoes() {
    FiscalUnit township = FiscalUnit.of("某某镇", AdministrativeLevel.TOWNSHIP, UNITS.byName("锦江区").orElseThrow());
    assertTrue(UNITS.isListed(township), "a unit without a code is not checked");
    assertFalse(UNITS.isListed(FiscalUnit.unknown("火星市")), "an unknown unit");
    String[][] cases = {{"2024", "锦江区", "510104", "LISTED"}, {"2015", "郫县", "510124", "LISTED"},
        {"2024", "郫县", "510124", "ABOLISHED"}, {"2021", "桥西区", "130503", "RENAMED"},
        {"2024", "青羊区", "510104", "NAME_DIFFERS"}, {"2023", "和康县", "653228", "NOT_YET_LISTED"},
        {"2024", "某某县", "510199", "UNKNOWN"}};
    for (String[] c : cases) {
      UnitRegistry registry = UNITS.asOf(Year.of(Integer.parseInt(c[0])));
      FiscalUnit unit = registry.unit(c[1], DivisionCode.parse(c[2]));
      assertEquals(c[3], registry.standing(unit).kind().name(), c[1] + " in " + c[0]);
      assertEquals(c[3].equals("LISTED"), registry.isListed(unit), c[1] + " in " + c[0]);
    }
  }

  @Test
  void aYearAfterTheListsUsesTheLastList() {
    assertEquals(Year.of(2024), UNITS.dataYear(Year.of(2025)));
    assertEquals(Year.of(2015), UNITS.dataYear(Year.of(2010)));
    assertEquals(Year.of(2024), UNITS.asOf(Year.of(2025)).year());
  }
}
