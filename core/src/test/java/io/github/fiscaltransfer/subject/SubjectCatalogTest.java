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
  private static final JsonPointer AT = JsonPointer.parse("/grant/expenditureSubject");

  @Test
  void builtInCatalogsHaveTheCodesTheSeedsPrintForTheirYear() {
    assertEquals(Optional.of("医疗卫生共同财政事权转移支付收入"), Y2022.name(SubjectCode.of("1100249")));
    assertEquals(Optional.of("医疗保障管理事务"), Y2022.name(SubjectCode.of("21015")));
    assertEquals(Optional.of("一般行政管理事务"), Y2022.name(SubjectCode.of("2101502")));
    assertEquals(Optional.of("用于城乡医疗救助的彩票公益金支出"), Y2022.name(SubjectCode.of("2296013")));
    assertEquals(Optional.of("机关事业单位基本养老保险缴费支出"), Y2022.name(SubjectCode.of("2080505")));
    assertEquals(List.of("208", "210", "221", "229"), Y2022.codes().stream().map(SubjectCode::toString)
        .filter(c -> c.length() == 3).toList());
    assertEquals(List.of("110", "11002", "1100249", "2101301", "21015"),
        Y2023.codes().stream().map(SubjectCode::toString).toList());
  }

  @Test
  void everyBuiltInEntryNamesTheDocumentThatPrintsIt() {
    for (SubjectCatalog catalog : List.of(Y2022, Y2023)) {
      assertFalse(catalog.isComplete());
      for (SubjectCode code : catalog.codes()) {
        assertTrue(catalog.source(code).orElseThrow().startsWith("seed 00"), code.toString());
      }
    }
    assertEquals(Optional.of("seed 004 深圳市医疗保障局 2022 部门预算; 表1–表11"), Y2022.source(SubjectCode.of("2101501")));
  }

  @Test
  void aBuiltInSourceIsRequiredAUsersIsNot() {
    assertEquals("Subject catalog line 1: no source for 210", assertThrows(IllegalArgumentException.class,
        () -> SubjectCatalog.fromRows(io.github.fiscaltransfer.internal.CsvRows.read(
            new StringReader("2022,210,卫生健康支出,,"), SubjectCatalog.HEADER), false)).getMessage());
    assertTrue(read("2022,210,卫生健康支出,").get(Year.of(2022)).isComplete());
  }

  @Test
  void childrenAreOneLevelDown() {
    assertEquals(List.of("2101501", "2101502", "2101504", "2101505", "2101506", "2101599"),
        Y2022.children(SubjectCode.of("21015")).stream().map(SubjectCode::toString).toList());
    assertEquals(List.of("21011", "21012", "21013", "21015"),
        Y2022.children(SubjectCode.of("210")).stream().map(SubjectCode::toString).toList());
  }

  @Test
  void requireNamesTheYear() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Y2022.require(SubjectCode.of("2101503")));
    assertEquals("2101503 is not in the 2022 catalog", e.getMessage());
  }

  @Test
  void noBuiltInCatalogForOtherYearsButTheNearestEarlierOne() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> SubjectCatalog.builtIn(Year.of(1999)));
    assertEquals("No built-in subject catalog for 1999 (built in: [2022, 2023])", e.getMessage());
    assertEquals(Optional.of(Y2023), SubjectCatalog.builtInNearest(Year.of(2025)));
    assertEquals(Optional.of(Y2022), SubjectCatalog.builtInNearest(Year.of(2022)));
    assertEquals(Optional.empty(), SubjectCatalog.builtInNearest(Year.of(2021)));
  }

  @Test
  void aCodeAPartialCatalogDoesNotListIsUnverifiedNotWrong() {
    assertEquals(List.of(), Y2022.check(Subject.parse("2101502一般行政管理事务"), AT));
    Finding unlisted = Y2022.check(Subject.parse("2101503"), AT).get(0);
    assertEquals(SubjectCatalog.RULE_UNLISTED, unlisted.ruleId());
    assertEquals(Severity.INFO, unlisted.severity());
    assertEquals("2101503 is not among the codes the 2022 catalog can cite, so it was not verified (it lies under"
        + " 21015 医疗保障管理事务, 210 卫生健康支出)", unlisted.message());
    Finding relief = Y2023.check(Subject.parse("2082001 临时救助支出"), JsonPointer.root()).get(0);
    assertEquals(Severity.INFO, relief.severity());
    assertEquals("2082001 is not among the codes the 2023 catalog can cite, so it was not verified (nor are the"
        + " codes above it)", relief.message());
    List<Finding> renamed = Y2022.check(Subject.parse("21015 医保管理"), JsonPointer.root());
    assertEquals(Severity.WARNING, renamed.get(0).severity());
    assertEquals(Optional.of("医疗保障管理事务"), renamed.get(0).expected());
    assertEquals(Optional.of("医保管理"), renamed.get(0).actual());
  }

  @Test
  void economicCodesFollowTheSameRules() {
    Finding wages = Y2022.check(Subject.parse("30101 基本工资"), JsonPointer.root()).get(0);
    assertEquals(SubjectCatalog.RULE_UNLISTED, wages.ruleId());
    assertEquals(Classification.ECONOMIC_DEPARTMENT, SubjectCode.of("30101").classification());
    assertEquals(Classification.ECONOMIC_GOVERNMENT, SubjectCode.of("50101").classification());
    assertThrows(IllegalArgumentException.class, () -> SubjectCode.of("3010101"));
    Map<Year, SubjectCatalog> own = read("2022,301,工资福利支出,\n2022,30101,基本工资,");
    assertEquals(SubjectCatalog.RULE_UNKNOWN,
        own.get(Year.of(2022)).check(Subject.parse("30102"), JsonPointer.root()).get(0).ruleId());
  }

  @Test
  void aCompleteCatalogReportsUnknownAndReplacedCodesAsErrors() {
    SubjectCatalog own = read("2023,210,卫生健康支出,\n2023,21015,医疗保障管理事务,\n"
        + "2023,2101507,信息系统建设,2101504").get(Year.of(2023));
    Finding unknown = own.check(Subject.parse("2101599"), JsonPointer.root()).get(0);
    assertEquals(SubjectCatalog.RULE_UNKNOWN, unknown.ruleId());
    assertEquals(Severity.ERROR, unknown.severity());
    assertEquals("2101599 is not in the 2023 catalog", unknown.message());
    Finding replaced = own.check(Subject.parse("2101504"), JsonPointer.root()).get(0);
    assertEquals(SubjectCatalog.RULE_REMOVED, replaced.ruleId());
    assertEquals("2101504 was replaced in the 2023 catalog by [2101507]", replaced.message());
    assertEquals(Optional.of("[2101507 信息系统建设]"), replaced.expected());
  }

  @Test
  void aUsersCatalogMergesIntoTheBuiltInOneAndAContradictionNamesBoth() {
    SubjectCatalog own = read("2023,208,社会保障和就业支出,\n2023,20820,临时救助,\n2023,2082001,临时救助支出,")
        .get(Year.of(2023));
    SubjectCatalog merged = Y2023.merge(own);
    assertTrue(merged.isComplete());
    assertEquals(Optional.of("临时救助支出"), merged.name(SubjectCode.of("2082001")));
    assertEquals(Y2023.codes().size() + 3, merged.codes().size());
    SubjectCatalog contradicting = read("2023,210,卫生健康支出,\n2023,21015,医保管理事务,").get(Year.of(2023));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Y2023.merge(contradicting));
    assertEquals("Subject catalog 2023: 21015 医保管理事务 contradicts 21015 医疗保障管理事务 (seed 002 江财社〔2023〕1号–3号"
        + " and 16号 (2023))", e.getMessage());
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
    assertEquals(SubjectSuccession.Kind.UNCHANGED, Y2022.crosswalkTo(Y2023).map(SubjectCode.of("21015")).kind());
  }

  @Test
  void toStringCountsCodes() {
    assertEquals("2022 subject catalog (" + Y2022.codes().size() + " codes, partial)", Y2022.toString());
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
