package io.github.fiscaltransfer.reader.text;

import io.github.fiscaltransfer.budget.TableId;
import io.github.fiscaltransfer.reader.LocatedText;
import io.github.fiscaltransfer.reader.ReadReport;
import io.github.fiscaltransfer.reader.ReadRule;
import io.github.fiscaltransfer.validation.Arguments;
import io.github.fiscaltransfer.validation.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a department budget's text into its tables at their headings: a {@code 表 N} line, or a line that says a
 * catalog title ({@link TableCatalog}: {@code 表1 收支总表}, {@code 一、收支总表} or the title alone) with its 单位 line
 * close below. A heading or title that repeats the table before it continues that table on the next page, and its
 * repeated title, 部门名称, 单位 and header lines, a page number and a （续） mark are left out as page furniture, as
 * is the header repeated alone. Cells are split by tabs, or by runs of two spaces or more where a line has no tab;
 * every line of a table must have as many cells (a blank cell split by spaces or lost in a PDF leaves no trace,
 * and a figure is never put in a column it may not be in); a lone {@code -} is an empty cell. A line holding one piece of text under a row continues the row's name there (read.joined). Prose
 * after a table's rows (注：…) is reported as not read.
 */
final class BudgetTableSplitter {

  private static final Pattern HEADING = Pattern.compile("表\\s*(\\d{1,2})");
  private static final Pattern DEPARTMENT = Pattern.compile("部门名称[：:]\\s*(\\S.*)");
  private static final Pattern YEAR = Pattern.compile("\\d{4}\\s*年度");
  private static final Pattern MARKUP = Pattern.compile("^#+\\s*|\\*\\*");
  private static final Pattern CONTINUED = Pattern.compile("[（(]\\s*续\\s*表?\\s*[）)]$");
  private static final Pattern SPACES = Pattern.compile("\\S {2,}(?=\\S)");
  private static final Pattern DASH = Pattern.compile("[-－—–]{1,2}");
  private static final Pattern SPACED_CELL = Pattern.compile("\\S+(?: \\S+)*");

  private final SourceLines lines;
  private final ReadReport.Builder report;
  private final List<BudgetTableText> tables = new ArrayList<>();
  private BudgetTableText table;
  private boolean continued;
  private boolean pageHasRows;
  private int width;
  private int lastRow = -1;

  private BudgetTableSplitter(SourceLines lines, ReadReport.Builder report) {
    this.lines = lines;
    this.report = report;
  }

  /** Returns the tables in printed order, each once however many pages it runs over. */
  static List<BudgetTableText> split(SourceLines lines, ReadReport.Builder report) {
    BudgetTableSplitter splitter = new BudgetTableSplitter(lines, report);
    for (int i = 0; i < lines.size(); i++) {
      splitter.line(i);
    }
    return List.copyOf(splitter.tables);
  }

  /** Returns the 0-based index of the first table heading, or the line count when there is none. */
  static int firstHeading(SourceLines lines) {
    for (int i = 0; i < lines.size(); i++) {
      if (HEADING.matcher(text(lines, i)).matches() || title(lines, i).isPresent()) {
        return i;
      }
    }
    return lines.size();
  }

  private static String text(SourceLines lines, int index) {
    return MARKUP.matcher(lines.stripped(index)).replaceAll("").strip();
  }

  /** Returns the number of the budget table whose catalog title a line says, its 单位 line close below. */
  private static Optional<Integer> title(SourceLines lines, int index) {
    String bare = CONTINUED.matcher(text(lines, index)).replaceFirst("");
    return TableCatalog.title(bare).filter(TableCatalog.BUDGET::contains)
        .filter(t -> TableCatalog.unitFollows(lines, index)).map(t -> TableCatalog.BUDGET.indexOf(t) + 1);
  }

