package io.github.fiscaltransfer.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fiscaltransfer.budget.DepartmentBudget;
import io.github.fiscaltransfer.budget.TableId;
import io.github.fiscaltransfer.reader.ReadResult;
import io.github.fiscaltransfer.reader.text.BudgetTextReader;
import io.github.fiscaltransfer.validation.Finding;
import io.github.fiscaltransfer.validation.Severity;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * A generated department budget printed as a disclosure's text in a random {@link BudgetLayout}, read back with
 * {@link BudgetTextReader}: every printed table the same, every cell equal, or a {@code read.*} finding (warning
 * or error) at a line of that table — never a different amount; or no document at all, refused with an error
 * (when no table split by unit could be read). The statistics show every variant drawn.
 */
class BudgetLayoutPropertyTest {

  private static final BudgetTextReader READER = BudgetTextReader.create();
  private static final Pattern LINE = Pattern.compile("^line (\\d+),");

  /** A budget and the layout it is printed in. */
  record Case(DepartmentBudget budget, BudgetLayout layout) {}

  @Property(tries = 120)
  void aBudgetInAnyLayoutReadsBackOrNamesTheLine(@ForAll("cases") Case printed) {
    BudgetTextPrinter.Printed text = BudgetTextPrinter.print(printed.budget(), printed.layout());
    statistics(printed.layout());
    ReadResult<DepartmentBudget> read = READER.read(text.text());
    assertReadBack(printed, text.spans(), text.text(), read);
    boolean all = read.document().filter(d -> text.spans().keySet().stream()
        .allMatch(id -> BudgetTables.same(id, printed.budget(), d))).isPresent();
    Statistics.label("every table the same, by cells and empty cells").collect((printed.layout().tabs() ? "tabs, "
        : "spaces, ") + (printed.layout().dashes() ? "-" : "blank") + (all ? ": same" : ": finding"));
    text.spans().keySet().forEach(id -> Statistics.label("outcome " + id)
        .coverage(coverage -> coverage.check("same").count(c -> c > 0)));
  }

  /** Every printed table read the same or a finding at one of its lines; or no document, refused with an error. */
  static void assertReadBack(Case printed, Map<TableId, BudgetTextPrinter.Span> spans, String text,
      ReadResult<DepartmentBudget> read) {
    Statistics.label("document").collect(read.document().isPresent() ? "read" : "refused with an error");
    if (read.document().isEmpty()) {
      assertTrue(read.report().findings().hasErrors(), read.report()::toString);
      return;
    }
    for (Map.Entry<TableId, BudgetTextPrinter.Span> table : spans.entrySet()) {
      boolean same = BudgetTables.same(table.getKey(), printed.budget(), read.document().get());
      Statistics.label("outcome " + table.getKey()).collect(same ? "same" : "finding at its line");
      assertTrue(same || namesALine(read, table.getValue()), () -> table.getKey() + " read differently, no finding"
          + " at lines " + table.getValue() + "\n" + printed.layout() + "\n" + numbered(text) + "\nprinted "
          + BudgetTables.table(table.getKey(), printed.budget()) + "\nread "
          + BudgetTables.table(table.getKey(), read.document().get()) + "\n" + read.report());
    }
  }

  @Provide
  Arbitrary<Case> cases() {
    return new BudgetDomain().budgets().flatMap(budget -> BudgetLayout.layouts().map(l -> new Case(budget, l)));
  }

  static boolean namesALine(ReadResult<DepartmentBudget> read, BudgetTextPrinter.Span span) {
    return read.report().findings().findings().stream().filter(f -> f.severity() != Severity.INFO)
        .map(Finding::source).flatMap(Optional::stream).map(LINE::matcher).filter(Matcher::find)
        .anyMatch(line -> span.contains(Integer.parseInt(line.group(1))));
  }

  static String numbered(String text) {
    StringBuilder out = new StringBuilder();
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      out.append(i + 1).append(": ").append(lines[i].replace("\t", "⇥")).append('\n');
    }
    return out.toString();
  }

  static void statistics(BudgetLayout layout) {
    Statistics.label("numbering").collect(layout.numbering());
    Statistics.label("header lines").collect(layout.headerLines());
    Statistics.label("subject codes").collect(layout.splitCodes() ? "类 款 项" : "one column");
    Statistics.label("total row").collect(layout.totalRow());
    Statistics.label("cells split by").collect(layout.tabs() ? "tabs" : "spaces");
    Statistics.label("thousands separators").collect(layout.separators());
    Statistics.label("full-width digits").collect(layout.fullWidth());
    Statistics.label("empty cells").collect(layout.dashes() ? "-" : "blank");
    Statistics.label("wrapped names").collect(layout.wrap());
    Statistics.label("page break").collect(layout.pageEvery() == 0 ? "none"
        : (layout.pageNumber() ? "page number " : "") + (layout.continued() ? "（续） " : "")
            + (layout.repeatTitle() ? "title " : "") + (layout.repeatHeader() ? "header" : "")
            + (layout.pageNumber() || layout.continued() || layout.repeatTitle() || layout.repeatHeader() ? ""
                : "nothing printed"));
    Statistics.label("line ends").collect(layout.crlf() ? "CRLF" : "LF");
    Statistics.label("byte-order mark").collect(layout.bom());
  }
}
