package io.github.fiscaltransfer.reader.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.fiscaltransfer.budget.BudgetKind;
import io.github.fiscaltransfer.budget.DepartmentBudget;
import io.github.fiscaltransfer.budget.FinalAccounts;
import io.github.fiscaltransfer.reader.ReadResult;
import io.github.fiscaltransfer.statement.Narrative;
import io.github.fiscaltransfer.statement.NarrativeValidator;
import java.time.Year;

/**
 * Coverage-guided fuzzing of the narrative reader: on any text it never throws, reads a narrative whose statements
 * lie inside the text, and the validator judges it against a budget (or a 部门决算, whose 情况说明 it reads after 第三部分) without throwing. Without {@code JAZZER_FUZZ=1}
 * this replays the inputs under {@code NarrativeTextFuzzTestInputs/}.
 */
class NarrativeTextFuzzTest {

  private static final DepartmentBudget BUDGET = DepartmentBudget.builder().year(Year.of(2022))
      .kind(BudgetKind.BUDGET).department("深圳市医疗保障局").addUnits("深圳市医疗保障局", "深圳市医疗保险基金管理中心")
      .build();
  private static final FinalAccounts ACCOUNTS = FinalAccounts.builder().year(Year.of(2024))
      .department("中共上海市普陀区委社会工作部").addUnits("中共上海市普陀区委社会工作部（本级）").build();

  @FuzzTest(maxDuration = "40s")
  void readAnyProse(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    Narrative narrative = inside(text, NarrativeTextReader.create().read(text, BUDGET));
    NarrativeValidator.builtIn().verdicts(BUDGET, narrative).forEach(Object::toString);
  }

  @FuzzTest(maxDuration = "40s")
  void readAnyFinalAccountsProse(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    Narrative narrative = inside(text, NarrativeTextReader.create().read(text, ACCOUNTS));
    NarrativeValidator.builtIn().verdicts(ACCOUNTS, narrative).forEach(Object::toString);
  }

  /** The narrative read, every statement of it on a line of the text. */
  private static Narrative inside(String text, ReadResult<Narrative> read) {
    Narrative narrative = read.document().orElseThrow();
    long lines = text.lines().count();
    narrative.statements().forEach(s -> assertTrue(s.source().line() <= lines, s::toString));
    return narrative;
  }
}
