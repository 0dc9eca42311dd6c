package io.github.fiscaltransfer.reader.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fiscaltransfer.budget.Cells;
import io.github.fiscaltransfer.budget.ExpenditureColumn;
import io.github.fiscaltransfer.budget.FinalAccounts;
import io.github.fiscaltransfer.budget.FinalAccountsValidator;
import io.github.fiscaltransfer.budget.SubjectRow;
import io.github.fiscaltransfer.reader.FindingLanguages;
import io.github.fiscaltransfer.reader.ReadResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The planning 决算 as {@code pdftotext -layout} prints it, mutated: a line deleted, duplicated or swapped with the
 * next, a digit changed — {@link FinalAccountsTextReader} reads or reports, and never throws; and a figure of 支出决算表
 * blanked (its cell left empty, as a bureau prints a zero) — the row reads without that cell and with every other
 * figure in its own column, never slid into the blank one.
 */
class FinalAccountsMutationTest {

  private static final FinalAccountsTextReader READER = FinalAccountsTextReader.create();
  private static final List<String> LINES = FinalAccountsTextReaderTest
      .resource("putuo-planning-resources-2024-final-accounts.layout.txt").lines().toList();
  private static final Pattern ROW = Pattern.compile("^(\\d{7})\\s+\\S+\\s+([\\d.]+)\\s+([\\d.]+)\\s+([\\d.]+)\\s*$");
  /** The 7-digit rows of 支出决算表 that print 支出总计, 基本支出 and 项目支出. */
  private static final List<Integer> FULL_ROWS = fullRows();
  private static final Map<String, Cells<ExpenditureColumn>> READ = rows(READER.read(String.join("\n", LINES))
      .document().orElseThrow());

  @Property(tries = 100)
  void anyMutationIsReadOrReportedNeverThrown(@ForAll("mutations") LineMutation mutation) {
    Statistics.label("mutation").collect(mutation.kind());
    ReadResult<FinalAccounts> read = READER.read(mutation.apply(LINES));
    FindingLanguages.assertBothLanguages(read);
    read.document().ifPresent(accounts -> FinalAccountsValidator.builtIn().validate(accounts).toString());
    read.toString();
  }

  @Property(tries = 60)
  void aBlankedFigureLeavesItsCellEmptyAndTheOthersInTheirColumns(@ForAll("fullRow") int line,
      @ForAll("laterColumn") ExpenditureColumn blanked) {
    Statistics.label("column").collect(blanked);
    Matcher row = ROW.matcher(LINES.get(line));
    assertTrue(row.matches());
    int group = blanked == ExpenditureColumn.BASIC ? 3 : 4;
    List<String> lines = new ArrayList<>(LINES);
    String printed = LINES.get(line);
    lines.set(line, printed.substring(0, row.start(group)) + " ".repeat(row.group(group).length())
        + printed.substring(row.end(group)));
    FinalAccounts accounts = READER.read(String.join("\n", lines)).document().orElseThrow();
    Cells<ExpenditureColumn> before = READ.get(row.group(1));
    Cells<ExpenditureColumn> after = rows(accounts).get(row.group(1));
    assertEquals(Optional.empty(), after.get(blanked), () -> printed + " → " + after);
    before.amounts().forEach((column, amount) -> {
      if (column != blanked) {
        assertEquals(Optional.of(amount), after.get(column), () -> column + " of " + printed + " → " + after);
      }
    });
  }

  @Provide
  Arbitrary<LineMutation> mutations() {
    return LineMutation.of(LINES.size());
  }

  @Provide
  Arbitrary<Integer> fullRow() {
    return Arbitraries.of(FULL_ROWS);
  }

  @Provide
  Arbitrary<ExpenditureColumn> laterColumn() {
    return Arbitraries.of(ExpenditureColumn.BASIC, ExpenditureColumn.PROJECT);
  }

  private static List<Integer> fullRows() {
    int from = 0;
    while (!LINES.get(from).strip().equals("支出决算表")) {
      from++;
    }
    List<Integer> rows = new ArrayList<>();
    for (int i = from; !LINES.get(i).strip().startsWith("注："); i++) {
      if (ROW.matcher(LINES.get(i)).matches()) {
        rows.add(i);
      }
    }
    return rows;
  }

  private static Map<String, Cells<ExpenditureColumn>> rows(FinalAccounts accounts) {
    return accounts.expenditure().orElseThrow().sections().get(0).rows().stream()
        .collect(Collectors.toMap(r -> r.subject().code().digits(), SubjectRow::cells));
  }
}
