package io.github.fiscaltransfer.cli;

import io.github.fiscaltransfer.policy.ValidationPolicy;
import io.github.fiscaltransfer.subject.SubjectCatalog;
import io.github.fiscaltransfer.unit.UnitRegistry;
import io.github.fiscaltransfer.validation.Finding;
import io.github.fiscaltransfer.validation.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What every command shares: the files to read, the user's units and subject catalog (added to the built-in
 * ones), the fiscal year for documents that print none, and whether warnings fail.
 */
final class CommonOptions {

  private static final String BUILT_IN_UNITS = "/io/github/fiscaltransfer/unit/units.csv";
  private static final String UNITS_HEADER = "code,name,aliases";
  private static final String BUILT_IN_SUBJECTS = "/io/github/fiscaltransfer/subject/subjects.csv";

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = {
      "Documents (文件) to read: JSON files, or folders whose *.json files (also in subfolders) are read in name "
          + "order."})
  private List<Path> inputs;

  @Option(names = "--strict", defaultValue = "false", description = {
      "Exit with " + ExitCode.FINDINGS + " on warnings (警告) too, not only on errors (错误). Default: ${DEFAULT-VALUE}."})
  private boolean strict;

  @Option(names = "--units", paramLabel = "FILE.csv", description = {
      "Fiscal units (财政单位) to add to the built-in ones: CSV with the header code,name,aliases "
          + "(division code 行政区划代码, name, aliases separated by spaces)."})
  private Path units;

  @Option(names = "--catalog", paramLabel = "FILE.csv", description = {
      "Budget subject catalogs (政府收支分类科目) to add to the built-in 2022 and 2023 ones: CSV with the header "
          + "year,code,name,formerly; a year given here replaces the built-in catalog of that year."})
  private Path catalog;

  @Option(names = "--year", paramLabel = "YYYY", description = {
      "Fiscal year (预算年度) of every grant whose document prints none; a printed year is kept."})
  private Year year;

  /**
   * Returns the unit registry: the built-in units followed by the user's.
   *
   * @throws IOException if the user's file cannot be read
   * @throws IllegalArgumentException if a line is malformed or repeats a code, naming the line
   */
  UnitRegistry units() throws IOException {
    if (units == null) {
      return UnitRegistry.builtIn();
    }
    // The user's rows first, so that an error names their line; the registry orders units by code itself.
    String added = Files.readString(units, StandardCharsets.UTF_8);
    String builtIn = Resources.text(BUILT_IN_UNITS).lines().filter(line -> !line.equals(UNITS_HEADER))
        .collect(Collectors.joining("\n"));
    return named(units, () -> UnitRegistry.read(new StringReader(added.stripTrailing() + "\n" + builtIn)));
  }

  /**
   * Returns the validation policy: the built-in catalogs and the user's, and the unit registry.
   *
   * @throws IOException if the user's files cannot be read
   * @throws IllegalArgumentException if a line is malformed, naming the file and the line
   */
  ValidationPolicy policy() throws IOException {
    ValidationPolicy.Builder policy = ValidationPolicy.builder().units(units());
    if (catalog != null) {
      Map<Year, SubjectCatalog> catalogs = new LinkedHashMap<>(
          SubjectCatalog.read(new StringReader(Resources.text(BUILT_IN_SUBJECTS))));
      try (Reader csv = Files.newBufferedReader(catalog, StandardCharsets.UTF_8)) {
        catalogs.putAll(named(catalog, () -> SubjectCatalog.read(csv)));
      }
      policy.catalogs(catalogs.values());
    }
    return policy.build();
  }

  /**
   * Reads every file given, and the files of every folder given.
   *
   * @param err where progress lines go, not null
   * @return the documents and the files that could not be read, not null
   * @throws IOException if the user's units cannot be read
   */
  DocumentSet read(PrintWriter err) throws IOException {
    DocumentReader[] readers = {new JsonDocumentReader(units(), Optional.ofNullable(year))};
    return DocumentSet.read(inputs, readers, err);
  }

  /**
   * Returns the exit code for a run: unreadable input first, then errors (or warnings under --strict).
   *
   * @param documents the documents read, not null
   * @param findings every finding of the run, not null
   * @return an {@link ExitCode}
   */
  int exitCode(DocumentSet documents, List<Finding> findings) {
    if (documents.hasUnreadable()) {
      return ExitCode.UNREADABLE;
    }
    boolean failing = findings.stream().anyMatch(finding -> finding.severity() == Severity.ERROR
        || strict && finding.severity() == Severity.WARNING);
    return failing ? ExitCode.FINDINGS : ExitCode.CLEAN;
  }

  private static <T> T named(Path file, Supplier<T> read) {
    try {
      return read.get();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
    }
  }
}
