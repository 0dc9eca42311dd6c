package io.github.fiscaltransfer.reader.text;

import io.github.fiscaltransfer.reader.ReadReport;
import io.github.fiscaltransfer.reader.ReadRule;
import io.github.fiscaltransfer.reader.SourcePosition;
import io.github.fiscaltransfer.validation.Arguments;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Joins names that a table wraps onto lines of their own (折行) to their rows. A name is split between two rows by
 * how the table sets its names: if every row prints its name beside its code, names are top-aligned and every
 * wrapped part continues the row above; otherwise names are centred on their row, so a row takes as many parts
 * below it as it took above, leaving the next row at least one part when that row prints no name of its own. A
 * part that no row can take is a {@code read.unread} finding.
 */
final class WrappedNames {

  /** A line of text only: part of a wrapped name. */
  record Fragment(String text, SourcePosition position) {}

  private WrappedNames() {}

  /**
   * Joins the fragments among the rows.
   *
   * @param items rows and fragments in printed order
   * @param isTotal which row codes are totals (合计), which take no wrapped part
   * @return the rows, in printed order
   */
  static List<PrintedRow> join(List<Object> items, Predicate<String> isTotal, ReadReport.Builder report) {
    boolean centred = items.stream().anyMatch(i -> i instanceof PrintedRow row && !row.namedOnLine()
        && !isTotal.test(row.code()));
    List<PrintedRow> rows = new ArrayList<>();
    PrintedRow previous = null;
    List<Fragment> between = new ArrayList<>();
    for (Object item : items) {
      if (item instanceof Fragment fragment) {
        between.add(fragment);
        continue;
      }
      PrintedRow row = (PrintedRow) item;
      boolean total = isTotal.test(row.code());
      int below = previous == null ? 0 : centred
          ? Math.max(0, Math.min(previous.above(), between.size() - (!total && !row.namedOnLine() ? 1 : 0)))
          : between.size();
      PrintedRow above = previous;
      between.subList(0, below).forEach(f -> above.addBelow(f.text()));
      for (Fragment rest : between.subList(below, between.size())) {
        if (total) {
          unread(rest, "final-between-rows", report);
        } else {
          row.addAbove(rest.text());
        }
      }
      between = new ArrayList<>();
      rows.add(row);
      previous = total ? null : row;
    }
    int below = previous == null ? 0 : centred ? Math.min(previous.above(), between.size()) : between.size();
    PrintedRow last = previous;
    between.subList(0, below).forEach(f -> last.addBelow(f.text()));
    between.subList(below, between.size()).forEach(f -> unread(f, "final-after-rows", report));
    return rows;
  }

  private static void unread(Fragment fragment, String variant, ReadReport.Builder report) {
    report.add(ReadRule.UNREAD, fragment.position(), fragment.text(), variant, Arguments.none());
  }
}
