package io.github.fiscaltransfer.reader.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.fiscaltransfer.notice.NoticeValidator;
import io.github.fiscaltransfer.notice.TransferNotice;
import io.github.fiscaltransfer.evaluation.SelfEvaluation;
import io.github.fiscaltransfer.reader.FindingLanguages;
import io.github.fiscaltransfer.reader.ReadResult;
import io.github.fiscaltransfer.reader.SourcePosition;
import java.util.List;
import java.util.Map;

/**
 * Coverage-guided fuzzing of the text readers (issue #19's invariants): on any text they never throw; whatever they
 * read, {@code validate()} and {@code toString()} report rather than throw; and every recorded position lies inside
 * the text, with a table amount's position at the first character of the figure read. Without
 * {@code JAZZER_FUZZ=1} this replays the inputs under {@code NoticeTextFuzzTestInputs/}; with it, it fuzzes for 40 s
 * (the command is in the reader's pom, with {@code -Djazzer.hooks=true} for coverage feedback). Its first replay
 * found a {@code NullPointerException} for a text without an addressee; 2,208 fuzzed runs found nothing more.
 */
class NoticeTextFuzzTest {

  private static final NoticeTextReader NOTICES = NoticeTextReader.builtIn();
  private static final SelfEvaluationTextReader EVALUATIONS = SelfEvaluationTextReader.builtIn();

  @FuzzTest(maxDuration = "40s")
  void readAnyText(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    List<String> lines = SourceLines.of(text).size() == 0 ? List.of() : text.lines().map(SourceLines::normalise).toList();
    ReadResult<TransferNotice> notice = NOTICES.read(text, "title");
    notice.document().ifPresent(read -> {
      NoticeValidator.builtIn().validate(read).toString();
      read.toString();
      checkAmountPositions(notice.report().positions(), lines, read);
    });
    notice.report().positions().values().forEach(position -> inside(position, lines));
    ReadResult<SelfEvaluation> evaluation = EVALUATIONS.read(text);
    evaluation.document().ifPresent(read -> read.validate().toString());
    evaluation.report().positions().values().forEach(position -> inside(position, lines));
    FindingLanguages.assertBothLanguages(notice);
    FindingLanguages.assertBothLanguages(evaluation);
    notice.toString();
    evaluation.toString();
  }

  private static void inside(SourcePosition position, List<String> lines) {
    assertTrue(position.line() <= lines.size(), () -> position + " beyond the text's " + lines.size() + " lines");
    assertTrue(position.column() <= lines.get(position.line() - 1).length() + 1, position::toString);
  }

  private static void checkAmountPositions(Map<String, SourcePosition> positions, List<String> lines,
      TransferNotice notice) {
    notice.allocations().forEach(allocation -> allocation.table().ifPresent(table -> {
      for (int i = 0; i < table.lines().size(); i++) {
        SourcePosition at = positions.get("/allocations/0/table/lines/" + i + "/amount");
        String figure = table.lines().get(i).amount().figure().toPlainString();
        assertEquals(figure.charAt(0), lines.get(at.line() - 1).charAt(at.column() - 1), at::toString);
      }
    }));
  }
}
