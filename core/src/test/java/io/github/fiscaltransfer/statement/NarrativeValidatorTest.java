package io.github.fiscaltransfer.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fiscaltransfer.budget.BudgetKind;
import io.github.fiscaltransfer.budget.Cells;
import io.github.fiscaltransfer.budget.DepartmentBudget;
import io.github.fiscaltransfer.budget.ExpenditureColumn;
import io.github.fiscaltransfer.budget.SubjectSection;
import io.github.fiscaltransfer.budget.SubjectTable;
import io.github.fiscaltransfer.budget.TableFormat;
import io.github.fiscaltransfer.budget.TableId;
import io.github.fiscaltransfer.budget.ThreePublicColumn;
import io.github.fiscaltransfer.budget.ThreePublicSection;
import io.github.fiscaltransfer.budget.ThreePublicTable;
import io.github.fiscaltransfer.money.AmountUnit;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.policy.ValidationPolicy;
import io.github.fiscaltransfer.validation.Finding;
import io.github.fiscaltransfer.validation.Severity;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Each statement rule on a small budget whose "三公" table is seed 004's (43.44 + 7.68 = 51.12万元 in 2022, 43.44 +
 * 4.18 = 47.62万元 in 2021) and whose 国有资本经营 table prints one figure.
 */
class NarrativeValidatorTest {

  private static final TableFormat CENTS = TableFormat.of(AmountUnit.WAN_YUAN, 2);
  private static final List<ThreePublicColumn> COLUMNS = List.of(ThreePublicColumn.TOTAL,
      ThreePublicColumn.RECEPTION);
  private static final String OFFICE = "深圳市医疗保障局";
  private static final String CENTRE = "深圳市医疗保险基金管理中心";
  private static final DepartmentBudget BUDGET = DepartmentBudget.builder().year(Year.of(2022))
      .kind(BudgetKind.BUDGET).department(OFFICE).addUnits(OFFICE, CENTRE)
      .threePublic(ThreePublicTable.of(CENTS, List.of(
          ThreePublicSection.of(OFFICE, cells("43.44", "1.44"), cells("43.44", "1.44"), cells("0", "0")),
          ThreePublicSection.of(CENTRE, cells("4.18", "0.68"), cells("7.68", "0.68"), cells("3.5", "0")))))
      .stateCapital(SubjectTable.of(TableFormat.WHOLE_WAN_YUAN, Cells.parse(TableFormat.WHOLE_WAN_YUAN,
          List.of(ExpenditureColumn.TOTAL), "12"), List.of(SubjectSection.of(CENTRE, Cells.parse(
              TableFormat.WHOLE_WAN_YUAN, List.of(ExpenditureColumn.TOTAL), "12"), List.of()))))
      .build();

  private static Cells<ThreePublicColumn> cells(String total, String reception) {
    return Cells.parse(CENTS, COLUMNS, total, reception);
  }

  private static AmountStatement threePublic(String figure, Comparison comparison) {
    return AmountStatement.builder().topic(Topic.ofDepartment("“三公”经费")).figure(PrintedAmount.parse(figure))
        .comparison(Optional.ofNullable(comparison)).source(new Source(189, 1, "…")).build();
  }

  private static Comparison change(Direction direction, String amount, Direction rate, String percent) {
    return Comparison.builder().direction(direction).amount(Optional.ofNullable(amount).map(PrintedAmount::parse))
        .percentDirection(Optional.ofNullable(rate)).percent(Optional.ofNullable(percent).map(Percent::parse))
        .build();
  }

  private static List<Finding> findings(Statement statement) {
    List<StatementVerdict> verdicts = NarrativeValidator.builtIn().verdicts(BUDGET, Narrative.of(List.of(statement)));
    return verdicts.get(0).findings();
  }

  @Test
  void seed004sSentencePasses() {
    // 2022 年“三公”经费预算 51.12 万元，比 2021 年预算增加 3.5 万元，增长 7%: 3.5/47.62 = 7.35%.
    AmountStatement statement = threePublic("51.12万元", change(Direction.INCREASE, "3.5万元", Direction.INCREASE,
        "7%"));
    List<StatementVerdict> verdicts = NarrativeValidator.builtIn().verdicts(BUDGET, Narrative.of(List.of(statement)));
    assertTrue(verdicts.get(0).passes(), verdicts::toString);
    assertEquals("表8 一般公共预算“三公”经费支出表, 深圳市医疗保障局, 总计 = 51.12万元 (上年 47.62万元)",
        verdicts.get(0).cell().orElseThrow().toString());
    assertEquals(List.of("/threePublic/sections/0/current/total", "/threePublic/sections/1/current/total"),
        verdicts.get(0).cell().orElseThrow().pointers());
  }

