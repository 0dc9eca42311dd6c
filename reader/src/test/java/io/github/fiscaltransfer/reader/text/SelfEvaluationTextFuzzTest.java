package io.github.fiscaltransfer.reader.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.fiscaltransfer.evaluation.SelfEvaluation;
import io.github.fiscaltransfer.reader.FindingLanguages;
import io.github.fiscaltransfer.reader.ReadResult;
import io.github.fiscaltransfer.reader.SourcePosition;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Coverage-guided fuzzing (Jazzer) of the self-evaluation text reader (issue #35): on any text (the input read as
 * UTF-8) it never throws; what
 * it reads validates and prints without throwing; every recorded position lies inside the text; and every score read
 * is the figure printed at its position. Without {@code JAZZER_FUZZ=1} this replays the inputs under
 * {@code SelfEvaluationTextFuzzTestInputs/} (seed 003 and the intake texts of issue #35, which threw); to fuzz:
 * {@code JAZZER_FUZZ=1 mvn -B -pl reader -am test -Dtest=SelfEvaluationTextFuzzTest -Djazzer.hooks=true
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class SelfEvaluationTextFuzzTest {

  private static final SelfEvaluationTextReader READER = SelfEvaluationTextReader.builtIn();

  @FuzzTest(maxDuration = "60s")
  void readAnySelfEvaluation(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    List<String> lines = SourceLines.of(text).size() == 0 ? List.of() : text.lines().map(SourceLines::normalise).toList();
    ReadResult<SelfEvaluation> read = READER.read(text);
    FindingLanguages.assertBothLanguages(read);
    read.report().positions().values().forEach(position -> inside(position, lines));
    read.document().ifPresent(evaluation -> {
      evaluation.validate().toString();
      evaluation.toString();
      for (int i = 0; i < evaluation.scores().size(); i++) {
        SourcePosition at = read.report().position("/scores/" + i + "/score").orElseThrow();
        String score = evaluation.scores().get(i).score().toPlainString();
        String line = lines.get(at.line() - 1);
        assertTrue(line.startsWith(score, at.column() - 1), () -> score + " is not printed at " + at + ": " + line);
      }
    });
    assertEquals(read.toString(), read.toString());
  }

  private static void inside(SourcePosition position, List<String> lines) {
    assertTrue(position.line() <= lines.size(), () -> position + " beyond the text's " + lines.size() + " lines");
    assertTrue(position.column() <= lines.get(position.line() - 1).length() + 1, position::toString);
  }
}
