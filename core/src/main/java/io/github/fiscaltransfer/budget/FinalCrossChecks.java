package io.github.fiscaltransfer.budget;

import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.subject.SubjectLevel;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** The ties between the nine tables of one 部门决算, a blank cell counting as zero. */
final class FinalCrossChecks {

  private final FinalAccounts accounts;
  private final Equations equations;

  FinalCrossChecks(FinalAccounts accounts, Equations equations) {
    this.accounts = accounts;
    this.equations = equations;
  }

  void check() {
    accounts.summary().ifPresent(summary -> {
      accounts.income().ifPresent(income -> summaryAgainstIncome(summary, income));
      accounts.expenditure().ifPresent(spent -> summaryAgainstExpenditure(summary, spent));
    });
    accounts.appropriations().ifPresent(this::appropriationsAgainstFunds);
    accounts.generalPublic().ifPresent(general -> accounts.basicExpenditure().ifPresent(basic -> {
      Place place = new Place(FinalTableId.GENERAL_PUBLIC, accounts.department(), "合计",
          ExpenditureColumn.BASIC.label(), "/" + FinalTableId.GENERAL_PUBLIC.key() + "/total/basic");
      equations.sum(BudgetRule.CROSS_TOTAL, place, general.total().flatMap(c -> c.get(ExpenditureColumn.BASIC)),
          List.of(basic.personnel(), basic.publicUse()),
          Phrase.of("basic-split").with("table", FinalTableId.BASIC_EXPENDITURE), general.format());
    }));
  }

  /** 本年收入合计 and its 财政拨款 on the 总表 = 收入决算表's 合计 row. */
  private void summaryAgainstIncome(FinalBalanceTable summary, SubjectTable<FinalIncomeColumn> income) {
    String at = "/" + FinalTableId.INCOME.key() + "/total/";
    Optional<Cells<FinalIncomeColumn>> total = income.total();
    tie(FinalTableId.SUMMARY, FinalTableId.INCOME, FinalIncomeColumn.CURRENT_YEAR, at,
        total.flatMap(c -> c.get(FinalIncomeColumn.CURRENT_YEAR)),
        summary.income().get(FinalIncomeColumn.CURRENT_YEAR).stream().toList(), income.format());
    List<PrintedAmount> fiscal = Stream.of(FinalIncomeColumn.GENERAL_PUBLIC, FinalIncomeColumn.GOVERNMENT_FUND,
        FinalIncomeColumn.STATE_CAPITAL).flatMap(c -> summary.income().get(c).stream()).toList();
    tie(FinalTableId.SUMMARY, FinalTableId.INCOME, FinalIncomeColumn.FISCAL, at,
        total.flatMap(c -> c.get(FinalIncomeColumn.FISCAL)), fiscal, income.format());
  }

  /** 本年支出合计 on the 总表 = 支出决算表's 合计; each 类 row of 支出决算表 = the 总表's line of that 类. */
  private void summaryAgainstExpenditure(FinalBalanceTable summary, SubjectTable<ExpenditureColumn> spent) {
    tie(FinalTableId.SUMMARY, FinalTableId.EXPENDITURE, ExpenditureColumn.TOTAL,
        "/" + FinalTableId.EXPENDITURE.key() + "/total/",
        spent.total().flatMap(c -> c.get(ExpenditureColumn.TOTAL)),
        summary.currentYear().flatMap(c -> c.get(FinalOutgoColumn.TOTAL)).stream().toList(), spent.format());
    linesAgainstClasses(FinalTableId.SUMMARY, summary, FinalOutgoColumn.TOTAL, FinalTableId.EXPENDITURE, spent,
        ExpenditureColumn.TOTAL);
  }

  /** Each 类 line and 本年支出合计 of 财政拨款收入支出决算总表 = the 类 rows and 合计 of the three fund tables. */
  private void appropriationsAgainstFunds(FinalBalanceTable appropriations) {
    accounts.generalPublic().ifPresent(t -> fund(appropriations, FinalOutgoColumn.GENERAL_PUBLIC,
        FinalTableId.GENERAL_PUBLIC, t, ExpenditureColumn.TOTAL));
    accounts.governmentFund().ifPresent(t -> fund(appropriations, FinalOutgoColumn.GOVERNMENT_FUND,
        FinalTableId.GOVERNMENT_FUND, t, FundColumn.EXPENDITURE));
    accounts.stateCapital().ifPresent(t -> fund(appropriations, FinalOutgoColumn.STATE_CAPITAL,
        FinalTableId.STATE_CAPITAL, t, FundColumn.EXPENDITURE));
  }

  private <C extends Enum<C> & Column> void fund(FinalBalanceTable appropriations, FinalOutgoColumn source,
      FinalTableId id, SubjectTable<C> table, C column) {
    Optional<PrintedAmount> total = table.total().flatMap(c -> c.get(column));
    Optional<PrintedAmount> printed = appropriations.currentYear().flatMap(c -> c.get(source));
    if (total.isPresent() || printed.isPresent()) {
      tie(FinalTableId.APPROPRIATIONS, id, column, "/" + id.key() + "/total/", total, printed.stream().toList(),
          table.format());
    }
    linesAgainstClasses(FinalTableId.APPROPRIATIONS, appropriations, source, id, table, column);
  }

  /** Each 类 row of a table by subject = the 总表 line of that 类 name, in one column of each. */
  private <C extends Enum<C> & Column> void linesAgainstClasses(FinalTableId balanceId, FinalBalanceTable balance,
      FinalOutgoColumn lineColumn, FinalTableId id, SubjectTable<C> table, C column) {
    Map<String, Integer> lines = IntStream.range(0, balance.lines().size()).boxed()
        .collect(Collectors.toMap(i -> balance.lines().get(i).name(), Function.identity(), (a, b) -> a));
    for (int s = 0; s < table.sections().size(); s++) {
      List<SubjectRow<C>> rows = table.sections().get(s).rows();
      for (int i = 0; i < rows.size(); i++) {
        SubjectRow<C> row = rows.get(i);
        Optional<PrintedAmount> amount = row.cells().get(column);
        if (row.subject().code().level() != SubjectLevel.CLASS || amount.isEmpty()) {
          continue;
        }
        String name = row.subject().name().orElse(row.subject().code().toString());
        Integer index = lines.get(name);
        String pointer = "/" + balanceId.key() + "/lines/" + (index == null ? "-" : index) + "/cells/"
            + lineColumn.key();
        Place place = new Place(balanceId, accounts.department(), name, lineColumn.label(),
            pointer);
        Optional<PrintedAmount> line = index == null ? Optional.empty()
            : balance.lines().get(index).cells().flatMap(c -> c.get(lineColumn));
        equations.sum(BudgetRule.CROSS_SUBJECT, place, line, List.of(amount.get()),
            Phrase.of("subject-in").with("subject", row.subject()).with("table", id), balance.format());
      }
    }
  }

  /** The 合计 cell of table id in a column = the sum of the figures another table prints for it. */
  private void tie(FinalTableId source, FinalTableId id, Column column, String at, Optional<PrintedAmount> printed,
      List<PrintedAmount> elsewhere, TableFormat format) {
    if (printed.isEmpty() && elsewhere.isEmpty()) {
      return;
    }
    Place place = new Place(id, accounts.department(), "合计", column.label(), at + column.key());
    equations.sum(BudgetRule.CROSS_TOTAL, place, printed, elsewhere, Phrase.of("figure-of").with("source", source), format);
  }
}
