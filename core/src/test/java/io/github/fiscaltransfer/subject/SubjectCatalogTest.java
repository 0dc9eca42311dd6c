package io.github.fiscaltransfer.subject;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fiscaltransfer.validation.Finding;
import io.github.fiscaltransfer.validation.JsonPointer;
import io.github.fiscaltransfer.validation.Severity;
import java.io.StringReader;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SubjectCatalogTest {

  private static final SubjectCatalog Y2022 = SubjectCatalog.builtIn(Year.of(2022));
  private static final SubjectCatalog Y2023 = SubjectCatalog.builtIn(Year.of(2023));

  @Test
  void builtInCatalogHasTheSeedSubjectsWithTheirPrintedNames() {
    for (SubjectCatalog catalog : List.of(Y2022, Y2023)) {
      assertEquals(Optional.of("医疗卫生共同财政事权转移支付收入"), catalog.name(SubjectCode.of("1100249")));
      assertEquals(Optional.of("一般性转移支付收入"), catalog.name(SubjectCode.of("11002")));
      assertEquals(Optional.of("转移性收入"), catalog.name(SubjectCode.of("110")));
      assertEquals(Optional.of("卫生健康支出"), catalog.name(SubjectCode.of("210")));
      assertEquals(Optional.of("医疗保障管理事务"), catalog.name(SubjectCode.of("21015")));
      assertEquals(Optional.of("行政运行"), catalog.name(SubjectCode.of("2101501")));
      assertEquals(Optional.of("一般行政管理事务"), catalog.name(SubjectCode.of("2101502")));
      assertEquals(Optional.of("医疗救助"), catalog.name(SubjectCode.of("21013")));
      assertEquals(Optional.of("城乡医疗救助"), catalog.name(SubjectCode.of("2101301")));
    }
  }

  @Test
  void builtInCatalogHasEveryClassOfTheFunctionClassification() {
    List<String> classes = List.of("201", "202", "203", "204", "205", "206", "207", "208", "209", "210", "211",
        "212", "213", "214", "215", "216", "217", "219", "220", "221", "222", "223", "224", "227", "229", "230",
        "231", "232", "233");
    for (String code : classes) {
      assertTrue(Y2022.contains(SubjectCode.of(code)), code);
    }
    assertEquals(Optional.of("灾害防治及应急管理支出"), Y2022.name(SubjectCode.of("224")));
  }

  @Test
  void everyCodeOfABuiltInCatalogHasItsAncestors() {
    for (SubjectCatalog catalog : List.of(Y2022, Y2023)) {
      for (SubjectCode code : catalog.codes()) {
        code.ancestors().forEach(ancestor -> assertTrue(catalog.contains(ancestor), code + " → " + ancestor));
      }
    }
  }

  @Test
  void childrenAreOneLevelDown() {
    assertEquals(List.of(SubjectCode.of("2101501"), SubjectCode.of("2101502")), Y2022.children(SubjectCode.of("21015")));
    assertEquals(List.of(SubjectCode.of("21013"), SubjectCode.of("21015")), Y2022.children(SubjectCode.of("210")));
  }

  @Test
  void requireNamesTheYear() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Y2022.require(SubjectCode.of("2101599")));
    assertEquals("2101599 is not in the 2022 catalog", e.getMessage());
  }

  @Test
  void noBuiltInCatalogForOtherYears() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> SubjectCatalog.builtIn(Year.of(1999)));
    assertEquals("No built-in subject catalog for 1999 (built in: [2022, 2023])", e.getMessage());
  }

  @Test
  void checkReportsUnknownCodesAndOtherNames() {
    assertEquals(List.of(), Y2022.check(Subject.parse("2101502一般行政管理事务"), JsonPointer.parse("/grant/expenditureSubject")));
    List<Finding> unknown = Y2022.check(Subject.parse("2101599"), JsonPointer.parse("/grant/expenditureSubject"));
    assertEquals(1, unknown.size());
    assertEquals(SubjectCatalog.RULE_UNKNOWN, unknown.get(0).ruleId());
    assertEquals(Severity.ERROR, unknown.get(0).severity());
    assertEquals("2101599 is not in the 2022 catalog", unknown.get(0).message());
    List<Finding> renamed = Y2022.check(Subject.parse("21015 医保管理"), JsonPointer.root());
    assertEquals(Severity.WARNING, renamed.get(0).severity());
    assertEquals(Optional.of("医疗保障管理事务"), renamed.get(0).expected());
    assertEquals(Optional.of("医保管理"), renamed.get(0).actual());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "2022,2101502,一般行政管理事务,",
      "2022,210,卫生健康支出,\n2022,2101502,一般行政管理事务,",
  })
  void missingAncestorIsRefused(String csv) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> read(csv));
    assertTrue(e.getMessage().startsWith("Subject catalog 2022: 2101502 has no ancestor"), e.getMessage());
  }

  @Test
  void malformedLinesNameTheLine() {
    assertEquals("Subject catalog line 2: 210 appears twice in 2022",
        assertThrows(IllegalArgumentException.class, () -> read("2022,210,卫生健康支出,\n2022,210,卫生,")).getMessage());
    assertEquals("Subject catalog line 1: no name for 210",
        assertThrows(IllegalArgumentException.class, () -> read("2022,210,,")).getMessage());
    assertEquals("Subject catalog line 1: Cannot parse subject code '21x' at index 2: unexpected character 'x'",
        assertThrows(IllegalArgumentException.class, () -> read("2022,21x,卫生,")).getMessage());
  }

  /**
   * A crosswalk over a hand-made pair of catalogs (test data, not real catalog changes): one code unchanged, one
   * renamed, one moved, one split in two, one discontinued.
   */
  @Test
  void crosswalkMapsEveryKindOfChange() {
    Map<Year, SubjectCatalog> catalogs = read(String.join("\n",
        "year,code,name,formerly",
        "2022,210,卫生健康支出,", "2022,21015,医疗保障管理事务,", "2022,2101501,行政运行,",
        "2022,2101502,一般行政管理事务,", "2022,2101503,机关服务,", "2022,2101504,信息化建设,",
        "2022,2101505,旧项目,",
        "2023,210,卫生健康支出,", "2023,21015,医疗保障管理事务,", "2023,2101501,行政运行,",
        "2023,2101502,一般行政事务,", "2023,2101506,机关服务,2101503",
        "2023,2101507,信息系统建设,2101504", "2023,2101508,信息系统运维,2101504"));
    SubjectCrosswalk crosswalk = catalogs.get(Year.of(2022)).crosswalkTo(catalogs.get(Year.of(2023)));
    assertSuccession(crosswalk, "2101501", SubjectSuccession.Kind.UNCHANGED, "2101501");
    assertSuccession(crosswalk, "2101502", SubjectSuccession.Kind.RENAMED, "2101502");
    assertSuccession(crosswalk, "2101503", SubjectSuccession.Kind.MOVED, "2101506");
    assertSuccession(crosswalk, "2101504", SubjectSuccession.Kind.SPLIT, "2101507", "2101508");
    assertSuccession(crosswalk, "2101505", SubjectSuccession.Kind.DISCONTINUED);
    assertEquals("subject crosswalk 2022 → 2023", crosswalk.toString());
  }

  @Test
  void crosswalkGoesForward() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Y2023.crosswalkTo(Y2022));
    assertEquals("A crosswalk goes to a later year: 2023 → 2022", e.getMessage());
    assertEquals(SubjectSuccession.Kind.UNCHANGED, Y2022.crosswalkTo(Y2023).map(SubjectCode.of("2101502")).kind());
  }

  @Test
  void toStringCountsCodes() {
    assertEquals("2022 subject catalog (" + Y2022.codes().size() + " codes)", Y2022.toString());
    assertFalse(Y2022.codes().isEmpty());
  }

  private static void assertSuccession(
      SubjectCrosswalk crosswalk, String code, SubjectSuccession.Kind kind, String... successors) {
    SubjectSuccession succession = crosswalk.map(SubjectCode.of(code));
    assertEquals(kind, succession.kind(), code);
    assertEquals(List.of(successors).stream().map(SubjectCode::of).toList(), succession.successors(), code);
  }

  private static Map<Year, SubjectCatalog> read(String csv) {
    return SubjectCatalog.read(new StringReader(csv));
  }
}
