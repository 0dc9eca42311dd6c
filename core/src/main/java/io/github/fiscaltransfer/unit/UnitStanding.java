package io.github.fiscaltransfer.unit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a year's division list says about a unit a document names (see {@link UnitRegistry#standing}): its
 * {@link Kind}, what the list has, and a sentence a budget officer can read. Immutable and thread-safe.
 *
 * @param kind how the unit stands, not null
 * @param expected what the list has for the unit's code, such as {@code 510116 双流区} (for a listed unit, its
 *     name), not null
 * @param message why, such as {@code 510124 郫县 was last listed in 2015; in 2016 its area is 510117 郫都区}
 *     (for a listed unit, its name), not null
 * @param variant the case of the kind a finding's message key names after the rule id, such as {@code no-code}, or
 *     empty for the kind's own message, not null
 * @param arguments the message's named arguments in order, such as {@code unit → 510124 郫县}, not null
 */
public record UnitStanding(Kind kind, String expected, String message, String variant,
    Map<String, String> arguments) {

  /** How a unit stands in a year's list. */
  public enum Kind {
    /** In the list under that name or an alias, or without a code to check. */
    LISTED,
    /** The code is listed under a name it had in another year. */
    RENAMED,
    /** The code is listed under another name. */
    NAME_DIFFERS,
    /** The code left the list before the year; the units that took over its area are named. */
    ABOLISHED,
    /** The code entered the list after the year. */
    NOT_YET_LISTED,
    /** No list has the code, or the unit has no code and a name the registry does not know. */
    UNKNOWN
  }

  /**
   * Creates a standing.
   *
   * @param kind how the unit stands, not null
   * @param expected what the list has, not null
   * @param message why, not null
   * @param variant the case of the kind, or empty, not null
   * @param arguments the message's arguments, not null
   */
  public UnitStanding {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(variant, "variant");
    arguments = Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
  }

  /** A standing whose arguments are name, value pairs in order. */
  private static UnitStanding of(Kind kind, String expected, String message, String variant, Object... pairs) {
    Map<String, String> arguments = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      arguments.put((String) pairs[i], String.valueOf(pairs[i + 1]));
    }
    return new UnitStanding(kind, expected, message, variant, arguments);
  }

  static UnitStanding of(FiscalUnit unit, UnitRegistry registry) {
    Optional<DivisionCode> code = unit.code();
    int year = registry.dataYearValue();
    if (unit.isUnknown()) {
      return of(Kind.UNKNOWN, "a unit of the " + year + " list", unit.name()
          + " has no division code, and the registry knows no single unit by that name", "no-code", "unit",
          unit.name());
    }
    if (isListed(unit, registry)) {
      return of(Kind.LISTED, unit.name(), code.isEmpty() ? unit.name() + " has no code to check" : unit.name(), "");
    }
    DivisionHistory history = registry.history();
    List<DivisionRecord> records = history.records(code.get());
    for (DivisionRecord record : records) {
      if (record.listedIn(year)) {
        return named(unit, record, records, year);
      }
    }
    String printed = code.get() + " " + unit.name();
    if (records.isEmpty()) {
      return of(Kind.UNKNOWN, "a code of the " + year + " list", printed
          + " is in no list of divisions the registry has", "", "unit", printed);
    }
    if (records.stream().allMatch(r -> r.first() > year)) {
      return of(Kind.NOT_YET_LISTED, "a code of the " + year + " list", printed
          + " was first listed in " + records.get(0).first() + ", after " + year, "", "unit", printed, "first",
          records.get(0).first(), "year", year);
    }
    DivisionRecord last = records.get(records.size() - 1);
    String now = successors(last, history, year).stream().map(r -> r.code() + " " + r.name())
        .collect(Collectors.joining(", "));
    return of(Kind.ABOLISHED, now.isEmpty() ? "a code of the " + year + " list" : now, printed
        + " was last listed in " + last.last() + (now.isEmpty() ? "; no successor is recorded"
            : "; in " + year + " its area is " + now), now.isEmpty() ? "no-successor" : "", "unit", printed, "last",
        last.last(), "year", year, "successors", now);
  }

  /**
   * Whether {@link #of} gives {@link Kind#LISTED}, without building its texts: a unit other than an unknown one
   * without a code, or one whose code's record of the year bears its name.
   */
  static boolean isListed(FiscalUnit unit, UnitRegistry registry) {
    if (unit.isUnknown()) {
      return false;
    }
    Optional<DivisionCode> code = unit.code();
    if (code.isEmpty()) {
      return true;
    }
    int year = registry.dataYearValue();
    List<DivisionRecord> records = registry.history().records(code.get());
    for (int i = 0; i < records.size(); i++) {
      if (records.get(i).listedIn(year)) {
        return records.get(i).knownAs(unit.name());
      }
    }
    return false;
  }

  private static UnitStanding named(FiscalUnit unit, DivisionRecord listed, List<DivisionRecord> records, int year) {
    String official = listed.code() + " " + listed.name();
    Optional<DivisionRecord> former = records.stream().filter(r -> r.knownAs(unit.name())).findFirst();
    if (former.isPresent()) {
      return of(Kind.RENAMED, official, listed.code() + " is " + listed.name() + " in " + year
          + "; it was " + unit.name() + " in " + former.get().years(), "", "code", listed.code(), "listed",
          listed.name(), "year", year, "printed", unit.name(), "years", former.get().years());
    }
    return of(Kind.NAME_DIFFERS, official, listed.code() + " is " + listed.name() + " in " + year
        + ", not " + unit.name(), "", "code", listed.code(), "listed", listed.name(), "year", year, "printed",
        unit.name());
  }

  /** The records of the year that took over a record's area, following successors that left the lists too. */
  private static List<DivisionRecord> successors(DivisionRecord gone, DivisionHistory history, int year) {
    Set<DivisionRecord> found = new LinkedHashSet<>();
    List<DivisionRecord> pending = new ArrayList<>(List.of(gone));
    Set<DivisionRecord> visited = new LinkedHashSet<>();
    while (!pending.isEmpty()) {
      DivisionRecord record = pending.remove(0);
      if (!visited.add(record)) {
        continue;
      }
      for (DivisionCode next : record.successors()) {
        List<DivisionRecord> candidates = history.records(next);
        candidates.stream().filter(r -> r.listedIn(year)).findFirst().ifPresentOrElse(found::add,
            () -> candidates.stream().filter(r -> r.first() > record.last() && r.last() < year)
                .findFirst().ifPresent(pending::add));
      }
    }
    return List.copyOf(found);
  }

  /** Returns the message. */
  @Override
  public String toString() {
    return message;
  }
}