  @Test
  void aFigureBeyondThePrintedStepIsAnErrorWithinItAWarning() {
    Finding wrong = findings(threePublic("51.21万元", null)).get(0);
    assertEquals("statement.figure", wrong.ruleId());
    assertEquals(Severity.ERROR, wrong.severity());
    assertEquals("51.12万元", wrong.expected().orElseThrow());
    assertEquals("line 189, column 1", wrong.source().orElseThrow());
    assertEquals("/statements/0", wrong.pointer().toString());
    assertEquals(Severity.WARNING, findings(threePublic("51.13万元", null)).get(0).severity());
  }

  @Test
  void aChangeIsThisYearLessLastYear() {
    Finding wrong = findings(threePublic("51.12万元", change(Direction.INCREASE, "4.5万元", null, null))).get(0);
    assertEquals("statement.change", wrong.ruleId());
    assertEquals(Severity.ERROR, wrong.severity());
    assertEquals("3.5万元", wrong.expected().orElseThrow());
  }

  @Test
  void aSignWordAgainstTheFiguresIsReportedOnce() {
    List<Finding> findings = findings(threePublic("51.12万元", change(Direction.DECREASE, "3.5万元", null, null)));
    assertEquals(List.of("statement.sign"), findings.stream().map(Finding::ruleId).toList(), findings::toString);
    assertEquals("statement.sign", findings(threePublic("51.12万元", change(Direction.UNCHANGED, null, null, null)))
        .get(0).ruleId());
    // 比上年减少 … 增长 7%: the sentence contradicts itself even where no table prints last year.
    AmountStatement unlinked = AmountStatement.builder().topic(Topic.ofDepartment("机关运行经费"))
        .figure(PrintedAmount.parse("1,986万元")).comparison(change(Direction.DECREASE, "97万元", Direction.INCREASE,
            "5%")).source(new Source(246, 1, "…")).build();
    assertTrue(findings(unlinked).stream().anyMatch(f -> f.ruleId().equals("statement.sign")));
  }

  @Test
  void aPercentageIsTheExactChangeRoundedAsPrinted() {
    Finding wrong = findings(threePublic("51.12万元", change(Direction.INCREASE, "3.5万元", Direction.INCREASE, "8%")))
        .get(0);
    assertEquals("statement.percent", wrong.ruleId());
    assertEquals("7%", wrong.expected().orElseThrow());
    assertEquals(Severity.ERROR, wrong.severity());
  }

  @Test
  void aShareIsOfTheWholeTheSentenceStatesFirst() {
    AmountStatement share = AmountStatement.builder().topic(Topic.ofDepartment("基本支出"))
        .figure(PrintedAmount.parse("105.58万元")).share(new Share(Percent.parse("34.3%"),
            PrintedAmount.parse("307.82万元"))).source(new Source(3, 1, "…")).build();
    // 105.58/307.82 = 34.299…%: 34.3%; printed 35% it is an error.
    assertTrue(findings(share).stream().noneMatch(f -> f.ruleId().equals("statement.percent")));
    AmountStatement wrong = AmountStatement.builder().from(share).share(new Share(Percent.parse("35%"),
        PrintedAmount.parse("307.82万元"))).build();
    assertTrue(findings(wrong).stream().anyMatch(f -> f.ruleId().equals("statement.percent")));
  }

  @Test
  void tablesThePromiseAnnouncesOrEmpties() {
    Source source = new Source(260, 4, "本单位无国有资本经营支出预算");
    Finding full = findings(new TableStatement(TableId.STATE_CAPITAL, true, source)).get(0);
    assertEquals("statement.table-empty", full.ruleId());
    assertEquals("2 figures", full.actual().orElseThrow());
    assertEquals("statement.table-missing", findings(new TableStatement(TableId.SUMMARY, false, source)).get(0)
        .ruleId());
    assertTrue(findings(new TableStatement(TableId.GOVERNMENT_FUND, true, source)).isEmpty());
  }

  @Test
  void anUnknownUnitOrWordsNamingNoCellAreNotLinkedWithTheReason() {
    AmountStatement statement = AmountStatement.builder().topic(Topic.ofUnit("市医保中心", "项目支出"))
        .figure(PrintedAmount.parse("1万元")).source(new Source(1, 1, "…")).build();
    Finding finding = findings(statement).get(0);
    assertEquals("statement.unlinked", finding.ruleId());
    assertEquals(Severity.INFO, finding.severity());
    assertEquals("not linked: 市医保中心 is not a budget unit of the document", finding.message());
  }

  @Test
  void aPolicyTurnsRulesOff() {
    ValidationPolicy off = ValidationPolicy.builder().disable(StatementRule.FIGURE).build();
    assertTrue(NarrativeValidator.of(off).validate(BUDGET, Narrative.of(List.of(threePublic("51.21万元", null))))
        .isEmpty());
  }
}
