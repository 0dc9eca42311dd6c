package io.github.fiscaltransfer.unit;

import io.github.fiscaltransfer.internal.CsvRows;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every code and name a registry knows over the years: the built-in list, whose lines are parsed a code at a time
 * when first needed (a whole province only when all its units are asked for), and a user's records, which hold in
 * every year. The registry of each year is built from it when first asked for. Immutable (its caches aside) and
 * thread-safe.
 */
final class DivisionHistory {

  private final DivisionText text;
  private final Map<DivisionCode, List<DivisionRecord>> user;
  private final Map<DivisionCode, List<String>> aliases;
  private final Map<String, List<DivisionCode>> userNames = new HashMap<>();
  private final Map<String, Map<DivisionCode, List<DivisionRecord>>> provinces = new ConcurrentHashMap<>();
  private final Map<DivisionCode, List<DivisionRecord>> codes = new ConcurrentHashMap<>();
  private final Map<Integer, UnitRegistry> views = new ConcurrentHashMap<>();

  private DivisionHistory(DivisionText text, Map<DivisionCode, List<DivisionRecord>> user,
      Map<DivisionCode, List<String>> aliases) {
    this.text = text;
    this.user = user;
    this.aliases = aliases;
    for (List<DivisionRecord> records : user.values()) {
      for (DivisionRecord record : records) {
        indexName(record.code(), record.name());
        for (String alias : record.aliases()) {
          indexName(record.code(), alias);
        }
      }
    }
    for (Map.Entry<DivisionCode, List<String>> entry : aliases.entrySet()) {
      for (String alias : entry.getValue()) {
        indexName(entry.getKey(), alias);
      }
    }
  }

  private void indexName(DivisionCode code, String name) {
    List<DivisionCode> codes = userNames.get(name);
    if (codes == null) {
      codes = new ArrayList<>(1);
      userNames.put(name, codes);
    }
    if (!codes.contains(code)) {
      codes.add(code);
    }
  }

  /**
   * The built-in list with the aliases the seed documents print ({@code aliases.csv}), taken as they are: checking
   * them against the list would parse their provinces at every start (DivisionDataTest checks them instead).
   */
  static DivisionHistory builtIn() {
    Map<DivisionCode, List<String>> aliases = new HashMap<>();
    for (CsvRows.Row row : CsvRows.readResource(UnitRegistry.class, "aliases.csv", UnitRegistry.HEADER)) {
      aliases.put(DivisionCode.parse(row.field(0)), List.of(row.field(2).split(" ")));
    }
    return new DivisionHistory(DivisionText.resource("divisions.txt"), Map.of(), aliases);
  }

  /** A user's registry alone. */
  static DivisionHistory ofUser(List<CsvRows.Row> rows) {
    return new DivisionHistory(null, Map.of(), Map.of()).merge(rows);
  }

  /**
   * Returns this history with a user's rows added: a new code is a record of every year; a known code gains the
   * row's aliases if the row names it as a list does.
   *
   * @throws IllegalArgumentException if a row repeats a code or contradicts a record, naming the line and both
   */
  DivisionHistory merge(List<CsvRows.Row> rows) {
    Map<DivisionCode, List<DivisionRecord>> added = new TreeMap<>(DivisionHistory::compare);
    added.putAll(user);
    Map<DivisionCode, List<String>> named = new HashMap<>(aliases);
    Map<DivisionCode, Integer> seen = new HashMap<>();
    for (CsvRows.Row row : rows) {
      DivisionCode code = parseCode(row);
      String name = row.field(1);
      if (name.isEmpty()) {
        throw new IllegalArgumentException("Unit registry line " + row.line() + ": no name for " + code);
      }
      if (seen.put(code, row.line()) != null) {
        throw new IllegalArgumentException("Unit registry line " + row.line() + ": code " + code + " appears twice");
      }
      List<String> more = List.of(row.field(2).split("\\s+")).stream().filter(a -> !a.isEmpty()).toList();
      List<DivisionRecord> known = records(code);
      if (known.isEmpty()) {
        added.put(code, List.of(new DivisionRecord(code, name, DivisionRecord.ALWAYS_FROM, DivisionRecord.ALWAYS_TO,
            List.of(), more, false)));
      } else {
        requireSameName(row, code, name, known);
        List<String> all = new ArrayList<>(named.getOrDefault(code, List.of()));
        more.stream().filter(a -> !all.contains(a)).forEach(all::add);
        named.put(code, List.copyOf(all));
      }
    }
    return new DivisionHistory(text, added, named);
  }

  private static DivisionCode parseCode(CsvRows.Row row) {
    try {
      return DivisionCode.parse(row.field(0));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Unit registry line " + row.line() + ": " + e.getMessage(), e);
    }
  }

  private static void requireSameName(CsvRows.Row row, DivisionCode code, String name, List<DivisionRecord> known) {
    if (known.stream().noneMatch(r -> r.name().equals(name))) {
      DivisionRecord listed = known.get(known.size() - 1);
      throw new IllegalArgumentException("Unit registry line " + row.line() + ": " + code + " " + name
          + " contradicts the " + (listed.builtIn() ? "built-in " : "") + "unit " + code + " " + listed.name()
          + " (" + listed.years() + ")");
    }
  }

  /** Orders codes so that a parent comes before its children: by their digits as text. */
  private static int compare(DivisionCode a, DivisionCode b) {
    return a.toString().compareTo(b.toString());
  }

