package io.github.fiscaltransfer.jackson;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.fiscaltransfer.document.NoticeDocument;
import java.io.IOException;

/**
 * Coverage-guided fuzzing (Jazzer) of the JSON document reader: the invariants of {@link JsonFuzzInvariants}, and
 * a document read validates into a report rather than throwing.
 *
 * <p>{@code mvn -B verify} replays the inputs under {@code NoticeDocumentFuzzTestInputs/} (the seeds, and one
 * input per defect found, such as the 12-byte year of #19 defect 1) as ordinary tests. To fuzz, see the module's
 * README: {@code JAZZER_FUZZ=1} and one test selected.
 */
class NoticeDocumentFuzzTest {

  @FuzzTest(maxDuration = "60s")
  void readsOrRefusesAndRoundTrips(byte[] input) throws IOException {
    JsonFuzzInvariants.readsOrRefusesAndRoundTrips(input, NoticeDocument.class).ifPresent(NoticeDocument::validate);
  }
}
