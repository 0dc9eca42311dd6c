package io.github.fiscaltransfer.reader.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fiscaltransfer.evaluation.SelfEvaluation;
import io.github.fiscaltransfer.reader.FindingLines;
import io.github.fiscaltransfer.reader.ReadResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The self-evaluation texts of issue #35's intake (copies of ../shared/repro/intake/evaluation-*.txt): each threw or
 * read a value the JSON reader refuses; each is now read with what the model refuses as a finding at its text.
 */
class IntakeEvaluationTextsTest {

  private static final SelfEvaluationTextReader READER = SelfEvaluationTextReader.builtIn();

  static String text(String file) {
    try (InputStream in = IntakeEvaluationTextsTest.class.getResourceAsStream("/io/github/fiscaltransfer/reader/intake/"
        + file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final String NO_REGION = "read.absent at /region:  — the title does not begin with a unit's name";
  private static final String NO_NUMBER = "read.value at line 2, column 11: 号 — not a valid document number: Cannot"
      + " parse document number '号' at index 1: no opening bracket 〔 before the year";
  private static final String NO_LINE = "read.absent at /budgetLines:  — the text states no budget line it can read"
      + " (资金…万元，当年支出…万元，执行率为…%, after the notice it came by)";

  @Test
  void noBudgetLineIsAnAbsentFindingNotAnException() {
    ReadResult<SelfEvaluation> read = READER.read(text("evaluation-no-budget-line.txt"));
    assertTrue(read.document().isEmpty());
    assertEquals(List.of(NO_REGION, NO_LINE), FindingLines.of(read));
  }

  @Test
  void aBlankSpentFigureIsAFindingAtItsText() {
    ReadResult<SelfEvaluation> read = READER.read(text("evaluation-spent-blank.txt"));
    assertTrue(read.document().isEmpty());
    assertEquals(List.of(NO_REGION, NO_NUMBER, "read.value at line 2, column 41: .元 — not a valid amount: Cannot"
        + " parse amount '.元' at index 0: unexpected character '.'", NO_LINE), FindingLines.of(read));
  }

  @Test
  void aScoreOfTwentyFiveDigitsIsAFindingAtItsText() {
    ReadResult<SelfEvaluation> read = READER.read(text("evaluation-25-digit-score.txt"));
    SelfEvaluation evaluation = read.document().orElseThrow();
    assertTrue(evaluation.scores().isEmpty());
    assertEquals(List.of(NO_REGION, NO_NUMBER, "read.value at line 2, column 81: 6830352861911353666813321 — the"
        + " score is refused: A score for 医 must have at most 24 integer digits and 16 decimals:"
        + " 6830352861911353666813321", "read.absent at /statedGrade:  — the text states no grade (自评为“…”)"),
        FindingLines.of(read));
  }
}
