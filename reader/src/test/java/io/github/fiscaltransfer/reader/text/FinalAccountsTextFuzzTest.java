package io.github.fiscaltransfer.reader.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.fiscaltransfer.budget.FinalAccounts;
import io.github.fiscaltransfer.budget.FinalAccountsValidator;
import io.github.fiscaltransfer.reader.ReadResult;
import io.github.fiscaltransfer.validation.Finding;
import java.util.List;

/**
 * Coverage-guided fuzzing of {@link FinalAccountsTextReader}: on any text it never throws, what it reads validates and
 * prints without throwing, and every finding it reports names a line of the text. Without {@code JAZZER_FUZZ=1} this
 * replays the inputs under {@code FinalAccountsTextFuzzTestInputs/} (the social-work 决算 as {@code pdftotext -layout}
 * prints it; the planning 决算's wrapped names and 基本支出 halves; split codes and dashes).
 */
class FinalAccountsTextFuzzTest {

  private static final FinalAccountsTextReader READER = FinalAccountsTextReader.create();

  @FuzzTest(maxDuration = "40s")
  void readAnyText(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    int lines = (int) Math.max(1, text.lines().count());
    ReadResult<FinalAccounts> read = READER.read(text);
    read.document().ifPresent(accounts -> {
      FinalAccountsValidator.builtIn().validate(accounts).toString();
      accounts.toString();
    });
    List<Finding> findings = read.report().findings().findings();
    findings.forEach(finding -> finding.source().ifPresent(source -> assertTrue(line(source) <= lines,
        () -> finding + " beyond the text's " + lines + " lines")));
    read.toString();
  }

  /** The line a finding's source names, {@code line 12, column 5}. */
  private static int line(String source) {
    int at = source.indexOf("line ");
    if (at < 0) {
      return 0;
    }
    int end = at + 5;
    while (end < source.length() && Character.isDigit(source.charAt(end))) {
      end++;
    }
    return Integer.parseInt(source.substring(at + 5, end));
  }
}
