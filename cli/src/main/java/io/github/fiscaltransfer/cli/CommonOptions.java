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

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = {
      "Documents (文件) to read: *.json notice documents (通知) and department budgets (部门预算); *.pdf and *.txt "
          + "(as extracted from the PDF) notices, self-evaluations (绩效自评报告), department budgets and final "
          + "accounts (部门决算), see --kind; *.xlsx/*.xls allocation tables (分配表, needs --issuer); or folders "
          + "whose files of these kinds (also in subfolders) are read in name order."})
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

  @Option(names = "--issuer", paramLabel = "NAME", description = {
      "The unit (下达单位) that issues the .xlsx/.xls allocation tables given, by a name the unit registry knows, "
          + "such as 广东省; required when a workbook is read."})
  private String issuer;

  @Option(names = "--kind", paramLabel = "KIND", description = {
      "What every *.txt and *.pdf given is: notice (资金下达通知), self-evaluation (绩效自评报告), budget (部门预算) or "
          + "final-accounts (部门决算). Default: decided from each file's title and the tables it prints (a title "
          + "naming a 通知 or printing a 发文字号 is a notice), the decision reported as read.kind."})
  private String kind;

  @Option(names = "--attachment", paramLabel = "FILE.xlsx", description = {
      "The allocation table (分配表, .xlsx/.xls) of the *.txt notice given, published as a separate attachment: read "
          + "with the notice's issuer and checked against the total its body states."})
  private Path attachment;

  @Option(names = "--rounded", paramLabel = "REASON", description = {
      "Declare every allocation table (分配表) read rounded (四舍五入), for the reason given (such as "
          + "'附件 figures rounded to 万元'), as a table that prints a rounding note (尾数误差) is: a difference within "
          + "what rounding its printed figures allows is then a warning naming the reason. Without it an allocation "
          + "is exact and any difference is an error."})
  private String rounded;

  @Spec(Spec.Target.MIXEE)
  private CommandSpec command;

  @Mixin
  private PolicyOptions rules;

  @Option(names = "--lang", paramLabel = "LANG", description = {
      "The language (语言) of the output, the findings and the report: zh (中文) or en. Default: the system's "
          + "language (Locale.getDefault()), English where it is not Chinese."})
  private Language lang;

  @Option(names = "--year", paramLabel = "YYYY", description = {
      "Fiscal year (预算年度) of every grant whose document prints none; a printed year is kept."})
  private Year year;

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
