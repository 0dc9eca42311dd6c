package io.github.fiscaltransfer.unit;

import io.github.fiscaltransfer.internal.CsvRows;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Resolves the names documents print ({@code 江门市}, {@code 台山市}, {@code 德宏州}, {@code 省级留用},
 * {@code 市本级}) to recipients.
 *
 * <p>Registries are read from CSV ({@link #read}) with the header {@code code,name,aliases}: a six-digit division
 * code, the official name, and other names separated by spaces. A unit's parent is the unit of its code's parent
 * (or, where that prefecture is absent, of its province); provinces are under the centre. The built-in registry
 * ({@link #builtIn}) has the units of the seed documents: 广东省 and its 21 prefecture-level cities, 江门市's 7
 * districts and county-level cities, and 云南省, 德宏州 and 梁河县. Immutable and thread-safe.
 */
public final class UnitRegistry {

  static final String HEADER = "code,name,aliases";

  private final Map<DivisionCode, FiscalUnit> byCode;
  private final Map<String, List<FiscalUnit>> byName;

  private UnitRegistry(Map<DivisionCode, FiscalUnit> byCode, Map<String, List<FiscalUnit>> byName) {
    this.byCode = byCode;
    this.byName = byName;
  }

  /**
   * Returns the registry shipped with the library.
   *
   * @return the built-in registry, not null
   */
  public static UnitRegistry builtIn() {
    return BuiltIn.REGISTRY;
  }

  /**
   * Reads a registry from CSV ({@code code,name,aliases}).
   *
   * @param csv the CSV text, not null; not closed
   * @return the registry, not null
   * @throws IllegalArgumentException if a line is malformed or a code repeats, naming the line
   */
  public static UnitRegistry read(Reader csv) {
    return fromRows(CsvRows.read(csv, HEADER));
  }

  private static UnitRegistry fromRows(List<CsvRows.Row> rows) {
    List<CsvRows.Row> sorted = new ArrayList<>(rows);
    sorted.sort(Comparator.comparing(row -> row.field(0)));
    Map<DivisionCode, FiscalUnit> byCode = new LinkedHashMap<>();
    Map<String, List<FiscalUnit>> byName = new HashMap<>();
    for (CsvRows.Row row : sorted) {
      FiscalUnit unit = unitOf(row, byCode);
      if (byCode.putIfAbsent(unit.code().orElseThrow(), unit) != null) {
        throw new IllegalArgumentException("Unit registry line " + row.line() + ": code " + row.field(0) + " appears twice");
      }
      List<String> names = new ArrayList<>(List.of(row.field(2).split("\\s+")));
      names.add(unit.name());
      names.stream().filter(n -> !n.isEmpty()).distinct()
          .forEach(n -> byName.computeIfAbsent(n, k -> new ArrayList<>()).add(unit));
    }
    byName.replaceAll((name, units) -> List.copyOf(units));
    return new UnitRegistry(Map.copyOf(byCode), Map.copyOf(byName));
  }

  private static FiscalUnit unitOf(CsvRows.Row row, Map<DivisionCode, FiscalUnit> known) {
    try {
      DivisionCode code = DivisionCode.parse(row.field(0));
      return FiscalUnit.of(row.field(1), code, parentOf(code, known));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Unit registry line " + row.line() + ": " + e.getMessage(), e);
    }
  }

  private static FiscalUnit parentOf(DivisionCode code, Map<DivisionCode, FiscalUnit> known) {
    for (Optional<DivisionCode> up = code.parent(); up.isPresent(); up = up.get().parent()) {
      FiscalUnit parent = known.get(up.get());
      if (parent != null) {
        return parent;
      }
    }
    return FiscalUnit.central();
  }

  /**
   * Returns the unit with a division code.
   *
   * @param code the code, not null
   * @return the unit, not null
   */
  public Optional<FiscalUnit> byCode(DivisionCode code) {
    return Optional.ofNullable(byCode.get(Objects.requireNonNull(code, "code")));
  }

  /**
   * Returns the one unit known by a name or alias, empty if none or several are.
   *
   * @param name the name, such as {@code 德宏州}, not null
   * @return the unit, not null
   */
  public Optional<FiscalUnit> byName(String name) {
    List<FiscalUnit> units = byName.getOrDefault(Objects.requireNonNull(name, "name").strip(), List.of());
    return units.size() == 1 ? Optional.of(units.get(0)) : Optional.empty();
  }

  /**
   * Returns the units directly below a unit, in code order.
   *
   * @param unit the unit, not null
   * @return the children, not null, unmodifiable
   */
  public List<FiscalUnit> children(FiscalUnit unit) {
    Objects.requireNonNull(unit, "unit");
    return byCode.values().stream()
        .filter(u -> u.isChildOf(unit))
        .sorted(Comparator.comparing(u -> u.code().orElseThrow().toString()))
        .toList();
  }

  /**
   * Returns every unit of the registry.
   *
   * @return the units, not null, unmodifiable
   */
  public Collection<FiscalUnit> units() {
    return byCode.values();
  }

  /**
   * Resolves a name printed in an issuer's allocation table: a retained-share label ({@code 市本级}) is the
   * issuer's own share; otherwise a child of the issuer with that name or alias, else the one unit anywhere with
   * it.
   *
   * @param name the name as printed, not null
   * @param issuer the unit whose table printed it, not null
   * @return the recipient, empty if the name is unknown or ambiguous, not null
   */
  public Optional<Recipient> resolve(String name, FiscalUnit issuer) {
    Objects.requireNonNull(issuer, "issuer");
    String text = Objects.requireNonNull(name, "name").strip();
    if (RetainedShare.LABELS.contains(text)) {
      return Optional.of(issuer.retainedShare(text));
    }
    List<FiscalUnit> named = byName.getOrDefault(text, List.of());
    Optional<FiscalUnit> child = named.stream().filter(u -> u.isChildOf(issuer)).findFirst();
    return child.or(() -> byName(text)).map(Recipient.class::cast);
  }

  /**
   * Resolves a printed name like {@link #resolve}, keeping an unknown or ambiguous name as an
   * {@link UnknownRecipient} rather than failing.
   *
   * @param name the name as printed, not blank
   * @param issuer the unit whose table printed it, not null
   * @return the recipient, not null
   */
  public Recipient recipient(String name, FiscalUnit issuer) {
    return resolve(name, issuer).orElseGet(() -> UnknownRecipient.of(name, issuer));
  }

  /** Returns a summary such as {@code unit registry (33 units)}. */
  @Override
  public String toString() {
    return "unit registry (" + byCode.size() + " units)";
  }

  /** The registry shipped in {@code units.csv}, read once. */
  private static final class BuiltIn {
    static final UnitRegistry REGISTRY = fromRows(CsvRows.readResource(UnitRegistry.class, "units.csv", HEADER));
  }
}
