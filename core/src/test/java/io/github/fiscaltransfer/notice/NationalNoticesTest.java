package io.github.fiscaltransfer.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fiscaltransfer.unit.FiscalUnit;
import io.github.fiscaltransfer.unit.UnitRegistry;
import io.github.fiscaltransfer.validation.Finding;
import io.github.fiscaltransfer.validation.Severity;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Notices from outside the seeds, as a new user writes them: the cases. */
class NationalNoticesTest {

  private static final UnitRegistry UNITS = UnitRegistry.builtIn();
  private static final NoticeValidator VALIDATOR = NoticeValidator.builtIn();

  private static List<String> findings(TransferNotice notice) {
    return VALIDATOR.validate(notice).findings().stream()
        .map(f -> f.severity() + " " + f.ruleId() + ": " + f.message()).toList();
  }

  @Test
  void sichuanIn2024ToChengduAndMianyangIsCleanButForTheCatalogYear() {
    FiscalUnit sichuan = UNITS.byName("四川省").orElseThrow();
    TransferNotice notice = NationalNotices.notice("川财社〔2024〕12号", sichuan, 2024, "2101301 城乡医疗救助", null,
        List.of(UNITS.recipient("成都市", sichuan), UNITS.recipient("绵阳市", sichuan)));
    assertEquals(List.of("INFO subject.catalog-year: subjects were checked against the 2023 catalog: there is none"
        + " for 2024"), findings(notice));
  }

  @Test
  void temporaryReliefIn2023IsUnverifiedNotAnError() {
    FiscalUnit chengdu = UNITS.byName("成都市").orElseThrow();
    TransferNotice notice = NationalNotices.notice("成财社〔2023〕8号", chengdu, 2023, "2082001 临时救助支出", null,
        List.of(UNITS.recipient("锦江区", chengdu)));
    List<Finding> all = VALIDATOR.validate(notice).findings();
    assertEquals(List.of("subject.unlisted"), all.stream().map(Finding::ruleId).toList());
    assertEquals(Severity.INFO, all.get(0).severity());
  }

  @Test
  void aNoticeFor2025UsesThe2024ListAndSaysSo() {
    FiscalUnit sichuan = UNITS.byName("四川省").orElseThrow();
    TransferNotice notice = NationalNotices.notice("川财社〔2025〕3号", sichuan, 2025, "2101301 城乡医疗救助", null,
        List.of(UNITS.recipient("成都", sichuan)));
    assertEquals(List.of(
        "INFO unit.list-year: units were checked against the 2024 list of divisions: the registry has none for 2025",
        "INFO subject.catalog-year: subjects were checked against the 2023 catalog: there is none for 2025"),
        findings(notice));
  }

  @Test
  void aCountyAbolishedBeforeTheYearIsReportedWithItsSuccessor() {
    FiscalUnit chengdu = UNITS.byName("成都市").orElseThrow();
    TransferNotice notice = NationalNotices.notice("成财社〔2016〕8号", chengdu, 2016, "2101301 城乡医疗救助", null,
        List.of(UNITS.recipient("郫县", chengdu), UNITS.recipient("锦江区", chengdu)));
    List<String> all = findings(notice).stream().filter(f -> f.contains(" unit.")).toList();
    assertEquals(List.of("ERROR unit.abolished: 510124 郫县 was last listed in 2015; in 2016 its area is 510117 郫都区"),
        all);
    TransferNotice in2015 = NationalNotices.notice("成财社〔2015〕8号", chengdu, 2015, "2101301 城乡医疗救助", null,
        List.of(UNITS.asOf(Year.of(2015)).recipient("郫县", chengdu)));
    assertTrue(findings(in2015).stream().noneMatch(f -> f.contains(" unit.")), () -> findings(in2015).toString());
  }
}
