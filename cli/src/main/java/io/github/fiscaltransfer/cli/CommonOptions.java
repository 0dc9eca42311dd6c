package io.github.fiscaltransfer.cli;

import io.github.fiscaltransfer.money.Precision;
import io.github.fiscaltransfer.policy.ValidationPolicy;
import io.github.fiscaltransfer.reader.text.TextKind;
import io.github.fiscaltransfer.subject.SubjectCatalog;
import io.github.fiscaltransfer.unit.FiscalUnit;
import io.github.fiscaltransfer.unit.UnitRegistry;
import io.github.fiscaltransfer.validation.Finding;
import io.github.fiscaltransfer.validation.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * What every command shares: the files to read, the user's units and subject catalog (added to the built-in
 * ones), the fiscal year for documents that print none, whether allocation tables are declared rounded, and whether
 * warnings fail.
 */
final class CommonOptions {

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR", descriptionKey = "inputs")
  private List<Path> inputs;

  @Option(names = "--strict", defaultValue = "false")
  private boolean strict;

  @Option(names = "--units", paramLabel = "FILE.csv")
  private Path units;

  @Option(names = "--catalog", paramLabel = "FILE.csv")
  private Path catalog;

  @Option(names = "--issuer", paramLabel = "NAME")
  private String issuer;

  @Option(names = "--kind", paramLabel = "KIND")
  private String kind;

  @Option(names = "--attachment", paramLabel = "FILE.xlsx")
  private Path attachment;

  @Option(names = "--rounded", paramLabel = "REASON")
  private String rounded;

  @Spec(Spec.Target.MIXEE)
  private CommandSpec command;

  @Mixin
  private PolicyOptions rules;

  private Language lang;

  @Option(names = "--year", paramLabel = "YYYY")
  private Year year;

  /**
   * Sets the language asked for with {@code --lang}, and the usage help's with it: picocli calls this while it parses,
   * so a {@code --help} or a usage error after {@code --lang zh} is shown in Chinese.
   */
  @Option(names = "--lang", paramLabel = "LANG")
  void lang(Language language) {
    this.lang = language;
    if (language != null) {
      command.root().commandLine().setResourceBundle(CliText.of(language).usage());
    }
  }

  /**
   * Returns the command's words in the language asked for with {@code --lang}, or else the default locale's.
   *
   * @return the words, not null
   */
  CliText text() {
    return CliText.of(lang != null ? lang : Language.of(Locale.getDefault()));
  }

  /**
   * Returns the unit registry: the built-in lists of divisions with the user's units added.
   *
   * @throws IOException if the user's file cannot be read
   * @throws IllegalArgumentException if a line is malformed, repeats a code or renames a listed one, naming the
   *     line
   */
  UnitRegistry units() throws IOException {
    if (units == null) {
      return UnitRegistry.builtIn();
    }
    try (Reader csv = Files.newBufferedReader(units, StandardCharsets.UTF_8)) {
      return named(units, () -> UnitRegistry.builtIn().merge(csv));
    }
  }

  /**
   * Returns the validation policy: the user's rule settings, the built-in catalogs and the user's, and the unit
   * registry.
   *
   * @throws IOException if the user's files cannot be read
   * @throws IllegalArgumentException if a line is malformed, naming the file and the line
   * @throws ParameterException if a rule setting is malformed or names an unknown rule
   */
  ValidationPolicy policy() throws IOException {
    ValidationPolicy.Builder policy = ValidationPolicy.builder().units(units());
    try {
      rules.applyTo(policy, text());
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage());
    }
    if (catalog != null) {
      Map<Year, SubjectCatalog> catalogs = new LinkedHashMap<>();
      SubjectCatalog.builtIns().forEach(builtIn -> catalogs.put(builtIn.year(), builtIn));
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
   * @throws ParameterException if --issuer names no known unit, or a workbook is met without it
   */
  DocumentSet read(PrintWriter err) throws IOException {
    UnitRegistry registry = units();
    DocumentReader[] readers = {new JsonDocumentReader(registry, Optional.ofNullable(year)),
        new TextDocumentReader(registry, kind(), attachment), new SheetDocumentReader(registry, issuer(registry), () -> usage(
            text().text("usage.workbook")))};
    if (rounded != null) {
      Precision precision = Precision.rounded("--rounded: " + rounded);
      for (int i = 0; i < readers.length; i++) {
        readers[i] = new RoundingDeclaration(readers[i], precision);
      }
    }
    return DocumentSet.read(inputs, readers, err, text());
  }

  private Optional<TextKind> kind() {
    if (kind == null) {
      return Optional.empty();
    }
    return Optional.of(TextKind.ofLabel(kind).orElseThrow(() -> usage(text().text("usage.kind", kind))));
  }

  private Optional<FiscalUnit> issuer(UnitRegistry registry) {
    if (issuer == null) {
      return Optional.empty();
    }
    return Optional.of(registry.byName(issuer).orElseThrow(() -> usage(text().text("usage.issuer", issuer))));
  }

  private ParameterException usage(String message) {
    return new ParameterException(command.commandLine(), message);
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
