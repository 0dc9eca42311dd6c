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
@Command(name = "report", mixinStandardHelpOptions = true)
final class ReportCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Mixin
  private CommonOptions options;

  @Option(names = {"-o", "--output"}, defaultValue = "report.html", paramLabel = "FILE.html")
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
