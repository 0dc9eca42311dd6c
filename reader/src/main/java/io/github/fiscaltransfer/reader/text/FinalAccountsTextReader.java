package io.github.fiscaltransfer.reader.text;

import io.github.fiscaltransfer.reader.LocatedText;
import io.github.fiscaltransfer.reader.ReadReport;
import io.github.fiscaltransfer.reader.ReadResult;
import io.github.fiscaltransfer.reader.ReadRule;
import io.github.fiscaltransfer.validation.Arguments;
import io.github.fiscaltransfer.validation.Severity;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the outline of a department's final accounts (部门决算) from extracted text: its title and year and the
 * nine 决算 tables found by their titles ({@link TableCatalog}). Until this reader reads their figures into the
 * {@code FinalAccounts} model, each table found is a {@code read.not-read} finding at its title line (how many lines print figures, or that it prints no data),
 * and each of the nine not found is {@code read.absent}. Never throws on any text.
 *
 * <p>Immutable and thread-safe.
 */
public final class FinalAccountsTextReader {

  private static final Pattern YEAR = Pattern.compile("(\\d{4})年");
  private static final Pattern NO_DATA = Pattern.compile("本表无数据|没有.{0,30}(收入|支出)");

  private FinalAccountsTextReader() {}

  /**
   * Returns a reader.
   *
   * @return the reader, not null
   */
  public static FinalAccountsTextReader create() {
    return new FinalAccountsTextReader();
  }

  /**
   * Reads the outline of a 部门决算.
   *
   * @param text the extracted text, not null
   * @return the outline (when the text prints a title or a known table) and the read report, not null
   */
  public ReadResult<FinalAccountsOutline> read(CharSequence text) {
    SourceLines lines = SourceLines.of(Objects.requireNonNull(text, "text"));
    ReadReport.Builder report = ReadReport.builder();
    List<TableCatalog.Heading> headings = TableCatalog.find(lines).stream()
        .filter(TableCatalog.Heading::finalAccounts).toList();
    List<FinalAccountsOutline.Table> tables = new ArrayList<>();
    for (int t = 0; t < headings.size(); t++) {
      TableCatalog.Heading heading = headings.get(t);
      int end = t + 1 < headings.size() ? headings.get(t + 1).line() : lines.size();
      FinalAccountsOutline.Table table = table(lines, heading, end);
      tables.add(table);
      report.add(ReadRule.NOT_READ, table.noData() ? Severity.INFO : Severity.WARNING, table.position(),
          lines.stripped(heading.line()), table.noData() ? "final-accounts-no-data" : "final-accounts-table",
          Arguments.of("from", heading.line() + 1).and("to", end).and("amounts", table.amountLines()));
    }
    TableCatalog.FINAL_ACCOUNTS.stream().filter(title -> tables.stream().noneMatch(t -> t.title().equals(title)))
        .forEach(title -> report.absent("tables", Severity.WARNING, "final-accounts-table", Arguments.of("table", title)));
    String title = title(lines);
    if (title.isEmpty() && tables.isEmpty()) {
      report.absent("title", Severity.ERROR, "final-accounts-title", Arguments.none());
      return ReadResult.unreadable(report.build());
    }
    Matcher year = YEAR.matcher(title);
    return ReadResult.of(FinalAccountsOutline.of(title, year.find() ? Year.of(Integer.parseInt(year.group(1)))
        : null, tables), report.build());
  }

  private static FinalAccountsOutline.Table table(SourceLines lines, TableCatalog.Heading heading, int end) {
    int figures = 0;
    boolean noData = false;
    for (int i = heading.line() + 1; i < end; i++) {
      figures += BudgetRow.of(lines, i).cells().stream().anyMatch(FinalAccountsTextReader::isAmount) ? 1 : 0;
      noData |= NO_DATA.matcher(lines.stripped(i)).find();
    }
    return new FinalAccountsOutline.Table(heading.title(), lines.start(heading.line()), figures,
        noData && figures == 0);
  }

  /** A cell printing an amount as 决算 print them, in 万元 to 0.01 (a subject code has no decimals). */
  private static boolean isAmount(LocatedText cell) {
    String text = cell.text().replace(" ", "");
    return text.indexOf('.') > 0 && FigureText.isFigure(text);
  }

  /** The title: the first lines, joined, up to the one that says 部门决算 (the first line if none does). */
  private static String title(SourceLines lines) {
    StringBuilder title = new StringBuilder();
    int seen = 0;
    for (int i = 0; i < lines.size() && seen < TextKind.TITLE_LINES; i++) {
      if (!lines.isBlank(i)) {
        title.append(NoticeLines.compact(lines.stripped(i)));
        seen++;
        if (title.indexOf("部门决算") >= 0) {
          return title.toString();
        }
      }
    }
    return "";
  }
}
