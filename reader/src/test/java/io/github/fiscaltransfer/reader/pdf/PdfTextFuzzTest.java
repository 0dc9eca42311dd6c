package io.github.fiscaltransfer.reader.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.fiscaltransfer.reader.FindingLanguages;
import io.github.fiscaltransfer.reader.ReadResult;
import io.github.fiscaltransfer.reader.ReadRule;
import io.github.fiscaltransfer.reader.text.NoticeTextReader;

/**
 * Coverage-guided fuzzing of {@link PdfTextReader} on any bytes: it returns text, or no text and exactly one
 * {@code read.unreadable} finding, never an exception; the text it returns reads as a notice without throwing.
 * Without {@code JAZZER_FUZZ=1} this replays the inputs under {@code PdfTextFuzzTestInputs/} (a one-page PDF, a
 * truncated one, and one with its cross-reference offset broken).
 */
class PdfTextFuzzTest {

  private static final PdfTextReader READER = PdfTextReader.create();

  @FuzzTest(maxDuration = "40s")
  void readAnyBytes(FuzzedDataProvider data) {
    ReadResult<PdfText> read = READER.read(data.consumeRemainingAsBytes());
    FindingLanguages.assertBothLanguages(read);
    if (read.document().isEmpty()) {
      assertEquals(1, read.report().findings().findings(ReadRule.UNREADABLE.id()).size(), read::toString);
      return;
    }
    PdfText text = read.document().get();
    assertTrue(text.pages() <= PdfLimits.MAX_PAGES, text::toString);
    NoticeTextReader.builtIn().read(text.text(), "title").toString();
  }
}
