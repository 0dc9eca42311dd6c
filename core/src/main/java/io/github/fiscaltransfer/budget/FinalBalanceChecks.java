package io.github.fiscaltransfer.budget;

import io.github.fiscaltransfer.money.PrintedAmount;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A 决算 总表 balances: each printed row adds up, 本年支出合计 is the sum of the 类 lines, 总计 = 本年支出合计 + 结余分配 +
 * 年末结转和结余, and the two sides' 总计 agree. A blank cell counts as zero.
 */
final class FinalBalanceChecks {

  private FinalBalanceChecks() {}

  static void check(FinalBalanceTable table, FinalTableId id, String department, Equations equations) {
    String prefix = "/" + id.key();
    TableFormat format = table.format();
    RowChecks.check(table.income(), new Place(id, department, "收入", "", prefix + "/income/total"), format,
        equations);
    for (int i = 0; i < table.lines().size(); i++) {
      ClassLine<FinalOutgoColumn> line = table.lines().get(i);
      Place place = new Place(id, department, line.label(), "", prefix + "/lines/" + i + "/cells/total");
      line.cells().ifPresent(cells -> RowChecks.check(cells, place, format, equations));
    }
    Place current = new Place(id, department, "本年支出合计", "", prefix + "/currentYear/total");
    Place total = new Place(id, department, "支出 总计", "", prefix + "/total/total");
    table.currentYear().ifPresent(cells -> RowChecks.check(cells, current, format, equations));
    table.distribution().ifPresent(cells -> RowChecks.check(cells, new Place(id, department, "结余分配", "",
        prefix + "/distribution/total"), format, equations));
    table.closing().ifPresent(cells -> RowChecks.check(cells, new Place(id, department, "年末结转和结余", "",
        prefix + "/closing/total"), format, equations));
    RowChecks.check(table.total(), total, format, equations);
    for (FinalOutgoColumn column : FinalOutgoColumn.values()) {
      List<PrintedAmount> lines = table.lines().stream().flatMap(l -> l.cells().stream())
          .flatMap(c -> c.get(column).stream()).toList();
      Optional<PrintedAmount> printed = table.currentYear().flatMap(c -> c.get(column));
      if (printed.isPresent() || !lines.isEmpty()) {
        equations.sum(BudgetRule.BALANCE, current.column(column), printed, lines, Phrase.of("class-lines"), format);
      }
      List<PrintedAmount> rows = Stream.of(table.currentYear(), table.distribution(), table.closing())
          .flatMap(Optional::stream).flatMap(c -> c.get(column).stream()).toList();
      Optional<PrintedAmount> sum = table.total().get(column);
      if (sum.isPresent() || !rows.isEmpty()) {
        equations.sum(BudgetRule.BALANCE, total.column(column), sum, rows,
            Phrase.of("final-balance"), format);
      }
    }
    table.income().get(FinalIncomeColumn.TOTAL).ifPresent(income -> equations.sum(BudgetRule.BALANCE,
        total.column(FinalOutgoColumn.TOTAL), table.total().get(FinalOutgoColumn.TOTAL), List.of(income),
        Phrase.of("income-total"), format));
  }
}
