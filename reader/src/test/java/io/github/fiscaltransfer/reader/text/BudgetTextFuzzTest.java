package io.github.fiscaltransfer.reader.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.fiscaltransfer.budget.BudgetValidator;
import io.github.fiscaltransfer.budget.DepartmentBudget;
import io.github.fiscaltransfer.reader.FindingLanguages;
import io.github.fiscaltransfer.reader.ReadResult;
import io.github.fiscaltransfer.reader.SourcePosition;
import java.util.List;

/**
 * Coverage-guided fuzzing of the readers of department disclosures, {@link BudgetTextReader},
 * {@link FinalAccountsTextReader} and {@link TextKind}: on any text they never throw, what they read validates and
 * prints without throwing, and every recorded position lies inside the text. Without {@code JAZZER_FUZZ=1} this
 * replays the inputs under {@code BudgetTextFuzzTestInputs/} (seed 004's tables and the two inputs that threw
 * before issue #24: a grid table without its header, an indicator row without its name).
 */
class BudgetTextFuzzTest {

  private static final BudgetTextReader READER = BudgetTextReader.create();

  @FuzzTest(maxDuration = "40s")
  void readAnyText(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    List<String> lines = text.lines().map(SourceLines::normalise).toList();
    ReadResult<DepartmentBudget> read = READER.read(text);
    read.document().ifPresent(budget -> {
      BudgetValidator.builtIn().validate(budget).toString();
      budget.toString();
    });
    read.report().positions().values().forEach(position -> inside(position, lines));
    read.toString();
    FindingLanguages.assertBothLanguages(read);
    FindingLanguages.assertBothLanguages(FinalAccountsTextReader.create().read(text));
    TextKind.of(text);
  }

  private static void inside(SourcePosition position, List<String> lines) {
    assertTrue(position.line() <= Math.max(lines.size(), 1), () -> position + " beyond the text's lines");
  }
}
