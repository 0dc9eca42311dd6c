package io.github.fiscaltransfer.reader.text;

import io.github.fiscaltransfer.reader.LocatedText;
import io.github.fiscaltransfer.reader.ReadReport;
import io.github.fiscaltransfer.reader.ReadRule;
import io.github.fiscaltransfer.validation.Arguments;
import io.github.fiscaltransfer.validation.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a department budget's text into its tables at the {@code 表 N} headings; a heading that repeats the table
 * before it continues that table on the next page, and its repeated title, 部门名称, 单位 and header lines are left
 * out as page furniture. Prose after a table's rows (注：…) is reported as not read.
 */
final class BudgetTableSplitter {

  private static final Pattern HEADING = Pattern.compile("表\\s*(\\d{1,2})");
  private static final Pattern DEPARTMENT = Pattern.compile("部门名称[：:]\\s*(\\S.*)");
  private static final Pattern YEAR = Pattern.compile("\\d{4}\\s*年度");
  private static final Pattern MARKUP = Pattern.compile("^#+\\s*|\\*\\*");

  private final SourceLines lines;
  private final ReadReport.Builder report;
  private final List<BudgetTableText> tables = new ArrayList<>();
  private BudgetTableText table;
  private boolean continued;
  private boolean pageHasRows;

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
      if (HEADING.matcher(text(lines, i)).matches()) {
        return i;
      }
    }
    return lines.size();
  }

  private static String text(SourceLines lines, int index) {
    return MARKUP.matcher(lines.stripped(index)).replaceAll("").strip();
  }

  private void line(int index) {
    String text = text(lines, index);
    Matcher heading = HEADING.matcher(text);
    if (heading.matches()) {
      heading(index, Integer.parseInt(heading.group(1)));
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
  }

  private void content(int index, String text) {
    LocatedText located = new LocatedText(text, lines.start(index));
    if (lines.line(index).indexOf('\t') >= 0) {
      row(index, located);
    } else if (NoticeLines.isPageNumber(text)) {
      furniture(located, "budget-page-number", table.number);
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
    BudgetRow row = BudgetRow.of(lines, index);
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
  }

  private void furniture(LocatedText located, String variant, int number) {
    report.add(ReadRule.PAGE_FURNITURE, located.position(), located.text(), variant, Arguments.of("table", number));
  }
}
