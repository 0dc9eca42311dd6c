package io.github.fiscaltransfer.reader.text;

import io.github.fiscaltransfer.reader.ReadReport;
import io.github.fiscaltransfer.reader.ReadRule;
import io.github.fiscaltransfer.validation.Arguments;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Places the figures of a table's rows in its columns by where they end (figures are right-aligned), so that a
 * blank cell leaves its column empty instead of letting the next figure slide into it. The figure positions are
 * learned from the rows that print the most figures. A table whose first column every printing row fills
 * ({@code 合计}, {@code 本年支出合计}) places each figure by its distance from the row's first one, which survives a
 * name that pushes a row's figures along; which columns the fullest rows print is told by the header, each figure
 * going to the heading whose distance from the first heading is nearest in proportion (a layout text may widen the
 * header against the figures, never reorder it); without all headings, the fullest rows print the first columns.
 * Any other table places figures by the column they end at.
 */
final class ColumnPlacer {

  /** How far, in display columns, a figure may end from its column's end and still be placed in it. */
  static final int SLACK = 4;

  private final List<Integer> ends;
  private final List<Integer> columns;
  private final boolean firstFilled;

  private ColumnPlacer(List<Integer> ends, List<Integer> columns, boolean firstFilled) {
    this.ends = ends;
    this.columns = columns;
    this.firstFilled = firstFilled;
  }

  /**
   * Learns the columns from rows of figures.
   *
   * @param rows each row's figures, in printed order
   * @param firstFilled whether every printing row fills the first column
   * @param headings where the header centres each column's heading, all columns', or empty
   */
  static ColumnPlacer learn(List<List<PrintedLine.Piece>> rows, boolean firstFilled, List<Integer> headings) {
    List<PrintedLine.Piece> fullest = rows.stream().max((a, b) -> Integer.compare(a.size(), b.size()))
        .orElse(List.of());
    List<Integer> ends = new ArrayList<>();
    fullest.forEach(piece -> ends.add(firstFilled ? piece.end() - fullest.get(0).end() : piece.end()));
    List<Integer> columns = new ArrayList<>();
    for (int i = 0; i < ends.size(); i++) {
      columns.add(i);
    }
    if (firstFilled && !headings.isEmpty() && ends.size() > 1 && ends.size() <= headings.size()) {
      columns = byHeadings(ends, headings);
    }
    return new ColumnPlacer(ends, columns, firstFilled);
  }

  /** Each figure after the first to the heading whose offset from the first heading is nearest in proportion. */
  private static List<Integer> byHeadings(List<Integer> ends, List<Integer> headings) {
    List<Integer> columns = new ArrayList<>(List.of(0));
    for (int i = 1; i < ends.size(); i++) {
      int best = -1;
      Misfit fit = Misfit.NONE;
      int last = headings.size() - (ends.size() - i);
      for (int c = columns.get(i - 1) + 1; c <= last; c++) {
        Misfit misfit = Misfit.of(ends.get(i), headings.get(c) - headings.get(0));
        if (best < 0 || misfit.fitsBetterThan(fit)) {
          best = c;
          fit = misfit;
        }
      }
      columns.add(best);
    }
    return columns;
  }

  /**
   * How far apart in proportion two offsets (display columns) are: the larger over the smaller, compared exactly as
   * integers; {@link #NONE} where either offset is not positive, which fits worse than any proportion.
   */
  private record Misfit(long larger, long smaller) {

    static final Misfit NONE = new Misfit(1, 0);

    static Misfit of(int end, int heading) {
      return end <= 0 || heading <= 0 ? NONE : new Misfit(Math.max(end, heading), Math.min(end, heading));
    }

    boolean fitsBetterThan(Misfit other) {
      return smaller != 0 && (other.smaller == 0 || larger * other.smaller < other.larger * smaller);
    }
  }

  /**
   * Places one row's figures.
   *
   * @param figures the row's figures, in printed order
   * @param report where a figure that fits no column is reported
   * @return the column index of each figure, or empty if one could not be placed
   */
  Optional<int[]> place(List<PrintedLine.Piece> figures, ReadReport.Builder report) {
    int[] placed = new int[figures.size()];
    int from = 0;
    for (int i = 0; i < figures.size(); i++) {
      int at = firstFilled ? figures.get(i).end() - figures.get(0).end() : figures.get(i).end();
      int best = -1;
      for (int c = from; c < ends.size(); c++) {
        if (Math.abs(ends.get(c) - at) <= SLACK
            && (best < 0 || Math.abs(ends.get(c) - at) < Math.abs(ends.get(best) - at))) {
          best = c;
        }
      }
      if (best < 0 || firstFilled && i == 0 && best != 0) {
        report.add(ReadRule.AMBIGUOUS, figures.get(i).position(), figures.get(i).text(), "final-column",
            Arguments.none());
        return Optional.empty();
      }
      placed[i] = columns.get(best);
      from = best + 1;
    }
    return Optional.of(placed);
  }
}
