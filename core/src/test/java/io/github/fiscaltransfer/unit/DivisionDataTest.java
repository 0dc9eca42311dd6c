package io.github.fiscaltransfer.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The built-in division lists against the dataset they were generated from. */
class DivisionDataTest {

  /** The dataset copy: {@code -Dareacodes.dir=…}, else the project's shared copy beside the worktrees. */
  private static final Path DATASET = Path.of(System.getProperty("areacodes.dir", "../../shared/data/areacodes"));

  private static final String COMMIT = "eed219a0678d36bacaa717f62443b10e869f0291";

  /** Per year: units, provinces, prefectures, counties, counted with awk over data/YYYY.txt of the dataset. */
  @ParameterizedTest
  @CsvSource({
      "2015, 3218, 34, 334, 2850", "2016, 3219, 34, 334, 2851", "2017, 3219, 34, 334, 2851",
      "2018, 3218, 34, 333, 2851", "2019, 3213, 34, 333, 2846", "2020, 3211, 34, 333, 2844",
      "2021, 3210, 34, 333, 2843", "2022, 3210, 34, 333, 2843", "2023, 3211, 34, 333, 2844",
      "2024, 3213, 34, 333, 2846",
  })
  void countsPerYearAsTheListsHaveThem(int year, int units, int provinces, int prefectures, int counties) {
    UnitRegistry registry = UnitRegistry.builtIn().asOf(Year.of(year));
    Map<AdministrativeLevel, Long> byLevel = registry.units().stream()
        .collect(Collectors.groupingBy(FiscalUnit::level, Collectors.counting()));
    assertEquals(units, registry.units().size());
    assertEquals(List.of((long) provinces, (long) prefectures, (long) counties), List.of(
        byLevel.get(AdministrativeLevel.PROVINCE), byLevel.get(AdministrativeLevel.PREFECTURE),
        byLevel.get(AdministrativeLevel.COUNTY)));
  }

  @Test
  void everyYearHoldsExactlyTheCodesAndNamesOfItsDataFile() throws IOException {
    Assumptions.assumeTrue(Files.isDirectory(DATASET), "no copy of the areacodes dataset at " + DATASET);
    for (int year = 2015; year <= 2024; year++) {
      List<String> listed = Files.readAllLines(DATASET.resolve("data/" + year + ".txt"), StandardCharsets.UTF_8)
          .stream().filter(l -> !l.isBlank()).map(String::strip).sorted().toList();
      List<String> registry = UnitRegistry.builtIn().asOf(Year.of(year)).units().stream()
          .map(u -> u.code().orElseThrow() + " " + u.name()).sorted().toList();
      assertEquals(listed, registry, "year " + year);
    }
  }

  @Test
  void theResourceIsWhatTheGeneratorMakesOfTheDataset() throws IOException {
    Assumptions.assumeTrue(Files.isDirectory(DATASET), "no copy of the areacodes dataset at " + DATASET);
    try (InputStream in = UnitRegistry.class.getResourceAsStream("divisions.txt")) {
      String shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(DivisionDataGenerator.generate(DATASET, COMMIT), shipped);
    }
  }

  @Test
  void theResourceNamesItsSourceAndLicence() throws IOException {
    try (InputStream in = UnitRegistry.class.getResourceAsStream("divisions.txt")) {
      String header = new String(in.readNBytes(1200), StandardCharsets.UTF_8);
      assertTrue(header.contains("https://github.com/yescallop/areacodes at commit " + COMMIT), header);
      assertTrue(header.contains("Licence: CC0 1.0"), header);
    }
  }

  @Test
  void theBuiltInAliasesBelongToListedUnits() {
    FiscalUnit dehong = UnitRegistry.builtIn().byCode(DivisionCode.parse("533100")).orElseThrow();
    assertEquals("德宏傣族景颇族自治州", dehong.name());
    assertEquals(Optional.of(dehong), UnitRegistry.builtIn().byName("德宏州"));
    assertEquals(Optional.of(dehong), UnitRegistry.builtIn().asOf(Year.of(2015)).byName("德宏州"));
  }

  @Test
  void everyParentChainEndsAtAProvinceUnderTheCentre() {
    for (int year = 2015; year <= 2024; year++) {
      for (FiscalUnit unit : UnitRegistry.builtIn().asOf(Year.of(year)).units()) {
        List<FiscalUnit> up = unit.ancestors();
        FiscalUnit top = up.size() == 1 ? unit : up.get(up.size() - 2);
        assertEquals(FiscalUnit.central(), up.get(up.size() - 1));
        assertEquals(AdministrativeLevel.PROVINCE, top.level(), unit.toString());
        assertEquals(unit.code().orElseThrow().province(), top.code().orElseThrow(), unit.toString());
      }
    }
  }

  @Test
  void countyLevelUnitsDirectlyUnderAProvinceHaveItAsParent() {
    UnitRegistry registry = UnitRegistry.builtIn();
    FiscalUnit xiantao = registry.byCode(DivisionCode.parse("429004")).orElseThrow();
    assertEquals("仙桃市", xiantao.name());
    assertEquals("湖北省", xiantao.parent().orElseThrow().name());
    assertEquals("北京市", registry.byName("东城区").orElseThrow().parent().orElseThrow().name());
  }

  @Test
  void every2024UnitResolvesByCodeByFiscalCodeAndByNameWithinItsProvince() {
    UnitRegistry registry = UnitRegistry.builtIn();
    Function<FiscalUnit, FiscalUnit> province = u -> registry.byCode(u.code().orElseThrow().province()).orElseThrow();
    for (FiscalUnit unit : registry.units()) {
      DivisionCode code = unit.code().orElseThrow();
      assertEquals(Optional.of(unit), registry.byCode(code));
      assertEquals(Optional.of(unit), registry.byCode(DivisionCode.parse(code.fiscalCode())));
      if (unit.level() != AdministrativeLevel.PROVINCE) {
        Optional<Recipient> byName = registry.resolve(unit.name(), unit.parent().orElseThrow());
        assertEquals(Optional.of(unit), byName, unit.toString());
        assertTrue(unit.ancestors().contains(province.apply(unit)), unit.toString());
      }
    }
  }

  @Test
  void namesSharedAcrossProvincesResolveWithinTheIssuersSubtree() {
    UnitRegistry registry = UnitRegistry.builtIn();
    assertEquals(Optional.empty(), registry.byName("朝阳区"));
    FiscalUnit beijing = registry.byName("北京市").orElseThrow();
    FiscalUnit changchun = registry.byName("长春市").orElseThrow();
    assertEquals("110105", code(registry.resolve("朝阳区", beijing)));
    assertEquals("220104", code(registry.resolve("朝阳区", changchun)));
    assertEquals("220104", code(registry.resolve("朝阳区", registry.byName("吉林省").orElseThrow())));
    assertEquals(Optional.empty(), registry.resolve("朝阳区", FiscalUnit.central()));
    FiscalUnit guangdong = registry.byName("广东省").orElseThrow();
    UnknownRecipient ambiguous = (UnknownRecipient) registry.recipient("朝阳区", guangdong);
    assertEquals("is borne by several units, none below 广东省: 110105 (北京市), 220104 (长春市)",
        ambiguous.reason());
    assertEquals("510100", code(registry.resolve("成都", registry.byName("四川省").orElseThrow())));
  }

  private static String code(Optional<Recipient> recipient) {
    return ((FiscalUnit) recipient.orElseThrow()).code().orElseThrow().toString();
  }
}
