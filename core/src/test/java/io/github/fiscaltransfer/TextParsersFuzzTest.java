package io.github.fiscaltransfer;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Jazzer fuzz tests, one for each {@link TextParser}: the input, read as UTF-8, must be refused with the parser's
 * documented exception or read back equal from its canonical text ({@link ParserInvariants}). Without
 * {@code JAZZER_FUZZ} each replays its committed inputs under {@code TextParsersFuzzTestInputs/<method>/}, among them
 * the texts that reproduced defects 2, 3, 4 and 8 of issue #19; with it, it fuzzes (see docs/fuzzing.md).
 */
class TextParsersFuzzTest {

  private static void check(TextParser parser, byte[] input) {
    parser.check(new String(input, StandardCharsets.UTF_8));
  }

  @FuzzTest(maxDuration = "2m")
  void amount(byte[] input) {
    check(TextParser.AMOUNT, input);
  }

  @FuzzTest(maxDuration = "2m")
  void cnyAmount(byte[] input) {
    check(TextParser.CNY_AMOUNT, input);
  }

  @FuzzTest(maxDuration = "2m")
  void figure(byte[] input) {
    check(TextParser.FIGURE, input);
  }

  @FuzzTest(maxDuration = "2m")
  void documentNumber(byte[] input) {
    check(TextParser.DOCUMENT_NUMBER, input);
  }

  @FuzzTest(maxDuration = "2m")
  void fundLabel(byte[] input) {
    check(TextParser.FUND_LABEL, input);
  }

  @FuzzTest(maxDuration = "2m")
  void projectCode(byte[] input) {
    check(TextParser.PROJECT_CODE, input);
  }

  @FuzzTest(maxDuration = "2m")
  void subject(byte[] input) {
    check(TextParser.SUBJECT, input);
  }

  @FuzzTest(maxDuration = "2m")
  void subjectCode(byte[] input) {
    check(TextParser.SUBJECT_CODE, input);
  }

  @FuzzTest(maxDuration = "2m")
  void divisionCode(byte[] input) {
    check(TextParser.DIVISION_CODE, input);
  }

  @FuzzTest(maxDuration = "2m")
  void target(byte[] input) {
    check(TextParser.TARGET, input);
  }

  @FuzzTest(maxDuration = "2m")
  void observation(byte[] input) {
    check(TextParser.OBSERVATION, input);
  }
}
