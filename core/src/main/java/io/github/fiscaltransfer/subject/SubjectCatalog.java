package io.github.fiscaltransfer.subject;

import io.github.fiscaltransfer.FiscalParseException;
import io.github.fiscaltransfer.internal.CsvRows;
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
 * One fiscal year's catalog of budget subjects (政府收支分类科目): code → official name, with the tree they form.
 *
 * <p>Catalogs are read from CSV ({@link #read}) with the header {@code year,code,name,formerly}: one subject a
 * line; {@code formerly} optionally lists, separated by spaces, the codes of the previous year's catalog that this
 * code succeeds (the crosswalk data, see {@link #crosswalkTo}). Lines starting with {@code #} are comments. Every
 * code's ancestors must be in the same catalog. The library ships catalogs for 2022 and 2023
 * ({@link #builtIn}). Immutable and thread-safe.
 */
public final class SubjectCatalog {

  /** Rule id: a subject code that the year's catalog does not have. */
  public static final String RULE_UNKNOWN = "subject.unknown";

  /** Rule id: a subject printed with a name other than the catalog's. */
  public static final String RULE_NAME = "subject.name";

  static final String HEADER = "year,code,name,formerly";

  private final Year year;
  private final SortedMap<SubjectCode, String> names;
  private final Map<SubjectCode, Set<SubjectCode>> formerly;

  private SubjectCatalog(Year year, SortedMap<SubjectCode, String> names, Map<SubjectCode, Set<SubjectCode>> formerly) {
    this.year = year;
    this.names = Collections.unmodifiableSortedMap(names);
    this.formerly = Map.copyOf(formerly);
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
   * Reads catalogs from CSV ({@code year,code,name,formerly}), one catalog per year present.
   *
   * @param csv the CSV text, not null; not closed
   * @return the catalogs by year, not null, in year order
   * @throws IllegalArgumentException if a line is malformed, a code repeats, or an ancestor is missing,
   *     naming the line
   */
  public static Map<Year, SubjectCatalog> read(Reader csv) {
    return fromRows(CsvRows.read(csv, HEADER));
  }

  static Map<Year, SubjectCatalog> fromRows(List<CsvRows.Row> rows) {
    Map<Year, Builder> builders = new TreeMap<>();
    for (CsvRows.Row row : rows) {
      try {
        Year year = Year.of(Integer.parseInt(row.field(0)));
        builders.computeIfAbsent(year, Builder::new).add(row);
      } catch (NumberFormatException | FiscalParseException e) {
        throw new IllegalArgumentException("Subject catalog line " + row.line() + ": " + e.getMessage(), e);
      }
    }
    Map<Year, SubjectCatalog> catalogs = new LinkedHashMap<>();
    builders.forEach((year, builder) -> catalogs.put(year, builder.build()));
    return Collections.unmodifiableMap(catalogs);
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
   * Checks a subject printed in a document against this catalog: an unknown code is an error, a name other than
   * the official one a warning.
   *
   * @param subject the subject as printed, not null
   * @param path where the document printed it, a pointer into its JSON form, not null
   * @return the findings, empty if the subject is in the catalog under its official name, not null
   */
  public List<Finding> check(Subject subject, JsonPointer path) {
    Objects.requireNonNull(path, "path");
    Optional<String> official = name(subject.code());
    if (official.isEmpty()) {
      return List.of(Finding.of(Severity.ERROR, RULE_UNKNOWN, path, "a code of the " + year + " catalog", subject.code(),
          notInCatalog(subject.code())));
    }
    if (subject.name().isPresent() && !subject.name().get().equals(official.get())) {
      return List.of(Finding.of(Severity.WARNING, RULE_NAME, path, official.get(), subject.name().get(),
          "subject " + subject.code() + " is printed with a name other than the catalog's"));
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

  private String notInCatalog(SubjectCode code) {
    return code + " is not in the " + year + " catalog";
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof SubjectCatalog other
        && year.equals(other.year) && names.equals(other.names) && formerly.equals(other.formerly);
  }

  @Override
  public int hashCode() {
    return Objects.hash(year, names, formerly);
  }

  /** Returns a summary such as {@code 2022 subject catalog (41 codes)}. */
  @Override
  public String toString() {
    return year + " subject catalog (" + names.size() + " codes)";
  }

  /** Collects one year's lines. */
  private static final class Builder {
    private final Year year;
    private final SortedMap<SubjectCode, String> names = new TreeMap<>();
    private final Map<SubjectCode, Set<SubjectCode>> formerly = new LinkedHashMap<>();

    Builder(Year year) {
      this.year = year;
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
      for (SubjectCode code : names.keySet()) {
        for (SubjectCode ancestor : code.ancestors()) {
          if (!names.containsKey(ancestor)) {
            throw new IllegalArgumentException(
                "Subject catalog " + year + ": " + code + " has no ancestor " + ancestor + " in the catalog");
          }
        }
      }
      return new SubjectCatalog(year, names, formerly);
    }
  }

  /** The catalogs shipped in {@code subjects.csv}, read once. */
  private static final class BuiltIn {
    static final Map<Year, SubjectCatalog> CATALOGS =
        fromRows(CsvRows.readResource(SubjectCatalog.class, "subjects.csv", HEADER));
  }
}
