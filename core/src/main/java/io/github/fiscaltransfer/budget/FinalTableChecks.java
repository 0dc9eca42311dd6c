package io.github.fiscaltransfer.budget;

import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.subject.SubjectLevel;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** The 决算 tables of their own shape: 基本支出 by economic classification, "三公" 预算数/决算数, the fund tables. */
final class FinalTableChecks {

  private FinalTableChecks() {}

  /** Each economic 类 = Σ款; 人员经费合计 + 公用经费合计 = Σ类. */
  static void basic(BasicExpenditureTable table, String department, Equations equations) {
    FinalTableId id = FinalTableId.BASIC_EXPENDITURE;
    new SubjectChecks(id, "/" + id.key(), department, equations).check(table.rows());
    List<PrintedAmount> classes = table.rows().sections().stream().flatMap(s -> s.rows().stream())
        .filter(row -> row.subject().code().level() == SubjectLevel.CLASS)
        .flatMap(row -> row.cells().get(FinalOutgoColumn.TOTAL).stream()).toList();
    BigDecimal yuan = classes.stream().map(PrintedAmount::toYuan).reduce(BigDecimal.ZERO, BigDecimal::add);
    Place place = new Place(id, department, "人员经费合计", "", "/" + id.key() + "/personnel");
    equations.compare(BudgetRule.BASIC_SPLIT, place, table.personnel(), yuan.subtract(table.publicUse().toYuan()),
        classes.size() + 2, Phrase.of("economic").with("amount", table.publicUse()), table.format());
  }

  /** 合计 = its parts, 公用车 = 购置 + 运行维护, in the 预算数 row and in the 决算数 row. */
  static void threePublic(ThreePublicFinalTable table, String department, Equations equations) {
    String at = "/" + FinalTableId.THREE_PUBLIC.key();
    table.budgeted().ifPresent(cells -> RowChecks.check(cells, new Place(FinalTableId.THREE_PUBLIC, department,
        "预算数", "", at + "/budgeted/total"), table.format(), equations));
    table.actual().ifPresent(cells -> RowChecks.check(cells, new Place(FinalTableId.THREE_PUBLIC, department,
        "决算数", "", at + "/actual/total"), table.format(), equations));
  }

  /** On each row of a fund table: 年末结转和结余 = 年初结转和结余 + 本年收入 − 本年支出. */
  static void carryForward(SubjectTable<FundColumn> table, FinalTableId id, String department,
      Equations equations) {
    table.total().ifPresent(total ->
        carryForward(total, new Place(id, department, "合计", "", "/" + id.key() + "/total/closing"), table,
            equations));
    for (int s = 0; s < table.sections().size(); s++) {
      List<SubjectRow<FundColumn>> rows = table.sections().get(s).rows();
      for (int i = 0; i < rows.size(); i++) {
        carryForward(rows.get(i).cells(), new Place(id, department, rows.get(i).subject().toString(), "",
            "/" + id.key() + "/sections/" + s + "/rows/" + i + "/closing"), table, equations);
      }
    }
  }

  private static void carryForward(Cells<FundColumn> cells, Place place, SubjectTable<FundColumn> table,
      Equations equations) {
    BigDecimal expected = yuan(cells.get(FundColumn.OPENING)).add(yuan(cells.get(FundColumn.INCOME)))
        .subtract(yuan(cells.get(FundColumn.EXPENDITURE)));
    Optional<PrintedAmount> closing = cells.get(FundColumn.CLOSING);
    equations.compare(BudgetRule.CARRY_FORWARD, place.column(FundColumn.CLOSING),
        yuan(closing), closing.map(Object::toString).orElse(Equations.BLANK), expected, 4,
        Phrase.of("carry"), table.format());
  }

  private static BigDecimal yuan(Optional<PrintedAmount> amount) {
    return amount.map(PrintedAmount::toYuan).orElse(BigDecimal.ZERO);
  }
}
