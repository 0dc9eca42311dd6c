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
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {"Checks each document (文件) on its own against every rule (审核规则) and prints one report "
        + "(审核意见) a file: its findings with rule id, severity, JSON path, expected and actual values.",
        "Documents read from published text or workbooks also print their reading findings (读取, read.*: what "
            + "the source did not hold or the reader did not understand) apart from the document's own; "
            + "reading errors count as errors. Department budgets (部门预算) are checked by the budget rules."},
    footerHeading = "%nExamples:%n",
    footer = {"  fiscal-transfer validate notice.json",
        "  fiscal-transfer validate 002-jiangmen-16.txt          (notice text 通知文本)",
        "  fiscal-transfer validate 003-self-evaluation.txt      (绩效自评报告, told by its title)",
        "  fiscal-transfer validate --issuer 江门市 附件1.xlsx    (分配表 issued by 江门市)",
        "  fiscal-transfer validate 004-shenzhen-budget.json     (department budget 部门预算)",
        "  fiscal-transfer validate 部门决算.pdf                  (PDF read directly; kind told by title and tables)",
        "  fiscal-transfer validate --kind budget 2024-预算.txt   (the kind given)",
        "  fiscal-transfer validate --format json --strict documents/",
        "  fiscal-transfer validate --units units.csv --catalog subjects.csv --year 2024 notice.json",
        "%nExit codes: " + ExitCode.CLEAN + " clean, " + ExitCode.FINDINGS + " errors found (or warnings with "
            + "--strict), " + ExitCode.UNREADABLE + " unreadable input or bad usage."})
final class ValidateCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Mixin
  private CommonOptions options;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = {"Output format (输出格式): text (one finding a line) or json. Default: ${DEFAULT-VALUE}."})
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
