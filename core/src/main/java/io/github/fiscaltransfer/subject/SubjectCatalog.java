package io.github.fiscaltransfer.subject;

import io.github.fiscaltransfer.FiscalParseException;
import io.github.fiscaltransfer.internal.CsvRows;
import io.github.fiscaltransfer.validation.Arguments;
import io.github.fiscaltransfer.validation.Finding;
import io.github.fiscaltransfer.validation.JsonPointer;
import io.github.fiscaltransfer.validation.Severity;
import java.io.Reader;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One fiscal year's catalog of budget subjects (政府收支分类科目), of the function classification (支出功能分类),
 * revenue (收入分类) and economic classification (支出经济分类) alike: code → official name, with the tree they
 * form and where each entry comes from.
 *
 * <p>Catalogs are read from CSV ({@link #read}) with the header {@code year,code,name,formerly[,source]}: one
 * subject a line; {@code formerly} optionally lists, separated by spaces, the codes of the previous year's catalog
 * that this code succeeds (the crosswalk data, see {@link #crosswalkTo}); {@code source} optionally names where
 * the entry comes from. Lines starting with {@code #} are comments. A user's catalog is taken as complete: every
 * code's ancestors must be in it, and a code it does not list is unknown. The built-in catalogs ({@link #builtIn},
 * 2022 and 2023) are partial: they list only the codes a source prints (the seed documents), each with its source,
 * so a code they do not list is unverified ({@code subject.unlisted}), not wrong. {@link #merge} adds a user's
 * catalog to a built-in one. Immutable and thread-safe.
 */
public final class SubjectCatalog {

  /** Rule id: a subject code that the year's catalog does not have. */
  public static final String RULE_UNKNOWN = "subject.unknown";

  /** Rule id: a subject printed with a name other than the catalog's. */
  public static final String RULE_NAME = "subject.name";

  /** Rule id: a well-formed code a partial catalog does not list, so it cannot be verified. */
  public static final String RULE_UNLISTED = "subject.unlisted";

  /** Rule id: a code the year's catalog lists as replaced by other codes. */
  public static final String RULE_REMOVED = "subject.removed";

  static final String HEADER = "year,code,name,formerly";
  private static final String BUILT_IN_HEADER = "year,code,name,formerly,source";

  private final Year year;
  private final SortedMap<SubjectCode, String> names;
  private final Map<SubjectCode, Set<SubjectCode>> formerly;
  private final Map<SubjectCode, String> sources;
  private final boolean complete;

  private SubjectCatalog(Year year, SortedMap<SubjectCode, String> names, Map<SubjectCode, Set<SubjectCode>> formerly,
      Map<SubjectCode, String> sources, boolean complete) {
    this.year = year;
    this.names = Collections.unmodifiableSortedMap(names);
    this.formerly = Map.copyOf(formerly);
    this.sources = Map.copyOf(sources);
    this.complete = complete;
  }

  /**
   * Returns the catalog shipped with the library for a year.
   *
   * @param year the fiscal year, not null
   * @return the catalog, not null
   * @throws IllegalArgumentException if the library ships no catalog for that year
   */
  public static SubjectCatalog builtIn(Year year) {
    Objects.requireNonNull(year, "year");
    SubjectCatalog catalog = BuiltIn.CATALOGS.get(year);
    if (catalog == null) {
      throw new IllegalArgumentException(
          "No built-in subject catalog for " + year + " (built in: " + BuiltIn.CATALOGS.keySet() + ")");
    }
    return catalog;
  }

  /**
   * Returns every catalog shipped with the library.
   *
   * @return the built-in catalogs, in year order, not null, unmodifiable
   */
  public static List<SubjectCatalog> builtIns() {
    return List.copyOf(BuiltIn.CATALOGS.values());
  }

  /**
   * Returns the built-in catalog of a year, or, for a year without one, of the nearest earlier year that has one.
   *
   * @param year the fiscal year, not null
   * @return the catalog, whose {@link #year()} says which year it is, empty before the first built-in year
   */
  public static Optional<SubjectCatalog> builtInNearest(Year year) {
    Objects.requireNonNull(year, "year");
    // A loop, not a stream: validation asks this for every grant of 80,000 notices.
    Year nearest = null;
    for (Year built : BuiltIn.CATALOGS.keySet()) {
      if (!built.isAfter(year) && (nearest == null || built.isAfter(nearest))) {
        nearest = built;
      }
    }
    return nearest == null ? Optional.empty() : Optional.of(BuiltIn.CATALOGS.get(nearest));
  }

  /**
   * Reads a user's complete catalogs from CSV ({@code year,code,name,formerly[,source]}), one catalog per year.
   *
   * @param csv the CSV text, not null; not closed
   * @return the catalogs by year, not null, in year order
   * @throws IllegalArgumentException if a line is malformed, a code repeats, or an ancestor is missing,
   *     naming the line
   */
  public static Map<Year, SubjectCatalog> read(Reader csv) {
    return fromRows(CsvRows.read(csv, HEADER), true);
  }

  static Map<Year, SubjectCatalog> fromRows(List<CsvRows.Row> rows, boolean complete) {
    Map<Year, Builder> builders = new TreeMap<>();
    for (CsvRows.Row row : rows) {
      try {
        Year year = Year.of(Integer.parseInt(row.field(0)));
        builders.computeIfAbsent(year, y -> new Builder(y, complete)).add(row);
      } catch (NumberFormatException | FiscalParseException e) {
        throw new IllegalArgumentException("Subject catalog line " + row.line() + ": " + e.getMessage(), e);
      }
    }
    Map<Year, SubjectCatalog> catalogs = new LinkedHashMap<>();
    builders.forEach((year, builder) -> catalogs.put(year, builder.build()));
    return Collections.unmodifiableMap(catalogs);
  }

  /**
   * Returns the catalog with a user's catalog of the same year added: the codes of both, complete if either is.
   *
   * @param user the user's catalog, not null
   * @return the merged catalog, not null
   * @throws IllegalArgumentException if the years differ, or a code has another name in each, naming both
   */
  public SubjectCatalog merge(SubjectCatalog user) {
    Objects.requireNonNull(user, "user");
    if (!user.year.equals(year)) {
      throw new IllegalArgumentException("Cannot merge the " + user.year + " catalog into the " + year + " catalog");
    }
    SortedMap<SubjectCode, String> merged = new TreeMap<>(names);
    user.names.forEach((code, name) -> {
      String known = merged.putIfAbsent(code, name);
      if (known != null && !known.equals(name)) {
        throw new IllegalArgumentException("Subject catalog " + year + ": " + code + " " + name
            + " contradicts " + code + " " + known + " (" + source(code).orElse("catalog") + ")");
      }
    });
    Map<SubjectCode, Set<SubjectCode>> predecessors = new LinkedHashMap<>(formerly);
    predecessors.putAll(user.formerly);
    Map<SubjectCode, String> origins = new LinkedHashMap<>(sources);
    user.sources.forEach(origins::putIfAbsent);
    return new SubjectCatalog(year, merged, predecessors, origins, complete || user.complete);
  }

  /**
   * Returns the fiscal year.
   *
   * @return the year, not null
   */
  public Year year() {
    return year;
  }

  /**
   * Returns where the catalog's entry for a code comes from, where the catalog says.
   *
   * @param code the code, not null
   * @return the source, such as {@code seed 004 深圳市医疗保障局 2022 部门预算; 表1–表11}, not null
   */
  public Optional<String> source(SubjectCode code) {
    return Optional.ofNullable(sources.get(Objects.requireNonNull(code, "code")));
  }

  /**
   * Returns whether the catalog lists every code of its year, so that a code it does not list is unknown; a
   * partial catalog (the built-in ones) lists only the codes a source prints.
   *
   * @return true if complete
   */
  public boolean isComplete() {
    return complete;
  }

  /**
   * Returns the official name of a code, if the catalog has it.
   *
   * @param code the code, not null
   * @return the name, not null
   */
  public Optional<String> name(SubjectCode code) {
    return Optional.ofNullable(names.get(Objects.requireNonNull(code, "code")));
  }

  /**
   * Returns whether the catalog has a code.
   *
   * @param code the code, not null
   * @return true if present
   */
  public boolean contains(SubjectCode code) {
    return names.containsKey(Objects.requireNonNull(code, "code"));
  }

  /**
   * Returns the official name of a code, or fails.
   *
   * @param code the code, not null
   * @return the name, not null
   * @throws IllegalArgumentException if the catalog does not have the code ("2101502 is not in the 2022 catalog")
   */
  public String require(SubjectCode code) {
    return name(code).orElseThrow(() -> new IllegalArgumentException(notInCatalog(code)));
  }

  /**
   * Returns the catalog's subject for a code, with its official name.
   *
   * @param code the code, not null
   * @return the subject, not null
   * @throws IllegalArgumentException if the catalog does not have the code
   */
  public Subject subject(SubjectCode code) {
    return Subject.of(code, require(code));
  }

  /**
   * Returns the codes one level below a code, in code order.
   *
   * @param code the code, not null
   * @return the children, not null, unmodifiable
   */
  public List<SubjectCode> children(SubjectCode code) {
    Objects.requireNonNull(code, "code");
    return names.keySet().stream()
        .filter(c -> c.parent().filter(code::equals).isPresent())
        .toList();
  }

  /**
   * Returns every code, in code order.
   *
   * @return the codes, not null, unmodifiable
   */
  public Set<SubjectCode> codes() {
    return names.keySet();
  }

  /**
   * Checks a subject printed in a document against this catalog: a code the catalog lists as replaced is an error
   * naming its successors; a code a complete catalog does not list is an error, one a partial catalog does not list
   * is information ({@code subject.unlisted}: it cannot be verified); a name other than the official one is a
   * warning.
   *
   * @param subject the subject as printed, not null
   * @param path where the document printed it, a pointer into its JSON form, not null
   * @return the findings, empty if the subject is in the catalog under its official name, not null
   */
  public List<Finding> check(Subject subject, JsonPointer path) {
    Objects.requireNonNull(path, "path");
    SubjectCode code = subject.code();
    Optional<String> official = name(code);
    if (official.isEmpty()) {
      List<SubjectCode> successors = names.keySet().stream().filter(c -> formerly(c).contains(code)).toList();
      if (!successors.isEmpty()) {
        List<String> named = successors.stream().map(c -> c + " " + names.get(c)).toList();
        return List.of(Finding.of(Severity.ERROR, RULE_REMOVED, path, named, code, null, Arguments.of("code", code)
            .and("year", year).and("successors", successors).and("named", String.join("、", named))));
      }
      if (complete) {
        return List.of(Finding.of(Severity.ERROR, RULE_UNKNOWN, path, "a code of the " + year + " catalog", code, null,
            Arguments.of("code", code).and("year", year)));
      }
      return List.of(unlisted(code, path));
    }
    if (subject.name().isPresent() && !subject.name().get().equals(official.get())) {
      return List.of(Finding.of(Severity.WARNING, RULE_NAME, path, official.get(), subject.name().get(), null,
          Arguments.of("code", code).and("printed", subject.name().get()).and("official", official.get())));
    }
    return List.of();
  }

  /**
   * Returns the crosswalk from this catalog to a later year's, built from the later catalog's {@code formerly}
   * data.
   *
   * @param later the later catalog, not null
   * @return the crosswalk, not null
   * @throws IllegalArgumentException if the other catalog is not of a later year
   */
  public SubjectCrosswalk crosswalkTo(SubjectCatalog later) {
    Objects.requireNonNull(later, "later");
    if (!later.year.isAfter(year)) {
      throw new IllegalArgumentException("A crosswalk goes to a later year: " + year + " → " + later.year);
    }
    return new SubjectCrosswalk(this, later);
  }

  Set<SubjectCode> formerly(SubjectCode code) {
    return formerly.getOrDefault(code, Set.of());
  }

  /** A code this partial catalog does not list: information, naming the listed codes above it. */
  private Finding unlisted(SubjectCode code, JsonPointer path) {
    List<String> known = code.ancestors().stream().filter(names::containsKey).map(c -> c + " " + names.get(c))
        .toList();
    String variant = known.isEmpty() ? code.ancestors().isEmpty() ? null : "none-above" : "under";
    return Finding.of(Severity.INFO, RULE_UNLISTED, path, "a code the " + year + " catalog lists", code, variant,
        Arguments.of("code", code).and("year", year).and("above", String.join(", ", known)));
  }

  private String notInCatalog(SubjectCode code) {
    return code + " is not in the " + year + " catalog";
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof SubjectCatalog other && year.equals(other.year) && names.equals(other.names)
        && formerly.equals(other.formerly) && sources.equals(other.sources) && complete == other.complete;
  }

  @Override
  public int hashCode() {
    return Objects.hash(year, names, formerly, sources, complete);
  }

  /** Returns a summary such as {@code 2022 subject catalog (28 codes, partial)}. */
  @Override
  public String toString() {
    return year + " subject catalog (" + names.size() + " codes, " + (complete ? "complete" : "partial") + ")";
  }

  /** Collects one year's lines. */
  private static final class Builder {
    private final Year year;
    private final boolean complete;
    private final SortedMap<SubjectCode, String> names = new TreeMap<>();
    private final Map<SubjectCode, Set<SubjectCode>> formerly = new LinkedHashMap<>();
    private final Map<SubjectCode, String> sources = new LinkedHashMap<>();

    Builder(Year year, boolean complete) {
      this.year = year;
      this.complete = complete;
    }

    void add(CsvRows.Row row) {
      SubjectCode code = SubjectCode.of(row.field(1));
      String name = row.field(2);
      if (name.isEmpty()) {
        throw new IllegalArgumentException("Subject catalog line " + row.line() + ": no name for " + code);
      }
      if (names.putIfAbsent(code, name) != null) {
        throw new IllegalArgumentException("Subject catalog line " + row.line() + ": " + code + " appears twice in " + year);
      }
      if (!row.field(4).isEmpty()) {
        sources.put(code, row.field(4));
      } else if (!complete) {
        throw new IllegalArgumentException("Subject catalog line " + row.line() + ": no source for " + code);
      }
      String predecessors = row.field(3);
      if (!predecessors.isEmpty()) {
        List<SubjectCode> codes = new ArrayList<>();
        for (String digits : predecessors.split("\\s+")) {
          codes.add(SubjectCode.of(digits));
        }
        formerly.put(code, Set.copyOf(codes));
      }
    }

    SubjectCatalog build() {
      for (SubjectCode code : complete ? names.keySet() : Set.<SubjectCode>of()) {
        for (SubjectCode ancestor : code.ancestors()) {
          if (!names.containsKey(ancestor)) {
            throw new IllegalArgumentException(
                "Subject catalog " + year + ": " + code + " has no ancestor " + ancestor + " in the catalog");
          }
        }
      }
      return new SubjectCatalog(year, names, formerly, sources, complete);
    }
  }

  /** The partial catalogs shipped in {@code subjects.csv}, every entry with its source, read once. */
  private static final class BuiltIn {
    static final Map<Year, SubjectCatalog> CATALOGS =
        fromRows(CsvRows.readResource(SubjectCatalog.class, "subjects.csv", BUILT_IN_HEADER), false);
  }
}
