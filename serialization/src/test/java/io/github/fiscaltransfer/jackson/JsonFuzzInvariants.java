package io.github.fiscaltransfer.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.CharConversionException;
import java.io.IOException;
import java.util.Optional;

/**
 * The invariants every JSON document kind keeps on any bytes, shared by the Jazzer targets: the bytes either read or
 * are refused with a Jackson error of bounded length; a document read writes, reads back equal and writes the same
 * again, and its {@code toString} does not throw.
 */
final class JsonFuzzInvariants {

  /** The longest refusal message accepted: hostile input must not be repeated whole. */
  private static final int MAX_MESSAGE = 5_000;

  private JsonFuzzInvariants() {}

  /**
   * Reads bytes as a document kind and checks the invariants.
   *
   * @param input the bytes, not null
   * @param type the document kind, not null
   * @param <T> the document kind
   * @return the document, or empty if the bytes were refused
   * @throws IOException never for bytes the mapper refuses; only if writing fails
   */
  static <T> Optional<T> readsOrRefusesAndRoundTrips(byte[] input, Class<T> type) throws IOException {
    T document;
    try {
      document = Mappers.newMapper().readValue(input, type);
    } catch (JsonProcessingException | CharConversionException e) {
      assertTrue(e.getMessage().length() < MAX_MESSAGE, () -> "a message of " + e.getMessage().length() + " chars");
      return Optional.empty();
    }
    String json = Mappers.write(document);
    T back = Mappers.read(json, type);
    assertEquals(document, back, json);
    assertEquals(json, Mappers.write(back));
    assertTrue(!document.toString().isEmpty());
    return Optional.of(document);
  }
}
