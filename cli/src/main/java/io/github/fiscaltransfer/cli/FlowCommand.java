package io.github.fiscaltransfer.cli;

import io.github.fiscaltransfer.deadline.DeadlineTable;
import io.github.fiscaltransfer.hierarchy.FundFlow;
import io.github.fiscaltransfer.hierarchy.FundLink;
import io.github.fiscaltransfer.notice.TransferNotice;
import io.github.fiscaltransfer.policy.ValidationPolicy;
import io.github.fiscaltransfer.validation.Finding;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code fiscal-transfer flow}: links every document into one fund flow and prints it with its chain findings. */
@Command(name = "flow", mixinStandardHelpOptions = true)
final class FlowCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Mixin
  private CommonOptions options;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    DocumentSet documents = options.read(err);
    CliText text = options.text();
    documents.entries().forEach(entry -> entry.problem().ifPresent(problem -> err.println(text.text("error.line",
        problem))));
    ValidationPolicy policy = options.policy();
    FlowChecks checks = FlowChecks.of(documents.documents(), policy);
    FundFlow flow = checks.flow();
    out.println(text.text("flow.heading", documents.documents().size(), flow.notices().size(),
        flow.links().size()));
    out.println(text.text("flow.roots"));
    flow.roots().forEach(root -> out.println("  " + describe(flow, root, text)));
    out.println(text.text("flow.orphans"));
    flow.orphans().forEach(orphan -> out.println("  " + describe(flow, orphan, text)));
    out.println(text.text("flow.links"));
    flow.links().forEach(link -> out.println("  " + link + timing(link, policy.deadlines(), text)));
    out.println(text.text("flow.outside"));
    documents.outsideFlow().forEach(entry -> out.println("  " + entry.file() + "  "
        + entry.document().orElseThrow().describe(text)));
    List<Finding> counted = new ArrayList<>(checks.report().findings());
    out.println(text.text("flow.reading"));
    for (DocumentSet.Entry entry : documents.entries()) {
      entry.document().flatMap(document -> document.reading(policy)).filter(reading -> !reading.isEmpty()).ifPresent(reading -> {
        out.println("  " + entry.file() + ": " + text.report(reading).replace(System.lineSeparator(), "\n    "));
        counted.addAll(reading.findings());
      });
    }
    out.println(text.text("flow.chain", text.report(checks.report()).replace(System.lineSeparator(), "\n  ")));
    return options.exitCode(documents, counted);
  }

  /** Returns {@code   12 days; deadline 30 days after receipt (预算法 第五十二条)}, or nothing for an undated link. */
  private static String timing(FundLink link, DeadlineTable deadlines, CliText text) {
    OptionalLong days = link.daysAfterParent();
    if (days.isEmpty()) {
      return "";
    }
    return text.text("flow.timing", Long.toString(days.getAsLong()), link.deadline(deadlines).map(deadline ->
        text.text("flow.deadline", Long.toString(deadline.days()), deadline.basis()))
        .orElse(text.text("flow.no-deadline", link.child().issuer().level().label())));
  }

  private static String describe(FundFlow flow, TransferNotice notice, CliText text) {
    List<?> missing = flow.missingCitations(notice);
    return notice.reference() + " (" + notice.issuer().name() + ")"
        + (missing.isEmpty() ? "" : text.text("flow.cites", missing));
  }
}
