package io.github.fiscaltransfer.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fiscaltransfer.budget.BudgetValidator;
import io.github.fiscaltransfer.budget.DepartmentBudget;
import io.github.fiscaltransfer.reader.ReadResult;
import io.github.fiscaltransfer.reader.ReadRule;
import io.github.fiscaltransfer.reader.SeedTexts;
import io.github.fiscaltransfer.reader.SourcePosition;
import io.github.fiscaltransfer.reader.text.BudgetTextReader;
import io.github.fiscaltransfer.validation.Finding;
import io.github.fiscaltransfer.validation.Severity;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Seed 004 read from its extracted text equals the seed typed in by hand ({@link SeedBudget}) in every table the
 * text carries (all but 表4); the fields it cannot carry (表4, and the 科目编码 of 表1 and 表6, which print names
 * only) are named by the read report; reading adds no error and no warning but those.
 */
class SeedBudgetTextReadTest {

  private static final DepartmentBudget TYPED = SeedBudget.document();
  private static final ReadResult<DepartmentBudget> READ = BudgetTextReader.create()
      .read(SeedTexts.text(SeedTexts.SHENZHEN_BUDGET));

  @Test
  void readsAsTypedInEveryTableItReads() {
    DepartmentBudget read = READ.document().orElseThrow();
    DepartmentBudget expected = DepartmentBudget.builder().year(TYPED.year()).kind(TYPED.kind())
        .department(TYPED.department()).units(TYPED.units()).summary(TYPED.summary())
        .revenue(TYPED.revenue()).expenditure(TYPED.expenditure()).projectExpenditure(TYPED.projectExpenditure())
        .appropriations(TYPED.appropriations()).generalPublic(TYPED.generalPublic()).threePublic(TYPED.threePublic())
        .governmentFund(TYPED.governmentFund()).stateCapital(TYPED.stateCapital()).performance(TYPED.performance()).build();

    assertEquals(expected, read);
  }

  @Test
  void namesWhatItDoesNotRead() {
    assertEquals(List.of("/basicExpenditure", "/summary/expenditure/sections/0/rows",
        "/appropriations/expenditure/sections/0/rows"), READ.report().absent(),
        "表4 is not in the text; 表1 and 表6 print subject names without codes");
    assertEquals(List.of("the text part (文字部分), lines 1–289, is not read here: NarrativeTextReader reads its statements"), READ.report().findings()
        .findings(ReadRule.NOT_READ.id()).stream().filter(f -> f.source().equals(Optional.of("line 1, column 1")))
        .map(Finding::message).toList());
    assertTrue(READ.report().findings().findings().stream().noneMatch(f -> f.severity() == Severity.WARNING
        && !f.ruleId().equals(ReadRule.ABSENT.id())), READ.report()::toString);
  }

  @Test
  void joinsTablesContinuedOnTheNextPage() {
    assertEquals(List.of(312, 336, 445, 492, 516), READ.report().findings().findings(ReadRule.PAGE_FURNITURE.id())
        .stream().filter(f -> f.actual().orElse("").startsWith("表")).map(SeedBudgetTextReadTest::line).toList(),
        "表1 runs over three pages, 表6 over two, 表7 over three");
    assertEquals(SourcePosition.inText(346, 3), READ.report().position("/summary/expenditure/sections/0/rows/24/subject")
        .orElseThrow(), "彩票公益金安排的支出, on 表1's third page");
    assertEquals(SourcePosition.inText(535, 23), READ.report()
        .position("/generalPublic/sections/1/rows/19/project").orElseThrow(), "购房补贴 0 of the centre");
  }

  @Test
  void addsNoErrorTheTypedSeedLacks() {
    assertFalse(READ.report().findings().hasErrors(), READ.report()::toString);
    Set<String> typed = errors(BudgetValidator.builtIn().validate(TYPED).findings());
    Set<String> read = errors(BudgetValidator.builtIn().validate(READ.document().orElseThrow()).findings());
    assertTrue(typed.containsAll(read), () -> "new errors: " + read);
  }

  private static int line(Finding finding) {
    return Integer.parseInt(finding.source().orElseThrow().replaceAll("line (\\d+),.*", "$1"));
  }

  private static Set<String> errors(List<Finding> findings) {
    return findings.stream().filter(f -> f.severity() == Severity.ERROR)
        .map(f -> f.ruleId() + " " + f.path()).collect(Collectors.toSet());
  }
}
