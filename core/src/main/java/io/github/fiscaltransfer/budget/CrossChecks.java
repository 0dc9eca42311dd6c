package io.github.fiscaltransfer.budget;

import static io.github.fiscaltransfer.budget.ExpenditureColumn.BASIC;
import static io.github.fiscaltransfer.budget.ExpenditureColumn.PROJECT;
import static io.github.fiscaltransfer.budget.ExpenditureColumn.TOTAL;

import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.money.RoundingEnvelope;
import io.github.fiscaltransfer.subject.SubjectCode;
import io.github.fiscaltransfer.validation.Arguments;
import io.github.fiscaltransfer.validation.JsonPointer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The ties between the tables of one department budget. */
final class CrossChecks {

  private final DepartmentBudget budget;
  private final Equations equations;

  CrossChecks(DepartmentBudget budget, Equations equations) {
    this.budget = budget;
    this.equations = equations;
  }

  void check() {
    budget.revenue().ifPresent(revenue -> {
      budget.expenditure().ifPresent(expenditure -> revenueAgainstExpenditure(revenue, expenditure));
      functionTablesAgainstRevenue(revenue);
    });
    budget.appropriations().ifPresent(this::appropriationsBySubject);
    budget.appropriations().ifPresent(appropriations ->
        budget.summary().ifPresent(summary -> summaryAgainstAppropriations(summary, appropriations)));
    budget.performance().ifPresent(this::performanceAgainstBalances);
    budget.expenditure().ifPresent(this::projectsAgainstExpenditure);
  }

  /** 收入总表's 收入总计 of a unit = 支出总表's 支出总计. */
  private void revenueAgainstExpenditure(GridTable<RevenueColumn> revenue, GridTable<ExpenditureColumn> spent) {
    for (int i = 0; i < spent.rows().size(); i++) {
      Row<ExpenditureColumn> row = spent.rows().get(i);
      Optional<PrintedAmount> income = revenue.row(row.label()).flatMap(r -> r.cells().get(RevenueColumn.TOTAL));
      Optional<PrintedAmount> total = row.cells().get(TOTAL);
      if (income.isPresent() && total.isPresent()) {
        Place place = new Place(TableId.EXPENDITURE, row.label(), "", TOTAL.label(),
            "/" + TableId.EXPENDITURE.key() + "/rows/" + i + "/cells/total");
        equations.sum(BudgetRule.CROSS_UNIT, place, total.get(), List.of(income.get()),
            Phrase.of("revenue-in").with("table", TableId.REVENUE), spent.format());
      }
    }
  }

  /**
   * A unit's total in the function tables = its 政府预算拨款 and 上年结余、结转 in 收入总表 (the carry-over that
   * 政府预算拨款收支总表 counts as appropriation); its 一般公共预算 基本支出 = its 基本支出拨款.
   */
  private void functionTablesAgainstRevenue(GridTable<RevenueColumn> revenue) {
    budget.generalPublic().ifPresent(general -> {
      for (int s = 0; s < general.sections().size(); s++) {
        SubjectSection<ExpenditureColumn> section = general.sections().get(s);
        Optional<Row<RevenueColumn>> income = section.unit().flatMap(revenue::row);
        if (income.isEmpty() || section.total().isEmpty()) {
          continue;
        }
        String at = "/" + TableId.GENERAL_PUBLIC.key() + "/sections/" + s + "/total/";
        Place place = new Place(TableId.GENERAL_PUBLIC, section.unit().get(), "合计", TOTAL.label(), at + "total");
        List<PrintedAmount> spent = Stream.of(budget.generalPublic(), budget.governmentFund(), budget.stateCapital())
            .flatMap(Optional::stream).flatMap(t -> t.section(section.unit().get()).stream())
            .flatMap(u -> u.total().stream()).flatMap(c -> c.get(TOTAL).stream()).toList();
        List<PrintedAmount> funded = Stream.of(RevenueColumn.GENERAL_PUBLIC, RevenueColumn.GOVERNMENT_FUND,
                RevenueColumn.STATE_CAPITAL, RevenueColumn.CARRY_OVER)
            .flatMap(c -> income.get().cells().get(c).stream()).toList();
        equations.compare(BudgetRule.CROSS_UNIT, place, spent.get(0), yuan(funded).subtract(yuan(spent.subList(1,
                spent.size()))), spent.size() + funded.size(),
            Phrase.of("appropriation-less").with("table", TableId.REVENUE),
            general.format());
        Optional<PrintedAmount> basic = income.get().cells().get(RevenueColumn.GENERAL_BASIC);
        Optional<PrintedAmount> printed = section.total().get().get(BASIC);
        if (basic.isPresent() && printed.isPresent()) {
          equations.sum(BudgetRule.CROSS_UNIT, place.column(BASIC), printed.get(), List.of(basic.get()),
              Phrase.of("basic-in").with("table", TableId.REVENUE), general.format());
        }
      }
    });
  }

