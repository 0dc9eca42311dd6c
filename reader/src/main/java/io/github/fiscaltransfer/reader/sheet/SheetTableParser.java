package io.github.fiscaltransfer.reader.sheet;

import io.github.fiscaltransfer.reader.LocatedText;
import io.github.fiscaltransfer.reader.ReadReport;
import io.github.fiscaltransfer.reader.ReadRule;
import io.github.fiscaltransfer.validation.Arguments;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds an allocation table on a sheet: the title and unit cells above the header, the header row (a name column
 * such as 地区 and an amount column such as 金额, merged cells included), then the rows down to and past the 合计
 * row. Every non-blank cell it does not take is reported.
 */
final class SheetTableParser {

  private static final Pattern UNIT = Pattern.compile("[（(]?\\s*单位[：:]\\s*(亿元|万元|元)\\s*[）)]?");
  private static final List<String> NAME_HEADERS = List.of("地区", "县（市、区）", "单位名称", "市县", "名称");
  private static final List<String> AMOUNT_HEADERS = List.of("金额", "资金", "补助", "数");
  private static final int HEADER_SEARCH_ROWS = 30;

  /** The table as located cells, not yet resolved. */
  static final class Parsed {
    LocatedText title;
    LocatedText unit;
    LocatedText total;
    final List<LocatedText[]> rows = new ArrayList<>();
  }

  private final SheetCells cells;
  private final ReadReport.Builder report;
  private int nameColumn = -1;
  private int amountColumn = -1;
  private int noteColumn = -1;

  SheetTableParser(SheetCells cells, ReadReport.Builder report) {
    this.cells = cells;
    this.report = report;
  }

  /** Parses the sheet; returns null (reported) if no header row names a name and an amount column. */
  Parsed parse() {
    Parsed table = new Parsed();
    int header = header();
    if (header < 0) {
      report.add(ReadRule.UNREAD, cells.position(0, 0), cells.text(0, 0),
          "sheet-header", Arguments.none());
      return null;
    }
    above(table, header);
    int first = Math.max(cells.lastRowOfMerge(header, nameColumn), cells.lastRowOfMerge(header, amountColumn)) + 1;
    for (int row : cells.rows()) {
      if (row >= first) {
        row(table, row);
      }
    }
    return table;
  }

  private int header() {
    for (int row : cells.rows()) {
      if (row > HEADER_SEARCH_ROWS) {
        break;
      }
      nameColumn = column(row, NAME_HEADERS, -1);
      amountColumn = column(row, AMOUNT_HEADERS, nameColumn);
      if (nameColumn >= 0 && amountColumn >= 0
          && !cells.text(row, nameColumn).equals(cells.text(row, amountColumn))) {
        noteColumn = column(row, List.of("备注"), -1);
        return row;
      }
    }
    return -1;
  }

  private int column(int row, List<String> words, int except) {
    for (int column : cells.columns(row)) {
      String text = cells.text(row, column);
      if (column != except && words.stream().anyMatch(text::contains)) {
        return column;
      }
    }
    return -1;
  }

  /** Reads the title and the unit from the rows above the header. */
  private void above(Parsed table, int header) {
    for (int row : cells.rows()) {
      if (row >= header) {
        return;
      }
      for (int column : cells.columns(row)) {
        String text = cells.text(row, column);
        Matcher unit = UNIT.matcher(text);
        if (unit.find() && table.unit == null) {
          table.unit = new LocatedText(unit.group(1), cells.position(row, column));
          text = (text.substring(0, unit.start()) + text.substring(unit.end())).strip();
        }
        if (!text.isEmpty() && table.title == null) {
          table.title = new LocatedText(text, cells.position(row, column));
        } else if (!text.isEmpty()) {
          report.add(ReadRule.UNREAD, cells.position(row, column), text, "above-header", Arguments.none());
        }
      }
    }
  }

  private void row(Parsed table, int row) {
    String name = cells.text(row, nameColumn);
    String amount = cells.text(row, amountColumn);
    if (name.isEmpty() && amount.isEmpty()) {
      reportOthers(row, "row-blank");
      return;
    }
    if (cells.damaged(row, nameColumn) || cells.damaged(row, amountColumn)) {
      return;
    }
    if (name.isEmpty() || amount.isEmpty()) {
      report.add(ReadRule.UNREAD, cells.position(row, name.isEmpty() ? nameColumn : amountColumn),
          name + amount, name.isEmpty() ? "row-no-name" : "row-no-amount", Arguments.none());
      return;
    }
    LocatedText figure = cells.figure(row, amountColumn);
    if (figure == null) {
      return;
    }
    if (name.contains("合计") || name.contains("总计")) {
      table.total = figure;
      return;
    }
    LocatedText note = noteColumn < 0 || cells.text(row, noteColumn).isEmpty() ? null
        : new LocatedText(cells.text(row, noteColumn), cells.position(row, noteColumn));
    table.rows.add(new LocatedText[] {new LocatedText(name, cells.position(row, nameColumn)), figure, note});
  }

  private void reportOthers(int row, String variant) {
    for (int column : cells.columns(row)) {
      String text = cells.text(row, column);
      if (!text.isEmpty()) {
        report.add(ReadRule.UNREAD, cells.position(row, column), text, variant, Arguments.none());
      }
    }
  }
}
