package io.github.fiscaltransfer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code fiscal-transfer report}: writes one self-contained HTML report of the documents and their fund flow. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = {"Writes one self-contained HTML report (报告) that works offline: a Sankey diagram (桑基图) of "
        + "the fund flow with each unit's amount in 万元, every document's tables (分配表; a department budget's "
        + "表1–表11; a self-evaluation's scores 得分), and every finding (审核意见) with filters by severity and "
        + "rule, linked both ways to the row or cell it names. It prints on A4 with each table and its findings "
        + "on one page.",
        "PDFs, published text (*.txt) and workbooks (*.xlsx/*.xls, with --issuer) bring their reading findings (读取, "
            + "read.*); department budgets (部门预算) and final accounts (部门决算) are shown outside the Sankey."},
    footerHeading = "%nExamples:%n",
    footer = {"  fiscal-transfer report examples/src/main/resources/seeds -o report.html",
        "  fiscal-transfer report --units my-units.csv documents/ -o documents.html",
        "  fiscal-transfer report --issuer 江门市 16号.txt 附件1.xlsx 部门预算.json -o jiangmen.html",
        "%nExit codes: " + ExitCode.CLEAN + " clean, " + ExitCode.FINDINGS + " errors found (or warnings with "
            + "--strict), " + ExitCode.UNREADABLE + " unreadable input or bad usage; the report is written "
            + "in every case but bad usage."})
final class ReportCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Mixin
  private CommonOptions options;

  @Option(names = {"-o", "--output"}, defaultValue = "report.html", paramLabel = "FILE.html",
      description = {"Where to write the report (报告文件). Default: ${DEFAULT-VALUE}."})
  private Path output;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    DocumentSet documents = options.read(err);
    CliText text = options.text();
    documents.entries().forEach(entry -> entry.problem().ifPresent(problem -> err.println(text.text("error.line",
        problem))));
    ReportData data = ReportData.of(documents, options.policy(), text);
    Files.writeString(output, HtmlReport.render(data, text), StandardCharsets.UTF_8);
    spec.commandLine().getOut().println(text.text("report.wrote", output, data.summary(text)));
    return options.exitCode(documents, data.checked());
  }
}
