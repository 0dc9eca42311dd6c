package io.github.fiscaltransfer.reader.text;

import io.github.fiscaltransfer.reader.LocatedText;
import io.github.fiscaltransfer.reader.ReadReport;
import io.github.fiscaltransfer.reader.ReadRule;
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
    int i = from;
    for (; i < to; i++) {
      String stripped = lines.stripped(i);
      if (stripped.isEmpty()) {
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
      if (isHeader(tokens) || NoticeLines.isPageNumber(stripped)) {
        if (header || NoticeLines.isPageNumber(stripped)) {
          report.add(ReadRule.PAGE_FURNITURE, lines.start(i), stripped, "a page number or repeated table header");
        }
        header = true;
        continue;
      }
      Outcome outcome = row(table, i, tokens);
      if (outcome == Outcome.NOT_A_ROW) {
        if (table.total != null && !table.rows.isEmpty()) {
          break;
        }
        report.add(ReadRule.UNREAD, lines.start(i), stripped,
            "not a row of the allocation table (序号, name, figure, 备注), nor a page number or header");
      }
    }
    return i;
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
          "more figures on the row than one amount: split figure or misplaced column");
      return Outcome.REPORTED;
    }
    String nameText = String.join("", texts(tokens.subList(nameStart, figureStart)));
    if (HEADER_WORDS.stream().anyMatch(nameText::contains)) {
      report.add(ReadRule.UNREAD, lines.start(index), lines.stripped(index),
          "a header row with a figure in it: damaged header or row, not read");
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
      case JOINED -> report.add(ReadRule.JOINED, at.position(), at.text(), "figure joined from pieces split by spaces");
      case AMBIGUOUS -> report.add(ReadRule.AMBIGUOUS, at.position(), at.text(),
          "digits split by spaces: one figure or several; not read");
      case INVALID -> report.add(ReadRule.VALUE, at.position(), at.text(), "not a figure such as 10,831 or 194.00");
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
