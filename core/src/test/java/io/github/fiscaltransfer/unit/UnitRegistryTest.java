package io.github.fiscaltransfer.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UnitRegistryTest {

  private static final UnitRegistry REGISTRY = UnitRegistry.builtIn();

  private static FiscalUnit unit(String name) {
    return REGISTRY.byName(name).orElseThrow(() -> new AssertionError(name));
  }

  @Test
  void guangdongHasTwentyOnePrefectureLevelCities() {
    FiscalUnit guangdong = unit("广东省");
    assertEquals(FiscalUnit.central(), guangdong.parent().orElseThrow());
    List<FiscalUnit> cities = REGISTRY.children(guangdong);
    assertEquals(21, cities.size());
    assertTrue(cities.stream().allMatch(c -> c.level() == AdministrativeLevel.PREFECTURE));
    assertEquals("广州市", cities.get(0).name());
  }

  @Test
  void jiangmenHasSevenCountyLevelUnitsInDocumentOrder() {
    List<String> names = REGISTRY.children(unit("江门市")).stream().map(FiscalUnit::name).toList();
    assertEquals(List.of("蓬江区", "江海区", "新会区", "台山市", "开平市", "鹤山市", "恩平市"), names);
  }

  @Test
  void lianghePathUpToTheCentre() {
    FiscalUnit lianghe = unit("梁河县");
    assertEquals(List.of(unit("德宏州"), unit("云南省"), FiscalUnit.central()), lianghe.ancestors());
    assertEquals("德宏傣族景颇族自治州", lianghe.parent().orElseThrow().name());
    assertEquals(Optional.of(DivisionCode.parse("533122")), lianghe.code());
  }

  @Test
  void resolvesRetainedSharesRelativeToTheIssuer() {
    FiscalUnit jiangmen = unit("江门市");
    Recipient own = REGISTRY.resolve("市本级", jiangmen).orElseThrow();
    RetainedShare share = assertInstanceOf(RetainedShare.class, own);
    assertEquals(jiangmen, share.unit());
    assertEquals("市本级", share.name());
    assertEquals("市本级 (江门市)", share.toString());
    assertEquals(unit("台山市"), REGISTRY.resolve("台山市", jiangmen).orElseThrow());
    assertEquals(Optional.empty(), REGISTRY.resolve("不存在市", jiangmen));
  }

  @Test
  void retainedSharesEqualByKeeperWhateverTheLabel() {
    FiscalUnit guangdong = unit("广东省");
    assertEquals(guangdong.retainedShare("省级留用"), guangdong.retainedShare("省本级"));
    assertNotEquals(guangdong.retainedShare("省级留用"), unit("江门市").retainedShare("市本级"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> guangdong.retainedShare("广州市"));
    assertTrue(e.getMessage().startsWith("Not a retained-share label: '广州市'"), e.getMessage());
  }

  @Test
  void unitsRefuseParentsThatAreNotAbove() {
    FiscalUnit taishan = unit("台山市");
    IllegalArgumentException below = assertThrows(IllegalArgumentException.class,
        () -> FiscalUnit.of("某镇", AdministrativeLevel.PREFECTURE, taishan));
    assertEquals("Fiscal unit 某镇 (地级市/州) cannot be below 台山市 (县/市/区)", below.getMessage());
    IllegalArgumentException outside = assertThrows(IllegalArgumentException.class,
        () -> FiscalUnit.of("梁河县", DivisionCode.parse("533122"), unit("江门市")));
    assertEquals("Fiscal unit 梁河县 has division code 533122, which is not within 江门市's 440700",
        outside.getMessage());
    FiscalUnit town = FiscalUnit.of("台城街道", AdministrativeLevel.TOWNSHIP, taishan);
    assertTrue(town.isChildOf(taishan));
    assertEquals("台城街道 (乡镇)", town.toString());
  }

  @Test
  void readsUsersCsvAndNamesBadLines() {
    UnitRegistry registry = UnitRegistry.read(new StringReader("code,name,aliases\n440000,广东省,\n440700,江门市,\n"));
    assertEquals(2, registry.units().size());
    assertTrue(registry.byName("江门市").orElseThrow().isChildOf(registry.byName("广东省").orElseThrow()));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> UnitRegistry.read(new StringReader("440000,广东省,\n440000,广东,\n")));
    assertEquals("Unit registry line 2: code 440000 appears twice", e.getMessage());
    IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
        () -> UnitRegistry.read(new StringReader("44x000,广东省,\n")));
    assertEquals("Unit registry line 1: Cannot parse division code '44x000' at index 2: unexpected character 'x'",
        bad.getMessage());
  }

  @Test
  void ambiguousNamesResolveToNothingOutsideTheIssuer() {
    UnitRegistry registry = UnitRegistry.read(new StringReader(
        "440000,广东省,\n440700,江门市,\n440703,城区,\n440100,广州市,\n440103,城区,\n"));
    assertEquals(Optional.empty(), registry.byName("城区"));
    FiscalUnit jiangmen = registry.byName("江门市").orElseThrow();
    assertEquals("440703", ((FiscalUnit) registry.resolve("城区", jiangmen).orElseThrow()).code().orElseThrow().toString());
    assertFalse(registry.resolve("城区", registry.byName("广东省").orElseThrow()).isPresent());
  }

  @Test
  void usersCsvAddsTownshipsAndAliasesToTheBuiltInUnits() {
    UnitRegistry merged = REGISTRY.merge(new StringReader(
        "code,name,aliases\n440781101,台城街道,台城\n440781,台山市,台山县级市\n"));
    FiscalUnit taishan = unit("台山市");
    FiscalUnit town = merged.byCode(DivisionCode.parse("440781101")).orElseThrow();
    assertEquals(AdministrativeLevel.TOWNSHIP, town.level());
    assertTrue(town.isChildOf(taishan));
    assertEquals(Optional.of(town), merged.byName("台城"));
    assertEquals(Optional.of(taishan), merged.byName("台山县级市"));
    assertEquals(REGISTRY.units().size() + 1, merged.units().size());
    assertEquals(Optional.empty(), REGISTRY.byName("台山县级市"));
  }

  @Test
  void aUserLineContradictingABuiltInUnitNamesBoth() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> REGISTRY.merge(new StringReader("code,name,aliases\n440781,台山县,\n")));
    assertEquals("Unit registry line 2: 440781 台山县 contradicts the built-in unit 440781 台山市 (2015–2024)",
        e.getMessage());
  }

  @Test
  void aNameOfAnEarlierYearResolvesToTheUnitOfThatYear() {
    UnitRegistry units2024 = REGISTRY;
    FiscalUnit chengdu = unit("成都市");
    FiscalUnit pixian = (FiscalUnit) units2024.resolve("郫县", chengdu).orElseThrow();
    assertEquals("510124", pixian.code().orElseThrow().toString());
    assertEquals(UnitStanding.Kind.ABOLISHED, units2024.standing(pixian).kind());
    assertEquals(UnitStanding.Kind.LISTED, units2024.asOf(java.time.Year.of(2015)).standing(pixian).kind());
  }
}
