package io.github.fiscaltransfer.examples;

import io.github.fiscaltransfer.budget.DepartmentBudget;
import io.github.fiscaltransfer.budget.TableId;
import io.github.fiscaltransfer.validation.Finding;
import io.github.fiscaltransfer.validation.ValidationReport;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Prints a validated department budget with its findings grouped by table, in table order. */
final class SeedBudgetReport {

  private SeedBudgetReport() {}

  static void print(DepartmentBudget budget, ValidationReport report, PrintStream out) {
    out.println("== " + budget);
    out.println("  validation: " + report.findings().size() + " finding(s), " + (report.hasErrors() ? "with"
        : "no") + " errors");
    Map<Integer, List<Finding>> byTable = new TreeMap<>();
    for (Finding finding : report.findings()) {
      byTable.computeIfAbsent(tableOf(finding), n -> new ArrayList<>()).add(finding);
    }
    byTable.forEach((number, findings) -> {
      out.println("  " + (number == 0 ? "document" : TableId.values()[number - 1]) + ":");
      findings.forEach(finding -> out.println("    " + finding));
    });
  }

  /** The number of the table a finding's path points into, 0 for the document as a whole. */
  static int tableOf(Finding finding) {
    List<String> tokens = finding.pointer().tokens();
    String key = tokens.isEmpty() ? "" : tokens.get(0);
    return Arrays.stream(TableId.values()).filter(id -> id.key().equals(key)).mapToInt(TableId::number)
        .findFirst().orElse(0);
  }
}
