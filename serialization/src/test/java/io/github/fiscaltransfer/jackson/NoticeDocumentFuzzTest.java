package io.github.fiscaltransfer.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.fiscaltransfer.document.NoticeDocument;
import java.io.CharConversionException;
import java.io.IOException;

/**
 * Coverage-guided fuzzing (Jazzer) of the JSON document reader: any bytes either read or are refused with a
 * Jackson error of bounded length; a document read writes, reads back equal and writes the same again, and its
 * {@code toString} and validation report rather than throw.
 *
 * <p>{@code mvn -B verify} replays the inputs under {@code NoticeDocumentFuzzTestInputs/} (the seeds, and one
 * input per defect found, such as the 12-byte year of #19 defect 1) as ordinary tests. To fuzz, see the module's
 * README: {@code JAZZER_FUZZ=1} and one test selected.
 */
class NoticeDocumentFuzzTest {

  /** The longest refusal message accepted: hostile input must not be repeated whole. */
  private static final int MAX_MESSAGE = 5_000;

  @FuzzTest(maxDuration = "60s")
  void readsOrRefusesAndRoundTrips(byte[] input) throws IOException {
    NoticeDocument document;
    try {
      document = Mappers.newMapper().readValue(input, NoticeDocument.class);
    } catch (com.fasterxml.jackson.core.JsonProcessingException | CharConversionException e) {
      assertTrue(e.getMessage().length() < MAX_MESSAGE, () -> "a message of " + e.getMessage().length() + " chars");
      return;
    }
    String json = Mappers.write(document);
    NoticeDocument back = Mappers.read(json, NoticeDocument.class);
    assertEquals(document, back, json);
    assertEquals(json, Mappers.write(back));
    assertTrue(!document.toString().isEmpty());
    document.validate();
  }
}
