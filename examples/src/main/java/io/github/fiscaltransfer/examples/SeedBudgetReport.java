package io.github.fiscaltransfer.examples;

import io.github.fiscaltransfer.budget.StandardTable;
import io.github.fiscaltransfer.validation.Finding;
import io.github.fiscaltransfer.validation.ValidationReport;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Prints a validated department budget or final accounts with its findings grouped by table, in table order. */
final class SeedBudgetReport {

  private SeedBudgetReport() {}

  /**
   * Prints the document's line, then its findings under the table each points into.
   *
   * @param document the document, printed by its {@code toString}
   * @param tables the standard tables of its kind, in order
   */
  static void print(Object document, List<? extends StandardTable> tables, ValidationReport report,
      PrintStream out) {
    out.println("== " + document);
    out.println("  validation: " + report.findings().size() + " finding(s), " + (report.hasErrors() ? "with"
        : "no") + " errors");
    Map<Integer, List<Finding>> byTable = new TreeMap<>();
    for (Finding finding : report.findings()) {
      byTable.computeIfAbsent(tableOf(finding, tables), n -> new ArrayList<>()).add(finding);
    }
    byTable.forEach((number, findings) -> {
      out.println("  " + (number == 0 ? "document" : tables.get(number - 1)) + ":");
      findings.forEach(finding -> out.println("    " + finding));
    });
  }

  /** The number of the table a finding's path points into, 0 for the document as a whole. */
  static int tableOf(Finding finding, List<? extends StandardTable> tables) {
    List<String> tokens = finding.pointer().tokens();
    String key = tokens.isEmpty() ? "" : tokens.get(0);
    return tables.stream().filter(id -> id.key().equals(key)).mapToInt(StandardTable::number).findFirst()
        .orElse(0);
  }
}