  private void line(int index) {
    String text = text(lines, index);
    Matcher heading = HEADING.matcher(text);
    Optional<Integer> title = heading.matches() ? Optional.empty() : title(lines, index);
    if (heading.matches()) {
      heading(index, Integer.parseInt(heading.group(1)));
    } else if (title.isPresent()) {
      title(index, title.get());
    } else if (table != null && !text.isEmpty()) {
      content(index, text);
    }
  }

  private void heading(int index, int number) {
    LocatedText located = new LocatedText(text(lines, index), lines.start(index));
    continued = table != null && table.number == number;
    pageHasRows = false;
    if (continued) {
      furniture(located, "budget-continues", number);
      return;
    }
    table = new BudgetTableText(number, located);
    tables.add(table);
    width = 0;
  }

  /**
   * A title line: the title of the 表 N line above it, a table continued, or a table of its own; its title is the
   * catalog's, without the numbering the line prints.
   */
  private void title(int index, int number) {
    LocatedText located = new LocatedText(text(lines, index), lines.start(index));
    LocatedText title = new LocatedText(TableCatalog.BUDGET.get(number - 1), located.position());
    if (table != null && table.title == null && table.header.isEmpty() && table.rows.isEmpty()) {
      table.title = title;
    } else if (table != null && table.number == number) {
      continued = true;
      pageHasRows = false;
      furniture(located, "budget-continues", number);
    } else {
      heading(index, number);
      table.title = title;
    }
  }

  private void content(int index, String text) {
    LocatedText located = new LocatedText(text, lines.start(index));
    boolean cells = lines.line(index).indexOf('\t') >= 0 || SPACES.matcher(text).find()
        && !DEPARTMENT.matcher(text).matches() && !NoticeLines.UNIT.matcher(text).find();
    if (cells) {
      row(index, located);
    } else if (NoticeLines.isPageNumber(text) || NoticeLines.isContinued(text)) {
      furniture(located, NoticeLines.isPageNumber(text) ? "budget-page-number" : "budget-continued-mark",
          table.number);
    } else if (pageHasRows && !table.rows.isEmpty() && joinsName(index, located)) {
      return;
    } else if (pageHasRows && index == lastRow + 1 && !text.startsWith("注")) {
      report.add(ReadRule.UNREAD, located.position(), text, "budget-stray-text", Arguments.of("table", table.number));
    } else if (pageHasRows) {
      report.add(ReadRule.NOT_READ, Severity.INFO, located.position(), text, "budget-note",
          Arguments.of("table", table.number));
    } else {
      caption(located);
    }
  }

  private void caption(LocatedText located) {
    Matcher department = DEPARTMENT.matcher(located.text());
    boolean unit = NoticeLines.UNIT.matcher(located.text()).find();
    if (continued) {
      furniture(located, "budget-caption", table.number);
    } else if (department.matches()) {
      table.department = new LocatedText(department.group(1).strip(), located.position());
    } else if (YEAR.matcher(located.text()).matches()) {
      table.year = located;
    } else if (unit) {
      table.unit = located;
    } else if (table.title == null) {
      table.title = located;
    } else {
      report.add(ReadRule.UNREAD, located.position(), located.text(), "budget-caption",
          Arguments.of("table", table.number));
    }
  }

  private void row(int index, LocatedText located) {
    BudgetRow row = cells(index);
    if (pageHasRows && !row.hasFigure() && (isHeader(row) || joinsName(index, located))) {
      return;
    }
    if (!sameWidth(row)) {
      return;
    }
    if (!pageHasRows && !row.hasFigure()) {
      if (continued) {
        furniture(located, "budget-header", table.number);
      } else {
        table.header.add(row);
      }
      return;
    }
    pageHasRows = true;
    table.rows.add(row);
    lastRow = index;
  }

