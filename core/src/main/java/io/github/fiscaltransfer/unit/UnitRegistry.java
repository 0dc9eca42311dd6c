package io.github.fiscaltransfer.unit;

import io.github.fiscaltransfer.internal.CsvRows;
import java.io.Reader;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fiscal units of one year, as the division lists give them, resolving the codes and names documents print
 * ({@code 510100}, {@code 440000000}, {@code 江门市}, {@code 成都}, {@code 德宏州}, {@code 省级留用}, {@code 市本级}).
 *
 * <p>The built-in registry ({@link #builtIn}) holds every province, prefecture and county of the Ministry of Civil
 * Affairs' lists of 2015 to 2024 (行政区划代码, via the CC0 dataset yescallop/areacodes), each year's as listed on
 * 31 December; {@link #asOf} gives another year's, and a year outside the lists uses the nearest list
 * ({@link #dataYear}). A unit's parent is the unit of its code's parent, or, where that prefecture is not listed
 * (省直辖县级 such as 429004 仙桃市, a municipality's districts), its province; provinces are under the centre.
 * A user's CSV ({@link #read}, {@link #merge}) has the header {@code code,name,aliases}: a six-digit code or a
 * nine-digit 财政区划代码 (townships too), the official name, and other names separated by spaces; its units hold
 * in every year. Immutable and thread-safe.
 */
public final class UnitRegistry {

  static final String HEADER = "code,name,aliases";

  /** The year a user's registry is read as of: the last year of the built-in lists. */
  static final int LATEST = 2024;

  private final DivisionHistory history;
  private final int year;
  /** The units of this year built so far, by code: each is built when first asked for, with its parents. */
  private final Map<DivisionCode, FiscalUnit> built = new ConcurrentHashMap<>();
  /** The units of a province in this year, in code order, built when all of them are first asked for. */
  private final Map<String, List<FiscalUnit>> provinces = new ConcurrentHashMap<>();

  UnitRegistry(DivisionHistory history, int year) {
    this.history = history;
    this.year = year;
  }

  /** The unit of a code in this year's list, built with its parents when first asked for; null if not listed. */
  private FiscalUnit unitOf(DivisionCode code) {
    FiscalUnit unit = built.get(code);
    if (unit == null) {
      for (DivisionRecord record : history.records(code)) {
        if (record.listedIn(year)) {
          FiscalUnit made = FiscalUnit.of(record.name(), code, parentOf(code));
          unit = built.putIfAbsent(code, made);
          return unit == null ? made : unit;
        }
      }
    }
    return unit;
  }

  /** The unit of the nearest code above that this year's list has, else the centre. */
  private FiscalUnit parentOf(DivisionCode code) {
    for (Optional<DivisionCode> up = code.parent(); up.isPresent(); up = up.get().parent()) {
      FiscalUnit parent = unitOf(up.get());
      if (parent != null) {
        return parent;
      }
    }
    return FiscalUnit.central();
  }

  /** The units of a province in this year, parents before children. */
  private List<FiscalUnit> province(String prefix) {
    List<FiscalUnit> units = provinces.get(prefix);
    if (units == null) {
      List<FiscalUnit> all = new ArrayList<>();
      for (DivisionCode code : history.province(prefix).keySet()) {
        FiscalUnit unit = unitOf(code);
        if (unit != null) {
          all.add(unit);
        }
      }
      units = List.copyOf(all);
      provinces.putIfAbsent(prefix, units);
    }
    return units;
  }

  /**
   * Returns the registry shipped with the library, as of the last year of its lists (2024).
   *
   * @return the built-in registry, not null
   */
  public static UnitRegistry builtIn() {
    return BuiltIn.HISTORY.asOf(BuiltIn.HISTORY.lastYear());
  }

  /**
   * Reads a registry of a user's units only, from CSV ({@code code,name,aliases}).
   *
   * @param csv the CSV text, not null; not closed
   * @return the registry, not null
   * @throws IllegalArgumentException if a line is malformed or a code repeats, naming the line
   */
  public static UnitRegistry read(Reader csv) {
    return DivisionHistory.ofUser(CsvRows.read(csv, HEADER)).asOf(LATEST);
  }

  /**
   * Returns a registry with a user's units added from CSV ({@code code,name,aliases}): new codes (such as a
   * township's nine-digit code) become units of every year; a known code gains the line's aliases.
   *
   * @param csv the CSV text, not null; not closed
   * @return the merged registry, of the same year, not null
   * @throws IllegalArgumentException if a line is malformed, repeats a code, or gives a known code another name,
   *     naming the line and both units
   */
  public UnitRegistry merge(Reader csv) {
    return history.merge(CsvRows.read(csv, HEADER)).asOf(year);
  }

  /**
   * Returns the registry as of a fiscal year: the units of that year's list, or of the nearest list.
   *
   * @param fiscalYear the year, not null
   * @return the registry, not null
   */
  public UnitRegistry asOf(Year fiscalYear) {
    return history.asOf(Objects.requireNonNull(fiscalYear, "fiscalYear").getValue());
  }

  /**
   * Returns the year whose list this registry holds.
   *
   * @return the year, not null
   */
  public Year year() {
    return Year.of(year);
  }

  /**
   * Returns the year whose list stands for a fiscal year: the year itself, or the nearest year the lists cover
   * (2024 for 2025).
   *
   * @param fiscalYear the year, not null
   * @return the year of the list used, not null
   */
  public Year dataYear(Year fiscalYear) {
    return Year.of(history.dataYear(Objects.requireNonNull(fiscalYear, "fiscalYear").getValue()));
  }

  /**
   * Returns the unit with a division code in this year's list.
   *
   * @param code the code, not null
   * @return the unit, not null
   */
  public Optional<FiscalUnit> byCode(DivisionCode code) {
    return Optional.ofNullable(unitOf(Objects.requireNonNull(code, "code")));
  }

  /**
   * Returns the one unit of this year's list known by a name or alias, empty if none or several are.
   *
   * @param name the name, such as {@code 德宏州}, not null
   * @return the unit, not null
   */
  public Optional<FiscalUnit> byName(String name) {
    List<FiscalUnit> units = named(Objects.requireNonNull(name, "name").strip());
    return units.size() == 1 ? Optional.of(units.get(0)) : Optional.empty();
  }

  private List<FiscalUnit> named(String name) {
    return listed(history.named(name));
  }

  /** The units of this year's list that records name, each once. */
  private List<FiscalUnit> listed(List<DivisionRecord> records) {
    List<FiscalUnit> units = new ArrayList<>(1);
    for (DivisionRecord record : records) {
      FiscalUnit unit = record.listedIn(year) ? unitOf(record.code()) : null;
      if (unit != null && !units.contains(unit)) {
        units.add(unit);
      }
    }
    return units;
  }

  /**
   * Returns the unit a document names by code and name: this year's unit of the code if the name is its name or
   * alias; else the unit the code had under that name in another year, nearest first; else a unit with the printed
   * name and code under the registry's unit of the code's parent, so that nothing printed is lost.
   * {@link #standing} says what is wrong with the last two.
   *
   * @param name the name as printed, not blank
   * @param code the code as printed, not null
   * @return the unit, not null
   */
  public FiscalUnit unit(String name, DivisionCode code) {
    String text = Objects.requireNonNull(name, "name").strip();
    Objects.requireNonNull(code, "code");
    List<DivisionRecord> known = new ArrayList<>(history.records(code));
    known.sort(Comparator.comparingInt(r -> Math.abs(r.last() - year)));
    for (DivisionRecord record : known) {
      if (record.knownAs(text)) {
        return history.asOf(record.listedIn(year) ? year : record.last()).unitOf(code);
      }
    }
    return FiscalUnit.of(text, code, parentOf(code));
  }

  /**
   * Returns the units directly below a unit, in code order.
   *
   * @param unit the unit, not null
   * @return the children, not null, unmodifiable
   */
  public List<FiscalUnit> children(FiscalUnit unit) {
    Objects.requireNonNull(unit, "unit");
    Collection<FiscalUnit> candidates = unit.code().isPresent()
        ? province(unit.code().get().toString().substring(0, 2)) : units();
    return candidates.stream().filter(u -> u.isChildOf(unit)).toList();
  }

  /**
   * Returns every unit of this year's list, in code order.
   *
   * @return the units, not null, unmodifiable
   */
  public Collection<FiscalUnit> units() {
    List<FiscalUnit> all = new ArrayList<>();
    history.provinceCodes().forEach(p -> all.addAll(province(p)));
    return Collections.unmodifiableList(all);
  }

  /**
   * Resolves a name printed in an issuer's allocation table: a retained-share label ({@code 市本级}) is the
   * issuer's own share; otherwise the unit of that name or alias directly below the issuer, else the one below it
   * further down, else the one unit of the year's list with it; failing these, a unit of that name directly below
   * the issuer in another year's list (nearest first), which {@link #standing} then reports.
   *
   * @param name the name as printed, not null
   * @param issuer the unit whose table printed it, not null
   * @return the recipient, empty if the name is unknown or ambiguous, not null
   */
  public Optional<Recipient> resolve(String name, FiscalUnit issuer) {
    Objects.requireNonNull(issuer, "issuer");
    return Optional.ofNullable(resolve(Objects.requireNonNull(name, "name").strip(), issuer, null));
  }

  /**
   * Resolves a stripped name as {@link #resolve(String, FiscalUnit)} says, or returns null; the units of this year
   * that bear the name, when looked up, are left in {@code named} (if given), so that a caller that keeps an
   * unknown name need not look them up again.
   */
  private Recipient resolve(String text, FiscalUnit issuer, List<FiscalUnit> named) {
    if (RetainedShare.LABELS.contains(text)) {
      return issuer.retainedShare(text);
    }
    FiscalUnit found = issuer.code().isPresent() ? below(issuer, namedIn(issuer.code().get(), text)) : null;
    if (found == null) {
      List<DivisionRecord> records = history.named(text);
      List<FiscalUnit> units = listed(records);
      if (named != null) {
        named.addAll(units);
      }
      found = below(issuer, units);
      if (found == null && units.size() == 1) {
        found = units.get(0);
      }
      if (found == null && units.isEmpty()) {
        found = formerChild(text, records, issuer).orElse(null);
      }
    }
    return found;
  }

  /** The one unit directly below the issuer, else the one further below it, else null. */
  private static FiscalUnit below(FiscalUnit issuer, List<FiscalUnit> named) {
    FiscalUnit child = null;
    int children = 0;
    for (FiscalUnit unit : named) {
      if (unit.isChildOf(issuer)) {
        child = unit;
        children++;
      }
    }
    if (children == 1) {
      return child;
    }
    FiscalUnit descendant = null;
    int descendants = 0;
    for (FiscalUnit unit : named) {
      if (unit.ancestors().contains(issuer)) {
        descendant = unit;
        descendants++;
      }
    }
    return descendants == 1 ? descendant : null;
  }

  /**
   * The units of this year in a code's province known by a name: the province's lines are searched for the name,
   * and only the units that bear it are built.
   */
  private List<FiscalUnit> namedIn(DivisionCode code, String name) {
    return listed(history.namedIn(code.toString().substring(0, 2), name));
  }

  private Optional<FiscalUnit> formerChild(String name, List<DivisionRecord> records, FiscalUnit issuer) {
    if (records.isEmpty()) {
      return Optional.empty();
    }
    return records.stream()
        .sorted(Comparator.comparingInt(r -> Math.abs(r.last() - year)))
        .map(r -> unit(name, r.code()))
        .filter(u -> u.isChildOf(issuer)).findFirst();
  }

  /**
   * Resolves a printed name like {@link #resolve}, keeping an unknown or ambiguous name as an
   * {@link UnknownRecipient} rather than failing; an ambiguous one's reason names the units that bear it.
   *
   * @param name the name as printed, not blank
   * @param issuer the unit whose table printed it, not null
   * @return the recipient, not null
   */
  public Recipient recipient(String name, FiscalUnit issuer) {
    Objects.requireNonNull(issuer, "issuer");
    List<FiscalUnit> named = new ArrayList<>(1);
    Recipient found = resolve(Objects.requireNonNull(name, "name").strip(), issuer, named);
    if (found != null) {
      return found;
    }
    if (named.size() < 2) {
      return UnknownRecipient.of(name, issuer);
    }
    List<String> units = named.stream().map(u -> u.code().orElseThrow() + " (" + u.parent().orElseThrow().name()
        + ")").toList();
    return UnknownRecipient.of(name, issuer, "is borne by several units, none below " + issuer.name() + ": "
        + String.join(", ", units));
  }

  /**
   * Says whether a unit a document names is in this year's list under that name: listed, renamed, named
   * otherwise, no longer listed (with the units that took over its area, followed to this year), not yet listed,
   * or unknown. A unit without a code is not checked, except an {@linkplain FiscalUnit#unknown unknown unit}, which
   * is unknown.
   *
   * @param unit the unit, not null
   * @return the standing, not null
   */
  public UnitStanding standing(FiscalUnit unit) {
    return UnitStanding.of(Objects.requireNonNull(unit, "unit"), this);
  }

  /**
   * Returns whether a unit is in this year's list under the name it bears, as a {@link #standing} of
   * {@link UnitStanding.Kind#LISTED} says, without building the standing's texts (validation asks it of every line).
   *
   * @param unit the unit, not null
   * @return true if the standing would be listed
   */
  public boolean isListed(FiscalUnit unit) {
    return UnitStanding.isListed(Objects.requireNonNull(unit, "unit"), this);
  }

  DivisionHistory history() {
    return history;
  }

  int dataYearValue() {
    return year;
  }

  /** Returns a summary such as {@code unit registry 2024}. */
  @Override
  public String toString() {
    return "unit registry " + year;
  }

  /** The built-in lists, read when first used. */
  private static final class BuiltIn {
    static final DivisionHistory HISTORY = DivisionHistory.builtIn();
  }
}
