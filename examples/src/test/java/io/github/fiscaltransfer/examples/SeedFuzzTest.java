package io.github.fiscaltransfer.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.fiscaltransfer.document.NoticeDocument;
import io.github.fiscaltransfer.jackson.FiscalTransferMappers;
import io.github.fiscaltransfer.jackson.JsonMutations;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Byte-, character- and token-level mutants of the seed JSON files either read, and then write and read back to the
 * same document, or fail with a {@code JsonProcessingException} (from bytes: an {@code IOException}); never a
 * {@code NullPointerException}, {@code ClassCastException}, {@code StackOverflowError} or {@code OutOfMemoryError}.
 *
 * <p>Runs {@code fuzz.cases} mutants (1,000; 100,000 with {@code mvn -B verify -Pfuzz}) from a fixed seed.
 */
class SeedFuzzTest {

  private static final int CASES = Integer.getInteger("fuzz.cases", 1_000);
  private static final JsonMapper MAPPER = FiscalTransferMappers.newMapper();

  private static List<String> seeds() throws IOException {
    List<String> texts = new ArrayList<>();
    for (String file : SeedDocuments.FILES) {
      try (InputStream in = SeedDocuments.class.getResourceAsStream(file)) {
        texts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return texts;
  }

  @Test
  void mutantsReadOrFailCleanly() throws IOException {
    List<String> seeds = seeds();
    Random random = new Random(20_230_209L);
    for (int i = 0; i < CASES; i++) {
      String seed = seeds.get(random.nextInt(seeds.size()));
      String label = "Mutant " + i + " of seed " + seeds.indexOf(seed);
      switch (random.nextInt(3)) {
        case 0 -> {
          byte[] bytes = JsonMutations.bytes(seed.getBytes(StandardCharsets.UTF_8), random);
          JsonMutations.readsBytesOrFailsCleanly(label,
              () -> roundTrips(MAPPER.readValue(bytes, NoticeDocument.class)));
        }
        case 1 -> {
          String json = JsonMutations.characters(seed, random);
          JsonMutations.readsOrFailsCleanly(label + ": " + json, () -> roundTrips(read(json)));
        }
        default -> {
          String json = JsonMutations.tokens(seed, random);
          JsonMutations.readsOrFailsCleanly(label + ": " + json, () -> roundTrips(read(json)));
        }
      }
    }
  }

  private static NoticeDocument read(String json) throws IOException {
    return MAPPER.readValue(json, NoticeDocument.class);
  }

  /** A mutant that reads is a valid document: it writes and reads back to itself. */
  private static void roundTrips(NoticeDocument document) throws IOException {
    assertEquals(document, read(MAPPER.writeValueAsString(document)));
  }
}
