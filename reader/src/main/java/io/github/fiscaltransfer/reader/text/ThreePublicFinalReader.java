package io.github.fiscaltransfer.reader.text;

import io.github.fiscaltransfer.budget.Cells;
import io.github.fiscaltransfer.budget.ThreePublicColumn;
import io.github.fiscaltransfer.budget.ThreePublicFinalTable;
import io.github.fiscaltransfer.reader.ReadRule;
import io.github.fiscaltransfer.validation.Arguments;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Reads 财政拨款"三公"经费支出决算表: one line of figures, 预算数 and 决算数 for each heading, the headings in the order
 * the header prints them (合计, 因公出国（境）费, 小计, 公务用车购置费, 公务用车运行维护费, 公务接待费 in the standard
 * form). A table with no figures is empty (本表无数据); one that prints some but not a pair for every heading is
 * reported, not guessed at.
 */
final class ThreePublicFinalReader {

  private static final Map<ThreePublicColumn, Predicate<String>> HEADINGS = Map.of(
      ThreePublicColumn.TOTAL, "合计"::equals,
      ThreePublicColumn.OVERSEAS, h -> h.startsWith("因公出国"),
      ThreePublicColumn.VEHICLES, "小计"::equals,
      ThreePublicColumn.VEHICLE_PURCHASE, h -> h.equals("购置费") || h.equals("公务用车购置费"),
      ThreePublicColumn.VEHICLE_RUNNING, h -> h.equals("运行维护费") || h.equals("公务用车运行维护费"),
      ThreePublicColumn.RECEPTION, "公务接待费"::equals);
  private static final List<ThreePublicColumn> STANDARD = List.of(ThreePublicColumn.TOTAL,
      ThreePublicColumn.OVERSEAS, ThreePublicColumn.VEHICLES, ThreePublicColumn.VEHICLE_PURCHASE,
      ThreePublicColumn.VEHICLE_RUNNING, ThreePublicColumn.RECEPTION);

  private ThreePublicFinalReader() {}

  /** Reads the table; empty (reported) if its figures do not fill a pair for every heading. */
  static Optional<ThreePublicFinalTable> read(FinalTableRegion region) {
    List<PrintedLine.Piece> figures = new ArrayList<>();
    List<PrintedLine.Piece> headings = new ArrayList<>();
    for (PrintedLine line : region.lines()) {
      figures.addAll(line.figures());
      line.pieces().stream().filter(p -> p.kind() == PrintedLine.Kind.TEXT).forEach(headings::add);
    }
    if (figures.isEmpty()) {
      return Optional.of(ThreePublicFinalTable.of(region.format(), Optional.empty(), Optional.empty()));
    }
    List<ThreePublicColumn> columns = order(headings);
    if (figures.size() != 2 * columns.size()) {
      region.report().add(ReadRule.AMBIGUOUS, figures.get(0).position(), figures.get(0).text(), "final-three-public",
          Arguments.of("count", figures.size()).and("headings", columns.size()));
      return Optional.empty();
    }
    int[] budgeted = new int[columns.size()];
    int[] actual = new int[columns.size()];
    List<PrintedLine.Piece> budgets = new ArrayList<>();
    List<PrintedLine.Piece> actuals = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      budgeted[i] = i;
      actual[i] = i;
      budgets.add(figures.get(2 * i));
      actuals.add(figures.get(2 * i + 1));
    }
    Optional<Cells<ThreePublicColumn>> budget = region.cells(budgets, budgeted, columns);
    Optional<Cells<ThreePublicColumn>> spent = region.cells(actuals, actual, columns);
    return Optional.of(ThreePublicFinalTable.of(region.format(), budget, spent));
  }

  /** The headings in printed order, told by where the header prints them; the standard order if any is missing. */
  private static List<ThreePublicColumn> order(List<PrintedLine.Piece> headings) {
    List<ThreePublicColumn> found = new ArrayList<>();
    Map<ThreePublicColumn, Integer> at = new java.util.EnumMap<>(ThreePublicColumn.class);
    HEADINGS.forEach((column, test) -> headings.stream().filter(p -> test.test(p.text().replace(" ", ""))).findFirst()
        .ifPresent(p -> at.put(column, p.start())));
    if (at.size() != STANDARD.size()) {
      return STANDARD;
    }
    found.addAll(at.keySet());
    found.sort(Comparator.comparing(at::get));
    return found;
  }
}
