package io.github.fiscaltransfer.reader.text;

import io.github.fiscaltransfer.budget.Cells;
import io.github.fiscaltransfer.budget.ClassLine;
import io.github.fiscaltransfer.budget.FinalBalanceTable;
import io.github.fiscaltransfer.budget.FinalIncomeColumn;
import io.github.fiscaltransfer.budget.FinalOutgoColumn;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.reader.ReadRule;
import io.github.fiscaltransfer.validation.Arguments;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a 决算 总表 (收入支出决算总表, 财政拨款收入支出决算总表) from its laid-out lines: each label with the figures
 * printed after it, the income side's labels known by name ({@link FinalIncomeColumn}; under 年初结转和结余 the three
 * 财政拨款 lines are its parts), the expenditure side's numbered 类 lines (a name wrapped onto the next line
 * joined), 本年支出合计, 结余分配, 年末结转和结余 and the second 总计 on a line, their figures in the
 * {@link FinalOutgoColumn} columns.
 */
final class FinalBalanceReader {

  private static final Pattern NUMBERED = Pattern.compile("^[一二三四五六七八九十]+、");
  private static final List<FinalOutgoColumn> OUTGO = Arrays.asList(FinalOutgoColumn.values());

  private record Segment(String label, List<PrintedLine.Piece> figures, PrintedLine.Piece at) {}

  private final FinalTableRegion region;
  private final Map<FinalIncomeColumn, PrintedAmount> income = new EnumMap<>(FinalIncomeColumn.class);
  private final List<Segment> outgo = new ArrayList<>();
  private boolean opening;

  private FinalBalanceReader(FinalTableRegion region) {
    this.region = region;
  }

  /** Reads the table; empty if it prints no income figure or no 总计 (a blank template). */
  static Optional<FinalBalanceTable> read(FinalTableRegion region) {
    FinalBalanceReader reader = new FinalBalanceReader(region);
    boolean started = false;
    for (PrintedLine line : region.lines()) {
      started |= !line.isEmpty() && NUMBERED.matcher(line.pieces().get(0).text()).find();
      if (started && !line.isEmpty()) {
        reader.line(line);
      }
    }
    return reader.build();
  }

  private void line(PrintedLine line) {
    List<Segment> segments = new ArrayList<>();
    for (PrintedLine.Piece piece : line.pieces()) {
      if (piece.isFigure() && !segments.isEmpty()) {
        segments.get(segments.size() - 1).figures().add(piece);
      } else if (piece.isFigure()) {
        region.report().add(ReadRule.UNREAD, piece.position(), piece.text(), "final-no-label", Arguments.none());
      } else {
        segments.add(new Segment(piece.text().replace(" ", ""), new ArrayList<>(), piece));
      }
    }
    boolean totalSeen = false;
    for (Segment segment : segments) {
      totalSeen = segment(segment, totalSeen);
    }
  }

  /** Reads one label and its figures; returns whether a 总计 has been seen on the line. */
  private boolean segment(Segment segment, boolean totalSeen) {
    String name = NUMBERED.matcher(segment.label()).replaceFirst("");
    Optional<FinalIncomeColumn> column = "总计".equals(name) ? Optional.of(FinalIncomeColumn.TOTAL).filter(t -> !totalSeen)
        : income(name);
    if (column.isPresent()) {
      opening |= column.get() == FinalIncomeColumn.OPENING;
      incomeFigure(column.get(), segment);
    } else if (NUMBERED.matcher(segment.label()).find() || isOutgoTotal(name)) {
      outgo.add(segment);
    } else if (!outgo.isEmpty() && segment.figures().isEmpty() && isClassLine(outgo.get(outgo.size() - 1))) {
      Segment last = outgo.remove(outgo.size() - 1);
      outgo.add(new Segment(last.label() + segment.label(), last.figures(), last.at()));
    } else {
      region.report().add(ReadRule.UNREAD, segment.at().position(), segment.label(), "final-label",
          Arguments.none());
    }
    return totalSeen || "总计".equals(name);
  }

  private void incomeFigure(FinalIncomeColumn column, Segment segment) {
    List<PrintedLine.Piece> figures = segment.figures().stream().filter(p -> p.kind() == PrintedLine.Kind.FIGURE)
        .toList();
    if (figures.size() > 1) {
      region.report().add(ReadRule.UNREAD, figures.get(1).position(), figures.get(1).text(), "final-second-income",
          Arguments.of("label", segment.label()));
    } else if (!figures.isEmpty()) {
      try {
        income.put(column, region.format().parse(figures.get(0).text()));
      } catch (IllegalArgumentException e) {
        region.report().add(ReadRule.VALUE, figures.get(0).position(), figures.get(0).text(), "final-figure",
            Arguments.of("detail", e.getMessage()));
      }
    }
  }

  private Optional<FinalIncomeColumn> income(String name) {
    if (name.startsWith("年初") && name.contains("结转和结余")) {
      return Optional.of(FinalIncomeColumn.OPENING);
    }
    if (name.startsWith("使用非财政拨款结余")) {
      return Optional.of(FinalIncomeColumn.NON_FISCAL_BALANCE);
    }
    for (FinalIncomeColumn column : List.of(FinalIncomeColumn.GENERAL_PUBLIC, FinalIncomeColumn.GOVERNMENT_FUND,
        FinalIncomeColumn.STATE_CAPITAL)) {
      if (name.startsWith(column.label().replace("收入", ""))) {
        return Optional.of(opening ? FinalIncomeColumn.valueOf("OPENING_" + column.name()) : column);
      }
    }
    return Arrays.stream(FinalIncomeColumn.values()).filter(c -> c.label().equals(name)).findFirst();
  }

  private static boolean isOutgoTotal(String name) {
    return name.equals("本年支出合计") || name.equals("结余分配") || name.equals("总计")
        || name.startsWith("年末") && name.contains("结转和结余");
  }

  private static boolean isClassLine(Segment segment) {
    return NUMBERED.matcher(segment.label()).find();
  }

  private Optional<FinalBalanceTable> build() {
    ColumnPlacer placer = ColumnPlacer.learn(outgo.stream().map(Segment::figures).toList(), true, List.of());
    FinalBalanceTable.Builder table = FinalBalanceTable.builder().format(region.format());
    boolean total = false;
    for (Segment segment : outgo) {
      Optional<Cells<FinalOutgoColumn>> cells = segment.figures().isEmpty() ? Optional.empty()
          : placer.place(segment.figures(), region.report())
              .flatMap(placed -> region.cells(segment.figures(), placed, OUTGO));
      String name = segment.label();
      if (isClassLine(segment)) {
        table.addLines(ClassLine.of(name, cells));
      } else if (name.equals("本年支出合计")) {
        table.currentYear(cells);
      } else if (name.equals("结余分配")) {
        table.distribution(cells);
      } else if (name.equals("总计") && cells.isPresent()) {
        table.total(cells.get());
        total = true;
      } else if (!name.equals("总计")) {
        table.closing(cells);
      }
    }
    if (income.isEmpty() || !total) {
      return Optional.empty();
    }
    return Optional.of(table.income(Cells.of(income)).build());
  }
}
