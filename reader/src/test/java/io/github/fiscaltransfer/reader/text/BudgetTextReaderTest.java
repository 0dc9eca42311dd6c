package io.github.fiscaltransfer.reader.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fiscaltransfer.budget.ExpenditureColumn;
import io.github.fiscaltransfer.budget.DepartmentBudget;
import io.github.fiscaltransfer.budget.SubjectTable;
import io.github.fiscaltransfer.budget.TableId;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.reader.ReadResult;
import io.github.fiscaltransfer.reader.ReadRule;
import io.github.fiscaltransfer.reader.SeedTexts;
import io.github.fiscaltransfer.validation.Finding;
import java.util.List;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** Seed 004, 深圳市医疗保障局's 2022 department budget, read from text as printed and as extraction damages it. */
class BudgetTextReaderTest {

  private static final BudgetTextReader READER = BudgetTextReader.create();
  private static final String SEED = SeedTexts.text(SeedTexts.SHENZHEN_BUDGET);
  private static final DepartmentBudget PRINTED = READER.read(SEED).document().orElseThrow();

  @Test
  void theTitleCaptionsAndTablesAsPrinted() {
    assertEquals("深圳市医疗保障局 2022 预算", PRINTED.reference());
    assertEquals(List.of("深圳市医疗保障局", "深圳市医疗保险基金管理中心"), PRINTED.units());
    assertEquals(EnumSet.complementOf(EnumSet.of(TableId.BASIC_EXPENDITURE)), PRINTED.tables());
    assertEquals(52, PRINTED.performance().orElseThrow().indicators().size(), "专家论证次数 printed at a page top too");
    assertEquals("中央财政转移支付——医疗服务与保障能力提升补助资金", PRINTED.projectExpenditure().orElseThrow().rows()
        .get(1).label(), "a name broken over three lines of its cell");
    assertEquals(PrintedAmount.parse("268,660万元"), PRINTED.generalPublic().orElseThrow().total().orElseThrow()
        .amounts().values().iterator().next());
    assertEquals(PrintedAmount.parse("270,137万元"), PRINTED.appropriations().orElseThrow().totalExpenditure());
  }

  @Test
  void aFigureSplitBySpacesIsJoinedWhereThatIsTheOneReading() {
    ReadResult<DepartmentBudget> read = READER.read(SEED.replace("\t253,178\t", "\t253, 178\t"));

    assertEquals(PRINTED, read.document().orElseThrow());
    assertEquals(List.of("253, 178"), actuals(read, ReadRule.JOINED).stream().filter(a -> a.startsWith("2"))
        .toList());
    assertEquals(actuals(READER.read(SEED), ReadRule.JOINED).size() + 1, actuals(read, ReadRule.JOINED).size());
  }

  @Test
  void aFigureThatCouldBeTwoIsAnErrorNotAnotherAmount() {
    ReadResult<DepartmentBudget> read = READER.read(SEED.replace("\t253,178\t", "\t253 178\t"));

    assertEquals(List.of("253 178"), actuals(read, ReadRule.AMBIGUOUS));
    assertTrue(read.report().findings().hasErrors());
    SubjectTable<ExpenditureColumn> table = read.document().orElseThrow().generalPublic().orElseThrow();
    assertEquals(List.of(PRINTED.generalPublic().orElseThrow().sections().get(0)), table.sections(),
        "the centre's section is not read, and its rows are not put under the office");
    assertEquals(20, read.report().findings().findings(ReadRule.UNREAD.id()).stream()
        .filter(f -> f.message().contains("whose total row could not be read")).count());
  }

  @Test
  void aTableTheTextDoesNotCarryIsAbsent() {
    int from = SEED.indexOf("表 10");
    ReadResult<DepartmentBudget> read = READER.read(SEED.substring(0, from) + SEED.substring(SEED.indexOf("表 11")));

    assertTrue(read.document().orElseThrow().stateCapital().isEmpty());
    assertEquals(List.of("/basicExpenditure", "/stateCapital", "/summary/expenditure/sections/0/rows",
        "/appropriations/expenditure/sections/0/rows"), read.report().absent());
  }

  @Test
  void aTableWithoutItsUnitLineIsReportedNotGuessed() {
    int at = SEED.indexOf("单位：万元", SEED.indexOf("表9"));
    ReadResult<DepartmentBudget> read = READER.read(SEED.substring(0, at) + SEED.substring(at + "单位：万元".length()));

    assertTrue(read.document().orElseThrow().governmentFund().isEmpty());
    assertTrue(read.report().findings().findings(ReadRule.UNREAD.id()).stream()
        .anyMatch(f -> f.message().startsWith("表 9 prints no 单位 line")), read.report()::toString);
  }

  @Test
  void textWithoutTablesIsUnreadableAndNeverThrows() {
    for (String text : List.of("", "表 7\n\t\t\n", SEED.substring(0, SEED.indexOf("表 1")), "表 1\n收支总表\n\ta\tb")) {
      ReadResult<DepartmentBudget> read = READER.read(text);
      assertTrue(read.document().isEmpty(), text);
      assertTrue(read.report().findings().hasErrors(), text);
    }
  }

  private static List<String> actuals(ReadResult<DepartmentBudget> read, ReadRule rule) {
    return read.report().findings().findings(rule.id()).stream().map(Finding::actual)
        .map(a -> a.orElse("")).toList();
  }
}
