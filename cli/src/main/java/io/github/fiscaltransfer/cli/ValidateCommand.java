package io.github.fiscaltransfer.cli;

import io.github.fiscaltransfer.policy.ValidationPolicy;
import io.github.fiscaltransfer.validation.Finding;
import io.github.fiscaltransfer.validation.ValidationReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code fiscal-transfer validate}: checks each document on its own and prints one report a file. */
@Command(name = "validate", mixinStandardHelpOptions = true)
final class ValidateCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Mixin
  private CommonOptions options;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT")
  private OutputFormat format;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    DocumentSet documents = options.read(err);
    ValidationPolicy policy = options.policy();
    Map<DocumentSet.Entry, OutputFormat.Checked> reports = new LinkedHashMap<>();
    List<Finding> all = new ArrayList<>();
    for (DocumentSet.Entry entry : documents.entries()) {
      Optional<ValidationReport> reading = entry.document().flatMap(document -> document.reading(policy));
      ValidationReport report = entry.document().map(document -> document.validate(policy))
          .orElse(ValidationReport.empty());
      reports.put(entry, new OutputFormat.Checked(reading, report));
      reading.ifPresent(read -> all.addAll(read.findings()));
      all.addAll(report.findings());
    }
    format.print(reports, out, err, options.text());
    return options.exitCode(documents, all);
  }
}
