package io.github.fiscaltransfer.hierarchy;

import io.github.fiscaltransfer.unit.AdministrativeLevel;
import io.github.fiscaltransfer.unit.DivisionCode;
import io.github.fiscaltransfer.unit.FiscalUnit;
import io.github.fiscaltransfer.unit.UnitRegistry;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

/**
 * A generated national tree of fiscal units, the size of China's: 1 centre → 31 provinces → 333 prefectures →
 * 2,844 counties → 38,600 townships, each unit with a weight among its siblings.
 *
 * <p>Provinces carry the 31 real province-level division codes; prefectures and counties get codes within their
 * parent's ({@code 440700}, {@code 440781}); townships have none. Names are made from the codes ({@code 省44},
 * {@code 市4407}, {@code 县440781}, {@code 镇440781012}). How many children each unit has and the weights (100 to
 * 9,999) are drawn from a seeded {@link Random}, so a seed always gives the same tree. Immutable and thread-safe.
 */
public final class NationalUnits {

  /** How many units each level below the centre has. */
  public static final Map<AdministrativeLevel, Integer> COUNTS = Map.of(AdministrativeLevel.PROVINCE, 31,
      AdministrativeLevel.PREFECTURE, 333, AdministrativeLevel.COUNTY, 2_844, AdministrativeLevel.TOWNSHIP, 38_600);

  private static final int[] PROVINCE_CODES = {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42,
      43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65};

  private final Map<AdministrativeLevel, List<FiscalUnit>> byLevel = new EnumMap<>(AdministrativeLevel.class);
  private final Map<FiscalUnit, List<FiscalUnit>> children = new HashMap<>();
  private final Map<FiscalUnit, BigDecimal> weights = new LinkedHashMap<>();

  private NationalUnits(Random random) {
    byLevel.put(AdministrativeLevel.CENTRAL, List.of(FiscalUnit.central()));
    List<FiscalUnit> provinces = new ArrayList<>();
    for (int code : PROVINCE_CODES) {
      provinces.add(FiscalUnit.of("省" + code, DivisionCode.parse(code + "0000"), FiscalUnit.central()));
    }
    add(FiscalUnit.central(), provinces, random);
    addLevel(AdministrativeLevel.PREFECTURE, random);
    addLevel(AdministrativeLevel.COUNTY, random);
    addLevel(AdministrativeLevel.TOWNSHIP, random);
  }

  /**
   * Generates the tree of a seed.
   *
   * @param seed the seed; the same seed gives an equal tree
   * @return the tree, not null
   */
  public static NationalUnits generate(long seed) {
    return new NationalUnits(new Random(seed));
  }

  /** Adds the next level down: its count is split among the units above, at least one each. */
  private void addLevel(AdministrativeLevel level, Random random) {
    List<FiscalUnit> parents = byLevel.get(AdministrativeLevel.values()[level.ordinal() - 1]);
    int[] counts = split(COUNTS.get(level), parents.size(), random);
    for (int p = 0; p < parents.size(); p++) {
      List<FiscalUnit> below = new ArrayList<>();
      for (int i = 1; i <= counts[p]; i++) {
        below.add(child(parents.get(p), level, i));
      }
      add(parents.get(p), below, random);
    }
  }

  private static FiscalUnit child(FiscalUnit parent, AdministrativeLevel level, int index) {
    String code = parent.code().orElseThrow().toString();
    return switch (level) {
      case PREFECTURE -> FiscalUnit.of("市" + code.substring(0, 2) + twoDigits(index),
          DivisionCode.parse(code.substring(0, 2) + twoDigits(index) + "00"), parent);
      case COUNTY -> FiscalUnit.of("县" + code.substring(0, 4) + twoDigits(index),
          DivisionCode.parse(code.substring(0, 4) + twoDigits(index)), parent);
      default -> FiscalUnit.of(String.format("镇%s%03d", code, index), level, parent);
    };
  }

  private static String twoDigits(int index) {
    return String.format("%02d", index);
  }

  private void add(FiscalUnit parent, List<FiscalUnit> below, Random random) {
    children.put(parent, List.copyOf(below));
    below.forEach(unit -> weights.put(unit, BigDecimal.valueOf(100 + random.nextInt(9_900))));
    byLevel.computeIfAbsent(below.get(0).level(), level -> new ArrayList<>()).addAll(below);
  }

  /** Splits a total into parts of at least one each; the rest go one at a time to random parts. */
  private static int[] split(int total, int parts, Random random) {
    int[] counts = new int[parts];
    Arrays.fill(counts, 1);
    for (int i = parts; i < total; i++) {
      counts[random.nextInt(parts)]++;
    }
    return counts;
  }

  /**
   * Returns the centre, the root of the tree.
   *
   * @return the centre, not null
   */
  public FiscalUnit central() {
    return FiscalUnit.central();
  }

  /**
   * Returns the generated units with a code as a registry, for validating the tree's notices: its names are made
   * up, so the built-in lists of divisions would report every one.
   *
   * @return the registry, not null
   */
  public UnitRegistry registry() {
    StringBuilder csv = new StringBuilder("code,name,aliases\n");
    for (AdministrativeLevel level : List.of(AdministrativeLevel.PROVINCE, AdministrativeLevel.PREFECTURE,
        AdministrativeLevel.COUNTY)) {
      units(level).forEach(unit -> csv.append(unit.code().orElseThrow()).append(',').append(unit.name()).append(",\n"));
    }
    return UnitRegistry.read(new StringReader(csv.toString()));
  }

  /**
   * Returns the units of a level, parents' children in parent order.
   *
   * @param level the level, not null
   * @return the units, not null, unmodifiable
   */
  public List<FiscalUnit> units(AdministrativeLevel level) {
    return Collections.unmodifiableList(byLevel.getOrDefault(Objects.requireNonNull(level, "level"), List.of()));
  }

  /**
   * Returns the units directly below a unit.
   *
   * @param unit the unit, not null
   * @return the children in order, empty for a township, not null, unmodifiable
   */
  public List<FiscalUnit> children(FiscalUnit unit) {
    return children.getOrDefault(Objects.requireNonNull(unit, "unit"), List.of());
  }

  /**
   * Returns every unit below the centre with its weight among its siblings, each level after the one above, as
   * {@link Propagation#of} takes them.
   *
   * @return the weights, not null, unmodifiable
   */
  public Map<FiscalUnit, BigDecimal> weights() {
    return Collections.unmodifiableMap(weights);
  }

  /** Returns {@code NationalUnits[31 provinces, 333 prefectures, 2844 counties, 38600 townships]}. */
  @Override
  public String toString() {
    return "NationalUnits[" + units(AdministrativeLevel.PROVINCE).size() + " provinces, "
        + units(AdministrativeLevel.PREFECTURE).size() + " prefectures, " + units(AdministrativeLevel.COUNTY).size()
        + " counties, " + units(AdministrativeLevel.TOWNSHIP).size() + " townships]";
  }
}
