package io.github.fiscaltransfer.reader.text;

import io.github.fiscaltransfer.reader.ReadReport;
import io.github.fiscaltransfer.reader.ReadRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Places the figures of a table's rows in its columns by where they end (figures are right-aligned), so that a
 * blank cell leaves its column empty instead of letting the next figure slide into it. The columns are learned
 * from the rows that print the most figures, taken to be the table's first columns in printed order. A table whose
 * first column every printing row fills ({@code 合计}, {@code 本年支出合计}) places each figure by its distance from
 * the row's first one, which survives a name that pushes a row's figures along; any other table places figures by
 * the column they end at.
 */
final class ColumnPlacer {

  /** How far, in display columns, a figure may end from its column's end and still be placed in it. */
  static final int SLACK = 4;

  private final List<Integer> ends;
  private final boolean firstFilled;

  private ColumnPlacer(List<Integer> ends, boolean firstFilled) {
    this.ends = ends;
    this.firstFilled = firstFilled;
  }

  /**
   * Learns the columns from rows of figures.
   *
   * @param rows each row's figures, in printed order
   * @param firstFilled whether every printing row fills the first column
   */
  static ColumnPlacer learn(List<List<PrintedLine.Piece>> rows, boolean firstFilled) {
    List<PrintedLine.Piece> fullest = rows.stream().max((a, b) -> Integer.compare(a.size(), b.size()))
        .orElse(List.of());
    List<Integer> ends = new ArrayList<>();
    fullest.forEach(piece -> ends.add(firstFilled ? piece.end() - fullest.get(0).end() : piece.end()));
    return new ColumnPlacer(ends, firstFilled);
  }

  /** How many columns the fullest row prints. */
  int columns() {
    return ends.size();
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
        if (Math.abs(ends.get(c) - at) <= SLACK && (best < 0 || Math.abs(ends.get(c) - at) < Math.abs(ends.get(best) - at))) {
          best = c;
        }
      }
      if (best < 0 || firstFilled && i == 0 && best != 0) {
        report.add(ReadRule.AMBIGUOUS, figures.get(i).position(), figures.get(i).text(),
            "a figure that ends under no column of the table's fullest rows: its column is unknown");
        return Optional.empty();
      }
      placed[i] = best;
      from = best + 1;
    }
    return Optional.of(placed);
  }
}
