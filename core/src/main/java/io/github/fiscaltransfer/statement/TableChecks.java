package io.github.fiscaltransfer.statement;

import io.github.fiscaltransfer.budget.Cells;
import io.github.fiscaltransfer.budget.DepartmentBudget;
import io.github.fiscaltransfer.budget.FinalAccounts;
import io.github.fiscaltransfer.budget.StandardTable;
import io.github.fiscaltransfer.budget.SubjectTable;
import io.github.fiscaltransfer.budget.TableId;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.validation.Arguments;
import io.github.fiscaltransfer.validation.Finding;
import io.github.fiscaltransfer.validation.JsonPointer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** Judges what the prose says of a table: that the document holds it, or that it has no data. */
final class TableChecks {

  private TableChecks() {}

  static List<Finding> check(TableStatement statement, JsonPointer at, DepartmentBudget budget) {
    return check(statement, at, budget.tables(), statement.table() instanceof TableId id ? figures(budget, id)
        : Stream.empty());
  }

  static List<Finding> check(TableStatement statement, JsonPointer at, FinalAccounts accounts) {
    return check(statement, at, accounts.tables(), figures(accounts, statement.table().key()));
  }

  private static List<Finding> check(TableStatement statement, JsonPointer at, Set<? extends StandardTable> tables,
      Stream<PrintedAmount> printed) {
    StandardTable id = statement.table();
    List<Finding> findings = new ArrayList<>();
    if (!statement.empty() && !tables.contains(id)) {
      findings.add(finding(StatementRule.TABLE_MISSING, statement, at, "present", "absent",
          Arguments.of("table", id)));
    }
    if (statement.empty()) {
      List<PrintedAmount> figures = printed.filter(a -> a.figure().signum() != 0).toList();
      if (!figures.isEmpty()) {
        findings.add(finding(StatementRule.TABLE_EMPTY, statement, at, "no data", figures.size() + " figures",
            Arguments.of("table", id).and("count", figures.size()).and("example", figures.get(0))));
      }
    }
    return findings;
  }

  /** Every figure a table prints, for the tables by function subject and the "三公" table. */
  private static Stream<PrintedAmount> figures(DepartmentBudget budget, TableId id) {
    return switch (id) {
      case GENERAL_PUBLIC -> subjects(budget.generalPublic());
      case GOVERNMENT_FUND -> subjects(budget.governmentFund());
      case STATE_CAPITAL -> subjects(budget.stateCapital());
      case THREE_PUBLIC -> budget.threePublic().stream().flatMap(t -> t.sections().stream())
          .flatMap(s -> Stream.of(s.previous(), s.current())).flatMap(TableChecks::amounts);
      default -> Stream.empty();
    };
  }

  /** Every figure a 决算 table the prose can say is empty prints, by the table's key. */
  private static Stream<PrintedAmount> figures(FinalAccounts accounts, String key) {
    return switch (key) {
      case "generalPublic" -> subjects(accounts.generalPublic());
      case "governmentFund" -> subjects(accounts.governmentFund());
      case "stateCapital" -> subjects(accounts.stateCapital());
      case "threePublic" -> accounts.threePublic().stream()
          .flatMap(t -> Stream.concat(t.budgeted().stream(), t.actual().stream())).flatMap(TableChecks::amounts);
      default -> Stream.empty();
    };
  }

  private static Stream<PrintedAmount> subjects(Optional<? extends SubjectTable<?>> table) {
    return table.stream().flatMap(t -> Stream.concat(t.total().stream(), t.sections().stream().flatMap(s ->
        Stream.concat(s.total().stream(), s.rows().stream().map(r -> r.cells()))))).flatMap(TableChecks::amounts);
  }

  private static Stream<PrintedAmount> amounts(Cells<?> cells) {
    return cells.amounts().values().stream();
  }

  private static Finding finding(StatementRule rule, TableStatement statement, JsonPointer at, String expected,
      String actual, Arguments arguments) {
    return Finding.builder().from(rule.finding(at, expected, actual, arguments))
        .source(statement.source().position()).build();
  }
}