  /** The year whose list stands for a year: the year itself, or the nearest year the lists cover. */
  int dataYear(int year) {
    return text == null ? year : Math.max(text.firstYear(), Math.min(text.lastYear(), year));
  }

  int lastYear() {
    return text == null ? UnitRegistry.LATEST : text.lastYear();
  }

  /** The registry of a year, built when first asked for. */
  UnitRegistry asOf(int year) {
    return views.computeIfAbsent(dataYear(year), y -> new UnitRegistry(this, y));
  }

  /** The two-digit prefixes of every province with a record, in code order. */
  List<String> provinceCodes() {
    List<String> codes = new ArrayList<>(text == null ? List.of() : text.provinceCodes());
    user.keySet().stream().map(c -> c.toString().substring(0, 2)).filter(p -> !codes.contains(p)).forEach(codes::add);
    codes.sort(null);
    return codes;
  }

  /** The records of a province by code, in code order: the list's, then a user's. */
  Map<DivisionCode, List<DivisionRecord>> province(String prefix) {
    return provinces.computeIfAbsent(prefix, this::parseProvince);
  }

  /** The list's lines in their order (parents first), then a user's records, parents first too. */
  private Map<DivisionCode, List<DivisionRecord>> parseProvince(String prefix) {
    Map<DivisionCode, List<DivisionRecord>> records = new LinkedHashMap<>();
    if (text != null) {
      for (String line : text.lines(prefix)) {
        DivisionRecord record = parse(line);
        List<DivisionRecord> same = records.get(record.code());
        if (same == null) {
          same = new ArrayList<>(1);
          records.put(record.code(), same);
        }
        same.add(record);
      }
    }
    for (Map.Entry<DivisionCode, List<DivisionRecord>> entry : user.entrySet()) {
      if (entry.getKey().toString().startsWith(prefix)) {
        records.put(entry.getKey(), entry.getValue());
      }
    }
    return records;
  }

  /**
   * Parses a line of the list: {@code code name}, for a unit listed in every year of the lists, or
   * {@code code name first last}, then the codes that took over its area if it left the lists.
   */
  private DivisionRecord parse(String line) {
    String[] f = line.split(" ");
    List<DivisionCode> successors = new ArrayList<>();
    if (f.length > 4) {
      for (String code : f[4].split(";")) {
        successors.add(DivisionCode.parse(code));
      }
    }
    DivisionCode code = DivisionCode.parse(f[0]);
    boolean always = f.length == 2;
    return new DivisionRecord(code, f[1], always ? text.firstYear() : Integer.parseInt(f[2]),
        always ? text.lastYear() : Integer.parseInt(f[3]), successors, aliases.getOrDefault(code, List.of()), true);
  }

  /** The records of a code, oldest first: a user's, else the list's lines of that code alone. */
  List<DivisionRecord> records(DivisionCode code) {
    List<DivisionRecord> records = user.get(code);
    if (records == null) {
      records = codes.get(code);
      if (records == null) {
        records = new ArrayList<>(1);
        if (text != null) {
          for (String line : text.lines(code)) {
            records.add(parse(line));
          }
        }
        records = List.copyOf(records);
        codes.putIfAbsent(code, records);
      }
    }
    return records;
  }

  /**
   * The records of a province (its two-digit prefix) known by a name or alias in any year, or, for a name printed
   * without its final 市 or 省 (成都), by the name with it.
   */
  List<DivisionRecord> namedIn(String province, String name) {
    List<DivisionRecord> found = new ArrayList<>(1);
    addNamed(province, name, name, found);
    if (!name.isEmpty() && !name.endsWith("市") && !name.endsWith("省")) {
      addNamed(province, name + "市", name, found);
      addNamed(province, name + "省", name, found);
    }
    return found;
  }

  private void addNamed(String province, String printed, String name, List<DivisionRecord> found) {
    List<DivisionCode> named = new ArrayList<>(text == null ? List.of() : text.codesNamedIn(province, printed));
    for (DivisionCode code : userNames.getOrDefault(printed, List.of())) {
      if (code.toString().startsWith(province) && !named.contains(code)) {
        named.add(code);
      }
    }
    for (DivisionCode code : named) {
      for (DivisionRecord record : records(code)) {
        if (record.knownAs(name) && !found.contains(record)) {
          found.add(record);
        }
      }
    }
  }

  /**
   * The records known by a name or alias in any year; a name printed without its final 市 or 省 (成都, 广东) finds
   * the unit named with it when nothing bears the name itself.
   */
  List<DivisionRecord> named(String name) {
    List<DivisionRecord> found = exactly(name);
    if (found.isEmpty() && !name.isEmpty() && !name.endsWith("市") && !name.endsWith("省")) {
      found = new ArrayList<>(exactly(name + "市"));
      found.addAll(exactly(name + "省"));
    }
    return found;
  }

  private List<DivisionRecord> exactly(String name) {
    List<DivisionCode> codes = new ArrayList<>(text == null ? List.of() : text.codesNamed(name));
    for (DivisionCode code : userNames.getOrDefault(name, List.of())) {
      if (!codes.contains(code)) {
        codes.add(code);
      }
    }
    List<DivisionRecord> found = new ArrayList<>(codes.size());
    for (DivisionCode code : codes) {
      for (DivisionRecord record : records(code)) {
        if (record.knownAs(name)) {
          found.add(record);
        }
      }
    }
    return found;
  }
}