  /** Per subject, 政府预算拨款收支总表 = 一般公共预算 + 政府性基金 + 国有资本经营 tables. */
  private void appropriationsBySubject(BalanceTable appropriations) {
    List<SubjectTable<ExpenditureColumn>> functions = Stream.of(budget.generalPublic(), budget.governmentFund(),
            budget.stateCapital())
        .flatMap(Optional::stream).toList();
    if (functions.isEmpty()) {
      return;
    }
    SubjectSection<ExpenditureColumn> rows = appropriations.expenditure().sections().get(0);
    for (int i = 0; i < rows.rows().size(); i++) {
      SubjectRow<ExpenditureColumn> row = rows.rows().get(i);
      SubjectCode code = row.subject().code();
      List<PrintedAmount> parts = functions.stream().flatMap(t -> t.sections().stream())
          .flatMap(s -> s.rows().stream()).filter(r -> r.subject().code().equals(code))
          .flatMap(r -> r.cells().get(TOTAL).stream()).toList();
      Place place = new Place(TableId.APPROPRIATIONS, budget.department(), row.subject().toString(), TOTAL.label(),
          "/" + TableId.APPROPRIATIONS.key() + "/expenditure/sections/0/rows/" + i + "/total");
      equations.sum(BudgetRule.CROSS_SUBJECT, place, row.cells().get(TOTAL).orElseThrow(), parts,
          Phrase.of("units-rows"), appropriations.format());
    }
  }

  /** 收支总表 less 单位资金 and 财政专户管理资金 = 政府预算拨款收支总表, and both print the same 政府预算拨款. */
  private void summaryAgainstAppropriations(BalanceTable summary, BalanceTable appropriations) {
    String at = "/" + TableId.APPROPRIATIONS.key() + "/revenue/";
    PrintedAmount total = summary.revenue().get(RevenueColumn.TOTAL).orElseThrow();
    List<PrintedAmount> outside = Stream.of(RevenueColumn.UNIT_FUNDS, RevenueColumn.SPECIAL_ACCOUNT)
        .flatMap(c -> summary.revenue().get(c).stream()).toList();
    equations.compare(BudgetRule.CROSS_TOTAL, revenuePlace(RevenueColumn.TOTAL, at),
        appropriations.revenue().get(RevenueColumn.TOTAL).orElseThrow(), total.toYuan().subtract(yuan(outside)),
        2 + outside.size(), Phrase.of("summary-less").with("table", TableId.SUMMARY),
        appropriations.format());
    summary.revenue().get(RevenueColumn.APPROPRIATION).ifPresent(printed ->
        appropriations.revenue().get(RevenueColumn.APPROPRIATION).ifPresent(own -> equations.sum(
            BudgetRule.CROSS_TOTAL, revenuePlace(RevenueColumn.APPROPRIATION, at), own,
            List.of(printed), Phrase.of("appropriation-in").with("table", TableId.SUMMARY), appropriations.format())));
  }

