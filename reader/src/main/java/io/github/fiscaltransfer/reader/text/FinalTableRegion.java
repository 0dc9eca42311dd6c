package io.github.fiscaltransfer.reader.text;

import io.github.fiscaltransfer.budget.Cells;
import io.github.fiscaltransfer.budget.Column;
import io.github.fiscaltransfer.budget.TableFormat;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.reader.ReadReport;
import io.github.fiscaltransfer.reader.ReadRule;
import io.github.fiscaltransfer.reader.SourcePosition;
import io.github.fiscaltransfer.validation.Arguments;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The lines of one 决算 table: from the line after its title to the line before its note ({@code 注：},
 * {@code 说明：}) or the next table's title, laid out in pieces; with the table's format and the figures of a row put
 * in its columns.
 */
final class FinalTableRegion {

  private static final Pattern END = Pattern.compile("^(注[：:]|说明[：:]|第[一二三四五六七八九十]+部分)");

  private final SourcePosition title;
  private final String heading;
  private final List<PrintedLine> lines;
  private final TableFormat format;
  private final ReadReport.Builder report;

  private FinalTableRegion(SourcePosition title, String heading, List<PrintedLine> lines, TableFormat format,
      ReadReport.Builder report) {
    this.title = title;
    this.heading = heading;
    this.lines = lines;
    this.format = format;
    this.report = report;
  }

  /** The table whose title is on line {@code title}, up to line {@code next} (exclusive). */
  static FinalTableRegion of(SourceLines source, int title, int next, TableFormat format, ReadReport.Builder report) {
    List<PrintedLine> lines = new ArrayList<>();
    for (int i = title + 1; i < next && !END.matcher(NoticeLines.compact(source.stripped(i))).find(); i++) {
      lines.add(PrintedLine.of(source, i));
    }
    return new FinalTableRegion(source.start(title), source.stripped(title), lines, format, report);
  }

  /** Where the table's title is printed. */
  SourcePosition title() {
    return title;
  }

  /** The table's title as printed. */
  String heading() {
    return heading;
  }

  List<PrintedLine> lines() {
    return lines;
  }

  TableFormat format() {
    return format;
  }

  ReadReport.Builder report() {
    return report;
  }

  /**
   * Puts a row's figures in their columns; a dash is a blank cell.
   *
   * @return the cells, or empty if a figure cannot be read or placed (reported) or the row prints none
   */
  <C extends Enum<C> & Column> Optional<Cells<C>> cells(List<PrintedLine.Piece> figures, int[] placed,
      List<C> columns) {
    Map<C, PrintedAmount> amounts = new LinkedHashMap<>();
    for (int i = 0; i < figures.size(); i++) {
      PrintedLine.Piece figure = figures.get(i);
      if (placed[i] >= columns.size()) {
        report.add(ReadRule.UNREAD, figure.position(), figure.text(), "final-extra-column",
            Arguments.of("columns", columns.size()));
        return Optional.empty();
      }
      if (figure.kind() == PrintedLine.Kind.FIGURE) {
        try {
          amounts.put(columns.get(placed[i]), format.parse(figure.text()));
        } catch (IllegalArgumentException e) {
          report.add(ReadRule.VALUE, figure.position(), figure.text(), "final-figure",
              Arguments.of("detail", e.getMessage()));
          return Optional.empty();
        }
      }
    }
    return amounts.isEmpty() ? Optional.empty() : Optional.of(Cells.of(amounts));
  }
}
