package io.github.fiscaltransfer.budget;

import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.subject.SubjectLevel;
import java.util.List;

/** 收支总表 and 政府预算拨款收支总表 balance: each side adds up and 收入总计 = 支出总计. */
final class BalanceChecks {

  private BalanceChecks() {}

  static void check(BalanceTable table, TableId id, String department, Equations equations) {
    String prefix = "/" + id.key();
    TableFormat format = table.format();
    RowChecks.check(table.revenue(), new Place(id, department, "收入", "", prefix + "/revenue/total"), format,
        equations);
    new SubjectChecks(id, prefix + "/expenditure", department, equations).check(table.expenditure());
    List<PrintedAmount> classes = table.expenditure().sections().stream().flatMap(s -> s.rows().stream())
        .filter(row -> row.subject().code().level() == SubjectLevel.CLASS)
        .map(row -> row.cells().get(ExpenditureColumn.TOTAL).orElseThrow()).toList();
    equations.sum(BudgetRule.BALANCE, place(id, department, "本年支出合计", prefix + "/currentExpenditure"),
        table.currentExpenditure(), classes, Phrase.of("class-lines"), format);
    Place total = place(id, department, "支出总计", prefix + "/totalExpenditure");
    equations.sum(BudgetRule.BALANCE, total, table.totalExpenditure(),
        List.of(table.currentExpenditure(), table.carryForward()), Phrase.of("current-carry"), format);
    equations.sum(BudgetRule.BALANCE, total, table.totalExpenditure(),
        List.of(table.revenue().get(RevenueColumn.TOTAL).orElseThrow()), Phrase.of("revenue-total"), format);
  }

  private static Place place(TableId id, String department, String row, String pointer) {
    return new Place(id, department, row, "", pointer);
  }
}
