package io.github.fiscaltransfer.reader.text;

import io.github.fiscaltransfer.reader.LocatedText;
import java.util.ArrayList;
import java.util.List;

/** One tab-separated line of a department budget table: its cells, each stripped, with where each starts. */
record BudgetRow(List<LocatedText> cells) {

  /** Splits a line at its tabs. */
  static BudgetRow of(SourceLines lines, int index) {
    String line = lines.line(index);
    List<LocatedText> cells = new ArrayList<>();
    int start = 0;
    for (String cell : line.split("\t", -1)) {
      int lead = cell.length() - cell.stripLeading().length();
      cells.add(new LocatedText(cell.strip(), lines.at(index, start + lead)));
      start += cell.length() + 1;
    }
    return new BudgetRow(List.copyOf(cells));
  }

  /** Returns the text of a cell, blank past the last cell. */
  String text(int column) {
    return column < cells.size() ? cells.get(column).text() : "";
  }

  /** Returns whether any cell holds a figure (a header line holds none). */
  boolean hasFigure() {
    return cells.stream().anyMatch(cell -> !cell.text().isEmpty() && FigureText.isFigure(cell.text().replace(" ", "")));
  }
}