  /** Splits a line into cells at its tabs, else at its runs of spaces; a lone dash is an empty cell. */
  private BudgetRow cells(int index) {
    BudgetRow row = BudgetRow.of(lines, index);
    if (lines.line(index).indexOf('\t') < 0) {
      List<LocatedText> cells = new ArrayList<>();
      String line = lines.line(index);
      Matcher cell = SPACED_CELL.matcher(line);
      while (cell.find()) {
        cells.add(new LocatedText(cell.group(), lines.at(index, cell.start())));
      }
      row = new BudgetRow(List.copyOf(cells));
    }
    return new BudgetRow(row.cells().stream().map(c -> DASH.matcher(c.text()).matches()
        ? new LocatedText("", c.position()) : c).toList());
  }

  /**
   * A line of a table (but 绩效目标表) must have as many cells as the table's first line, or a blank cell left no
   * trace (split by spaces, or a PDF's gap) and which column each figure is in cannot be told.
   */
  private boolean sameWidth(BudgetRow row) {
    if (table.number == TableId.PERFORMANCE.number()) {
      return true;
    }
    if (width == 0) {
      width = row.cells().size();
    }
    if (row.cells().size() == width) {
      return true;
    }
    LocatedText first = row.cells().get(0);
    report.add(ReadRule.UNREAD, first.position(), String.join(" | ", texts(row)), "budget-width",
        Arguments.of("table", table.number).and("cells", row.cells().size()).and("width", width));
    return false;
  }

  private boolean isHeader(BudgetRow row) {
    List<String> texts = texts(row);
    return table.header.stream().anyMatch(line -> texts(line).equals(texts)) && repeatedHeader(row);
  }

  private boolean repeatedHeader(BudgetRow row) {
    LocatedText first = row.cells().stream().filter(c -> !c.text().isEmpty()).findFirst().orElse(row.cells().get(0));
    furniture(first, "budget-header", table.number);
    return true;
  }

  private static List<String> texts(BudgetRow row) {
    List<String> texts = new ArrayList<>(row.cells().stream().map(LocatedText::text).toList());
    while (!texts.isEmpty() && texts.get(texts.size() - 1).isEmpty()) {
      texts.remove(texts.size() - 1);
    }
    return texts;
  }

  /**
   * Joins a line of one piece of text right below a row (no blank line between, no 注) to the name in that row:
   * the cell at the same tab, or, in a line without tabs, the cell that starts in the same column. Not in 绩效目标表, whose
   * indicator rows print one target under the one above.
   */
  private boolean joinsName(int index, LocatedText located) {
    BudgetRow row = cells(index);
    List<LocatedText> filled = row.cells().stream().filter(c -> !c.text().isEmpty()).toList();
    if (filled.size() != 1 || table.rows.isEmpty() || index != lastRow + 1 || filled.get(0).text().startsWith("注")
        || table.number == TableId.PERFORMANCE.number()) {
      return false;
    }
    BudgetRow above = table.rows.get(table.rows.size() - 1);
    boolean tabs = lines.line(index).indexOf('\t') >= 0;
    List<Integer> names = new ArrayList<>();
    for (int c = 0; c < above.cells().size(); c++) {
      String text = above.text(c);
      if (!text.isEmpty() && !FigureText.isFigure(text.replace(" ", "")) && (tabs ? row.text(c).equals(
          filled.get(0).text()) : above.cells().get(c).position().column() == filled.get(0).position().column())) {
        names.add(c);
      }
    }
    if (names.size() != 1) {
      return false;
    }
    List<LocatedText> cells = new ArrayList<>(above.cells());
    LocatedText name = cells.get(names.get(0));
    String joined = name.text() + filled.get(0).text();
    cells.set(names.get(0), new LocatedText(joined, name.position()));
    table.rows.set(table.rows.size() - 1, new BudgetRow(List.copyOf(cells)));
    report.add(ReadRule.JOINED, filled.get(0).position(), filled.get(0).text(), "name", Arguments.of("name", joined));
    lastRow = index;
    return true;
  }

  private void furniture(LocatedText located, String variant, int number) {
    report.add(ReadRule.PAGE_FURNITURE, located.position(), located.text(), variant, Arguments.of("table", number));
  }
}
