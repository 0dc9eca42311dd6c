package io.github.fiscaltransfer.reader.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fiscaltransfer.budget.BudgetValidator;
import io.github.fiscaltransfer.budget.DepartmentBudget;
import io.github.fiscaltransfer.reader.FindingLanguages;
import io.github.fiscaltransfer.reader.ReadResult;
import io.github.fiscaltransfer.reader.ReadRule;
import io.github.fiscaltransfer.reader.SeedTexts;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Seed 004's text mutated as an independent fuzz run did (a line deleted, duplicated or swapped with the next, a
 * digit changed): {@link BudgetTextReader} reads or reports, and never throws. The examples are the two throws that
 * run found, each now a {@code read.unread} finding at its line.
 */
class BudgetMutationTest {

  private static final BudgetTextReader READER = BudgetTextReader.create();
  private static final List<String> LINES = SeedTexts.text(SeedTexts.SHENZHEN_BUDGET).lines().toList();

  /** One mutation: what it does, at which line, and the digit a changed digit becomes. */
  record Mutation(String kind, int line, int digit) {}

  @Property(tries = 200)
  void anyMutationIsReadOrReportedNeverThrown(@ForAll("mutations") Mutation mutation) {
    Statistics.label("mutation").collect(mutation.kind());
    ReadResult<DepartmentBudget> read = READER.read(mutate(mutation));
    FindingLanguages.assertBothLanguages(read);
    read.document().ifPresent(budget -> BudgetValidator.builtIn().validate(budget).toString());
    read.toString();
  }

  @Example
  void aHeaderThatNamesNoAmountColumnIsAFindingNotAThrow() {
    List<String> lines = new ArrayList<>(LINES);
    int header = indexOf(lines, "预算单位\t收入总计");
    lines.subList(header, header + 4).clear();
    ReadResult<DepartmentBudget> read = READER.read(String.join("\n", lines));
    assertTrue(names(read, header), read.report()::toString);
  }

  @Example
  void anIndicatorRowWithoutANameIsAFindingNotAThrow() {
    List<String> lines = new ArrayList<>(LINES);
    int row = indexOf(lines, "评估测算 DRG 医院");
    String line = lines.get(row);
    lines.set(row, line.replace("评估测算 DRG 医院", ""));
    ReadResult<DepartmentBudget> read = READER.read(String.join("\n", lines));
    assertTrue(names(read, row), read.report()::toString);
  }

  @Provide
  Arbitrary<Mutation> mutations() {
    return Arbitraries.of("delete", "duplicate", "swap", "digit").flatMap(kind -> Arbitraries.integers()
        .between(0, LINES.size() - 2).flatMap(line -> Arbitraries.integers().between(0, 9)
            .map(digit -> new Mutation(kind, line, digit))));
  }

  private static String mutate(Mutation mutation) {
    List<String> lines = new ArrayList<>(LINES);
    int at = mutation.line();
    switch (mutation.kind()) {
      case "delete" -> lines.remove(at);
      case "duplicate" -> lines.add(at, lines.get(at));
      case "swap" -> lines.set(at, lines.set(at + 1, lines.get(at)));
      default -> lines.set(at, lines.get(at).replaceFirst("\\d", Integer.toString(mutation.digit())));
    }
    return String.join("\n", lines);
  }

  private static int indexOf(List<String> lines, String content) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(content)) {
        return i;
      }
    }
    throw new AssertionError("seed 004 prints no line with " + content);
  }

  private static boolean names(ReadResult<DepartmentBudget> read, int line) {
    return read.report().findings().findings(ReadRule.UNREAD.id()).stream().flatMap(f -> f.source().stream())
        .anyMatch(source -> source.startsWith("line " + (line + 1) + ","));
  }
}