  /** 绩效目标表's 金额合计 = 收支总表's 支出总计, and its 财政拨款 = 政府预算拨款收支总表's 支出总计. */
  private void performanceAgainstBalances(PerformanceGoalTable performance) {
    String at = "/" + TableId.PERFORMANCE.key() + "/totals/";
    BudgetTask totals = performance.totals();
    budget.summary().ifPresent(summary -> equations.sum(BudgetRule.CROSS_TOTAL,
        totalsPlace("总额", at + "total"), totals.total(), List.of(summary.totalExpenditure()),
        Phrase.of("expenditure-in").with("table", TableId.SUMMARY), performance.format()));
    budget.appropriations().ifPresent(appropriations -> totals.fiscal().ifPresent(fiscal -> equations.sum(
        BudgetRule.CROSS_TOTAL, totalsPlace("财政拨款", at + "fiscal"), fiscal,
        List.of(appropriations.totalExpenditure()), Phrase.of("expenditure-in").with("table", TableId.APPROPRIATIONS),
        performance.format())));
  }

  /**
   * 项目支出总表 against 支出总表's 项目支出: with a printed total, they agree; without one, rows that fall short of
   * 项目支出 are what they are, a table missing rows, and are reported so.
   */
  private void projectsAgainstExpenditure(GridTable<ExpenditureColumn> expenditure) {
    budget.projectExpenditure().ifPresent(projects -> {
      List<PrintedAmount> units = expenditure.total().map(t -> t.get(PROJECT).stream().toList())
          .orElseGet(() -> expenditure.rows().stream().flatMap(r -> r.cells().get(PROJECT).stream()).toList());
      String at = "/" + TableId.PROJECT_EXPENDITURE.key() + "/total/total";
      Place place = place(TableId.PROJECT_EXPENDITURE, "总计", at);
      if (projects.total().isPresent()) {
        equations.compare(BudgetRule.CROSS_TOTAL, place, projects.total().get().get(RevenueColumn.TOTAL)
            .orElseThrow(), yuan(units), 1 + units.size(), Phrase.of("projects-in").with("table", TableId.EXPENDITURE),
            projects.format());
        return;
      }
      List<PrintedAmount> rows = projects.rows().stream().flatMap(r -> r.cells().get(RevenueColumn.TOTAL).stream())
          .toList();
      BigDecimal rowsYuan = yuan(rows);
      String sum = projects.format().print(rowsYuan);
      BigDecimal shortfall = projects.format().unit().fromYuan(yuan(units).subtract(rowsYuan));
      RoundingEnvelope envelope = RoundingEnvelope.of(rows.size() + units.size(), projects.format().unit(),
          projects.format().scale());
      if (shortfall.signum() > 0 && !Equations.PRECISION.explains(shortfall, envelope)) {
        String expected = projects.format().print(yuan(units));
        equations.add(BudgetRule.TABLE_INCOMPLETE.finding(JsonPointer.parse(at), expected, sum,
            Arguments.of("place", place.describe()).and("rows", rows.size()).and("sum", sum)
                .and("shortfall", projects.format().print(yuan(units).subtract(rowsYuan))).and("expected", expected)
                .and("table", TableId.EXPENDITURE)));
        return;
      }
      equations.compare(BudgetRule.CROSS_TOTAL, place, rowsYuan, sum, yuan(units), rows.size() + units.size(),
          Phrase.of("projects-in").with("table", TableId.EXPENDITURE), projects.format());
    });
  }

  private Place revenuePlace(RevenueColumn column, String at) {
    return new Place(TableId.APPROPRIATIONS, budget.department(), "收入", column.label(), at + column.key());
  }

  private Place totalsPlace(String column, String pointer) {
    return new Place(TableId.PERFORMANCE, budget.department(), "金额合计", column, pointer);
  }

  private Place place(TableId id, String row, String pointer) {
    return new Place(id, budget.department(), row, "", pointer);
  }

  private static BigDecimal yuan(List<PrintedAmount> amounts) {
    return amounts.stream().map(PrintedAmount::toYuan).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
