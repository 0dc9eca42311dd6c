package io.github.fiscaltransfer.reader.text;

import io.github.fiscaltransfer.budget.BasicExpenditureTable;
import io.github.fiscaltransfer.budget.FinalOutgoColumn;
import io.github.fiscaltransfer.budget.SubjectRow;
import io.github.fiscaltransfer.budget.SubjectTable;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.reader.ReadRule;
import io.github.fiscaltransfer.validation.Arguments;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads 一般公共预算财政拨款基本支出决算表: economic subjects printed in two halves side by side (人员经费 on the left,
 * 公用经费 on the right), each half read as a table by subject code — the left rows first — and the line with
 * 人员经费合计 and 公用经费合计. A line belongs to the right half if it starts nearer the right half's code column
 * than the left's; otherwise its left half runs to its first figure.
 */
final class BasicExpenditureReader {

  private static final List<FinalOutgoColumn> COLUMNS = List.of(FinalOutgoColumn.TOTAL);

  private BasicExpenditureReader() {}

  /** Reads the table; empty if it prints no 人员经费合计 or 公用经费合计 (a blank template). */
  static Optional<BasicExpenditureTable> read(FinalTableRegion region) {
    int left = 0;
    int split = Integer.MAX_VALUE;
    List<PrintedLine> lefts = new ArrayList<>();
    List<PrintedLine> rights = new ArrayList<>();
    PrintedAmount[] totals = new PrintedAmount[2];
    for (PrintedLine line : region.lines()) {
      List<PrintedLine.Piece> heads = line.pieces().stream()
          .filter(p -> p.text().equals("经济分类") || p.text().equals("科目编码")).toList();
      if (heads.size() == 2) {
        left = heads.get(0).start();
        split = heads.get(1).start();
      } else if (line.text().contains("人员经费") || line.text().contains("公用经费")) {
        totals(line, region, totals);
      } else if (!line.isEmpty() && !SubjectLines.isHeader(line)) {
        halve(line, left, split, lefts, rights);
      }
    }
    List<SubjectRow<FinalOutgoColumn>> rows = new ArrayList<>();
    for (List<PrintedLine> half : List.of(lefts, rights)) {
      for (PrintedRow row : FinalSubjectTableReader.rows(region, half)) {
        row(row, region).ifPresent(rows::add);
      }
    }
    if (totals[0] == null || totals[1] == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(BasicExpenditureTable.of(SubjectTable.ofDepartment(region.format(), rows), totals[0],
          totals[1]));
    } catch (IllegalArgumentException e) {
      region.report().add(ReadRule.VALUE, region.title(), region.heading(), "final-table",
          Arguments.of("detail", e.getMessage()));
      return Optional.empty();
    }
  }

  private static void halve(PrintedLine line, int left, int split, List<PrintedLine> lefts, List<PrintedLine> rights) {
    List<PrintedLine.Piece> pieces = line.pieces();
    if (pieces.get(0).start() >= (left + split) / 2) {
      rights.add(line);
      return;
    }
    int cut = 0;
    while (cut < pieces.size() && !pieces.get(cut).isFigure() && pieces.get(cut).start() < split) {
      cut++;
    }
    cut = cut < pieces.size() && pieces.get(cut).isFigure() ? cut + 1 : cut;
    lefts.add(new PrintedLine(line.index(), pieces.subList(0, cut)));
    if (cut < pieces.size()) {
      rights.add(new PrintedLine(line.index(), pieces.subList(cut, pieces.size())));
    }
  }

  private static Optional<SubjectRow<FinalOutgoColumn>> row(PrintedRow row, FinalTableRegion region) {
    if (FinalSubjectTableReader.blank(row, region)) {
      return Optional.empty();
    }
    if (row.figures().size() != 1) {
      region.report().add(ReadRule.UNREAD, row.position(), row.code(), "final-basic-figures",
          Arguments.of("count", row.figures().size()));
      return Optional.empty();
    }
    return region.cells(row.figures(), new int[] {0}, COLUMNS).flatMap(cells ->
        FinalSubjectTableReader.subject(row, region).map(subject -> SubjectRow.of(subject, cells)));
  }

  private static void totals(PrintedLine line, FinalTableRegion region, PrintedAmount[] totals) {
    int which = -1;
    for (PrintedLine.Piece piece : line.pieces()) {
      if (piece.kind() == PrintedLine.Kind.TEXT) {
        which = piece.text().contains("人员经费") ? 0 : piece.text().contains("公用经费") ? 1 : -1;
      } else if (piece.kind() == PrintedLine.Kind.FIGURE && which >= 0) {
        try {
          totals[which] = region.format().parse(piece.text());
        } catch (IllegalArgumentException e) {
          region.report().add(ReadRule.VALUE, piece.position(), piece.text(), "final-figure",
              Arguments.of("detail", e.getMessage()));
        }
      }
    }
  }
}
