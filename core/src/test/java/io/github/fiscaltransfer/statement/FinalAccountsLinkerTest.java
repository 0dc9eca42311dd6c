package io.github.fiscaltransfer.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fiscaltransfer.budget.Cells;
import io.github.fiscaltransfer.budget.ExpenditureColumn;
import io.github.fiscaltransfer.budget.FinalAccounts;
import io.github.fiscaltransfer.budget.FinalTableId;
import io.github.fiscaltransfer.budget.SubjectRow;
import io.github.fiscaltransfer.budget.SubjectSection;
import io.github.fiscaltransfer.budget.SubjectTable;
import io.github.fiscaltransfer.budget.TableFormat;
import io.github.fiscaltransfer.budget.ThreePublicColumn;
import io.github.fiscaltransfer.budget.ThreePublicFinalTable;
import io.github.fiscaltransfer.money.AmountUnit;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.subject.Subject;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The 决算 linker on 中共上海市普陀区委社会工作部's 住房保障支出 and 规划和自然资源局's "三公" figures: a 类/款/项 chain
 * names its row, "三公" 预算 and 决算 their rows, a budget figure or a unit-scoped one no cell.
 */
class FinalAccountsLinkerTest {

  private static final TableFormat CENTS = TableFormat.of(AmountUnit.WAN_YUAN, 2);
  private static final List<ExpenditureColumn> TOTAL = List.of(ExpenditureColumn.TOTAL);
  private static final List<ThreePublicColumn> THREE = List.of(ThreePublicColumn.TOTAL,
      ThreePublicColumn.RECEPTION);
  private static final FinalAccounts ACCOUNTS = FinalAccounts.builder().year(Year.of(2024)).department("某部")
      .generalPublic(SubjectTable.of(CENTS, Cells.parse(CENTS, TOTAL, "29.42"), List.of(SubjectSection.ofDepartment(
          List.of(row("221 住房保障支出", "29.42"), row("22102 住房改革支出", "29.42"),
              row("2210201 住房公积金", "17.70"), row("2210203 购房补贴", "11.72"))))))
      .threePublic(ThreePublicFinalTable.of(CENTS, Optional.of(Cells.parse(CENTS, THREE, "2.85", "2.85")),
          Optional.of(Cells.parse(CENTS, THREE, "0.39", "0.39"))))
      .governmentFund(SubjectTable.empty(CENTS))
      .build();

  private static SubjectRow<ExpenditureColumn> row(String subject, String total) {
    return SubjectRow.of(Subject.parse(subject), Cells.parse(CENTS, TOTAL, total));
  }

  private static StatementVerdict verdict(Statement statement) {
    return NarrativeValidator.builtIn().verdicts(ACCOUNTS, Narrative.of(List.of(statement))).get(0);
  }

  private static AmountStatement stated(Topic topic, String figure) {
    return AmountStatement.builder().topic(topic).figure(PrintedAmount.parse(figure))
        .source(new Source(557, 1, "…")).build();
  }

  @Test
  void aChainOfClassItemAndEntryNamesItsRow() {
    StatementVerdict verdict = verdict(stated(Topic.ofDepartment("住房保障支出（类）住房改革支出（款）住房公积金（项）支出决算"),
        "17.70万元"));
    assertTrue(verdict.passes(), verdict::toString);
    assertEquals(List.of("/generalPublic/sections/0/rows/2/total"), verdict.cell().orElseThrow().pointers());
    // The same 项 under a 款 the table does not print: no row, said so.
    StatementVerdict wrong = verdict(stated(Topic.ofDepartment("住房保障支出（类）住房保障支出（款）住房公积金（项）"),
        "17.70万元"));
    assertEquals("not linked", wrong.verdict());
    assertTrue(wrong.findings().get(0).message().contains("no row of " + FinalTableId.GENERAL_PUBLIC), wrong::toString);
  }

  @Test
  void threePublicBudgetAndActualAreTheirRows() {
    StatementVerdict budgeted = verdict(stated(Topic.ofDepartment("“三公”经费财政拨款支出年初预算"), "2.85万元"));
    assertEquals(List.of("/threePublic/budgeted/total"), budgeted.cell().orElseThrow().pointers());
    StatementVerdict actual = verdict(stated(Topic.ofDepartment("公务接待费支出决算"), "0.93万元"));
    assertEquals(List.of("/threePublic/actual/reception"), actual.cell().orElseThrow().pointers());
    assertEquals("error statement.figure", actual.verdict(), "0.93 for 0.39");
  }

  @Test
  void aBudgetFigureOrAUnitsFigureIsNotLinked() {
    assertEquals("not linked", verdict(stated(Topic.ofDepartment("一般公共预算财政拨款支出全年预算"), "321.02万元"))
        .verdict());
    assertEquals("not linked", verdict(stated(Topic.ofUnit("某部（本级）", "基本支出"), "1万元")).verdict());
    assertEquals("not linked", verdict(stated(Topic.ofDepartment("机关运行经费支出"), "10.23万元")).verdict());
  }

  @Test
  void aTableSaidToHaveNoDataIsCheckedByItsKey() {
    Source source = new Source(591, 25, "无政府性基金预算财政拨款收入和支出");
    assertTrue(verdict(new TableStatement(FinalTableId.GOVERNMENT_FUND, true, source)).passes());
    StatementVerdict threePublic = verdict(new TableStatement(FinalTableId.THREE_PUBLIC, true, source));
    assertEquals("error statement.table-empty", threePublic.verdict(), "the table prints 2.85 and 0.39");
  }

  @Test
  void aRateOfABudgetOfNothingIsReported() {
    // 社会工作部, line 490: 年初预算为 0 万元 … 支出决算为 307.82 万元，完成年初预算的 95.89%.
    AmountStatement statement = AmountStatement.builder().topic(Topic.ofDepartment("一般公共预算财政拨款支出决算"))
        .figure(PrintedAmount.parse("29.42万元")).share(new Share(Percent.parse("95.89%"), PrintedAmount.parse("0万元")))
        .source(new Source(490, 11, "…")).build();
    StatementVerdict verdict = verdict(statement);
    assertEquals("error statement.percent", verdict.verdict());
    assertEquals("no percentage", verdict.findings().get(0).expected().orElseThrow());
  }
}
