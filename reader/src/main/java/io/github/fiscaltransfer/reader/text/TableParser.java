package io.github.fiscaltransfer.reader.text;

import io.github.fiscaltransfer.reader.LocatedText;
import io.github.fiscaltransfer.reader.ReadReport;
import io.github.fiscaltransfer.reader.ReadRule;
import io.github.fiscaltransfer.validation.Arguments;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the rows of an allocation table printed as text: 序号, 地区, 金额 and 备注 separated by tabs or spaces, a
 * 合计 row, page numbers and repeated headers where the table crosses a page, and a note that the figures are
 * rounded (尾数误差, 四舍五入: a line of its own, or the 合计 row's 备注), kept as the table's declared rounding.
 */
final class TableParser {

  private static final Pattern TOKEN = Pattern.compile("\\S+");
  private static final Pattern SERIAL = Pattern.compile("\\d{1,3}");
  /** The longest line taken as the rest of a wrapped name. */
  private static final int WRAP_LENGTH = 12;
  private static final List<String> HEADER_WORDS = List.of("序号", "地区", "县（市、区）", "单位名称", "金额");
  /** Words of a note declaring a table's figures rounded; 尾差 (a rounding difference put on one line) is not one. */
  private static final Pattern ROUNDING_NOTE = Pattern.compile("尾数|四舍五入");
  private static final Pattern NOTE_START = Pattern.compile("[（(]?(注|说明|备注)");

  /** What a line turned out to be. */
  private enum Outcome { ROW, REPORTED, NOT_A_ROW }

  private record Token(String text, int column) {}

  private final SourceLines lines;
  private final ReadReport.Builder report;

  TableParser(SourceLines lines, ReadReport.Builder report) {
    this.lines = lines;
    this.report = report;
  }

  /**
   * Parses rows from line {@code from} until the table ends, at most to line {@code to}, both 0-based.
   *
   * @return the index of the first line after the table
   */
  int parse(ParsedTable table, int from, int to) {
    boolean header = false;
    boolean pageBreak = false;
    int lastRow = -1;
    int previous = -2;
    int i = from;
    for (; i < to; i++) {
      String stripped = lines.stripped(i);
      if (stripped.isEmpty()) {
        continue;
      }
      if ((pageBreak || headerFollows(i + 1, to)) && repeatsCaption(table, stripped)) {
        report.add(ReadRule.PAGE_FURNITURE, lines.start(i), stripped, "caption-repeated", Arguments.none());
        previous = i;
        continue;
      }
      if (endsTable(stripped)) {
        break;
      }
      List<Token> tokens = tokens(i);
      if (!table.rows.isEmpty() && isRoundingNote(stripped, tokens)) {
        table.roundingNote = new LocatedText(stripped, lines.start(i));
        continue;
      }
      boolean pageMark = NoticeLines.isPageNumber(stripped) || NoticeLines.isContinued(stripped);
      if (pageMark || isHeader(tokens) || repeatsTitle(table, stripped)) {
        if (header || pageMark) {
          report.add(ReadRule.PAGE_FURNITURE, lines.start(i), stripped,
              "page-mark", Arguments.none());
        }
        pageBreak |= pageMark || header;
        header = true;
        previous = i;
        continue;
      }
      if (lastRow == previous && wrapsName(tokens, stripped)
          && (table.total == null || continues(table, i + 1, to))) {
        joinName(table, lastRow, i, stripped);
        previous = i;
        continue;
      }
      Outcome outcome = row(table, i, tokens);
      pageBreak &= outcome != Outcome.ROW;
      lastRow = outcome == Outcome.ROW ? i : lastRow;
      previous = i;
      if (outcome == Outcome.NOT_A_ROW) {
        if (table.total != null && !table.rows.isEmpty() && !continues(table, i + 1, to)) {
          break;
        }
        report.add(ReadRule.UNREAD, lines.start(i), stripped,
            "allocation-row", Arguments.none());
      }
    }
    return i;
  }

  /** After a page break: the table's 单位 line or its 附件 label printed again. */
  private static boolean repeatsCaption(ParsedTable table, String stripped) {
    Matcher unit = NoticeLines.unit(stripped);
    Matcher page = NoticeLines.attachmentPage(stripped);
    return unit.matches() && table.unit != null && table.unit.text().equals(unit.group(1))
        || page.matches() && table.attachment == Integer.parseInt(page.group(1));
  }

  /**
   * A short line of words only, right after a row and inside the table (before its 合计, or with rows after it): the
   * rest of that row's name, wrapped by the layout.
   */
  private static boolean wrapsName(List<Token> tokens, String stripped) {
    return tokens.size() == 1 && !isPiece(tokens.get(0)) && stripped.length() <= WRAP_LENGTH
        && !NoticeLines.isContinued(stripped);
  }

  private void joinName(ParsedTable table, int rowIndex, int index, String stripped) {
    boolean total = table.total != null && table.total.name().position().line() == rowIndex + 1;
    ParsedTable.Row row = total ? table.total : table.rows.get(table.rows.size() - 1);
    ParsedTable.Row joined = new ParsedTable.Row(new LocatedText(row.name().text() + stripped, row.name().position()),
        row.figure(), row.note());
    if (total) {
      table.total = joined;
    } else {
      table.rows.set(table.rows.size() - 1, joined);
    }
    report.add(ReadRule.JOINED, lines.start(index), stripped, "name",
        Arguments.of("name", joined.name().text()));
  }

  /** Whether the next non-blank line from {@code from} goes on with the table: a row, a page mark or a header. */
  private boolean continues(ParsedTable table, int from, int to) {
    for (int i = from; i < to; i++) {
      String stripped = lines.stripped(i);
      if (!stripped.isEmpty()) {
        List<Token> tokens = tokens(i);
        boolean row = tokens.size() > 1 && isPiece(tokens.get(tokens.size() - 1))
            && (!isPiece(tokens.get(0)) || tokens.size() > 2);
        return repeatsCaption(table, stripped) && headerFollows(i + 1, to) || !endsTable(stripped)
            && (row || isHeader(tokens) || NoticeLines.isPageNumber(stripped) || NoticeLines.isContinued(stripped));
      }
    }
    return false;
  }

  /** Whether the next non-blank line from {@code from} is the table's header. */
  private boolean headerFollows(int from, int to) {
    for (int i = from; i < to; i++) {
      if (!lines.isBlank(i)) {
        return isHeader(tokens(i));
      }
    }
    return false;
  }

  private static boolean repeatsTitle(ParsedTable table, String stripped) {
    return table.title != null && table.title.text().equals(NoticeLines.compact(stripped));
  }

  private static boolean endsTable(String stripped) {
    return NoticeLines.attachmentPage(stripped).matches() || NoticeLines.unit(stripped).matches()
        || NoticeLines.startsTargets(stripped) || NoticeLines.labelled(stripped).matches()
        || NoticeLines.isFileHeader(stripped) || NoticeLines.isUrgency(stripped);
  }

  /** A line of its own saying the figures are rounded: it starts as a note does, or holds no figure. */
  private static boolean isRoundingNote(String stripped, List<Token> tokens) {
    return ROUNDING_NOTE.matcher(stripped).find()
        && (NOTE_START.matcher(stripped).lookingAt() || tokens.stream().noneMatch(TableParser::isPiece));
  }

  private List<Token> tokens(int index) {
    List<Token> tokens = new ArrayList<>();
    Matcher matcher = TOKEN.matcher(lines.line(index));
    while (matcher.find()) {
      tokens.add(new Token(matcher.group(), matcher.start()));
    }
    return tokens;
  }

  private static boolean isHeader(List<Token> tokens) {
    boolean anyFigure = tokens.stream().anyMatch(t -> FigureText.isPiece(t.text()));
    return !anyFigure && tokens.stream().anyMatch(t -> HEADER_WORDS.stream().anyMatch(t.text()::contains));
  }

  private Outcome row(ParsedTable table, int index, List<Token> tokens) {
    int next = 0;
    if (tokens.size() > 2 && SERIAL.matcher(tokens.get(0).text()).matches() && !isPiece(tokens.get(1))) {
      next = 1;
    }
    int nameStart = next;
    while (next < tokens.size() && !isPiece(tokens.get(next))) {
      next++;
    }
    int figureStart = next;
    while (next < tokens.size() && isPiece(tokens.get(next))) {
      next++;
    }
    if (nameStart == figureStart || figureStart == next) {
      return Outcome.NOT_A_ROW;
    }
    List<Token> rest = tokens.subList(next, tokens.size());
    if (rest.stream().anyMatch(TableParser::isPiece)) {
      report.add(ReadRule.AMBIGUOUS, lines.at(index, tokens.get(figureStart).column()), lines.stripped(index),
          "row-figures", Arguments.none());
      return Outcome.REPORTED;
    }
    String nameText = String.join("", texts(tokens.subList(nameStart, figureStart)));
    if (HEADER_WORDS.stream().anyMatch(nameText::contains)) {
      report.add(ReadRule.UNREAD, lines.start(index), lines.stripped(index),
          "header-figure", Arguments.none());
      return Outcome.REPORTED;
    }
    FigureText.Figure figure = FigureText.join(texts(tokens.subList(figureStart, next)));
    LocatedText figureText = new LocatedText(figure.text(), lines.at(index, tokens.get(figureStart).column()));
    if (!readable(figure, figureText)) {
      return Outcome.REPORTED;
    }
    LocatedText name = new LocatedText(nameText, lines.at(index, tokens.get(nameStart).column()));
    LocatedText note = rest.isEmpty() ? null
        : new LocatedText(String.join(" ", texts(rest)), lines.at(index, rest.get(0).column()));
    ParsedTable.Row row = new ParsedTable.Row(name, figureText, note);
    if (name.text().contains("合计") || name.text().contains("总计")) {
      table.total = row;
      if (note != null && ROUNDING_NOTE.matcher(note.text()).find()) {
        table.roundingNote = note;
      }
    } else {
      table.rows.add(row);
    }
    return Outcome.ROW;
  }

  private boolean readable(FigureText.Figure figure, LocatedText at) {
    switch (figure.kind()) {
      case JOINED -> report.add(ReadRule.JOINED, at.position(), at.text(), "table-figure", Arguments.none());
      case AMBIGUOUS -> report.add(ReadRule.AMBIGUOUS, at.position(), at.text(),
          "table-figure", Arguments.none());
      case INVALID -> report.add(ReadRule.VALUE, at.position(), at.text(), "table-figure", Arguments.none());
      default -> { }
    }
    return figure.kind() == FigureText.Kind.SINGLE || figure.kind() == FigureText.Kind.JOINED;
  }

  private static boolean isPiece(Token token) {
    return FigureText.isPiece(token.text());
  }

  private static List<String> texts(List<Token> tokens) {
    return tokens.stream().map(Token::text).toList();
  }
}
