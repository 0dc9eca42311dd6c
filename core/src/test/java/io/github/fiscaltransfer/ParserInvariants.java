package io.github.fiscaltransfer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.function.Function;

/**
 * The invariants every text parser of the library keeps, checked on one input: it either refuses the text with its
 * documented exception, or returns a value whose {@code toString} does not throw and reads back to an equal value
 * that prints the same text. Shared by the jqwik properties and the Jazzer fuzz tests.
 */
public final class ParserInvariants {

  private ParserInvariants() {}

  /**
   * Parses a text and checks the invariants.
   *
   * @param <T> the parsed type
   * @param text the text, not null
   * @param parser the parser, not null
   * @param refusal the exception the parser documents for text it refuses, not null
   * @return the value, or empty if the parser refused the text
   */
  public static <T> Optional<T> check(String text, Function<String, T> parser,
      Class<? extends IllegalArgumentException> refusal) {
    T value;
    try {
      value = parser.apply(text);
    } catch (IllegalArgumentException e) {
      if (!refusal.isInstance(e)) {
        throw new AssertionError("'" + text + "' was refused with " + e + ", not a " + refusal.getSimpleName(), e);
      }
      return Optional.empty();
    }
    String canonical = value.toString();
    T again;
    try {
      again = parser.apply(canonical);
    } catch (IllegalArgumentException e) {
      throw new AssertionError("'" + text + "' printed as '" + canonical + "', which does not read back", e);
    }
    assertEquals(value, again, () -> "'" + text + "' printed as '" + canonical + "' reads back different");
    assertEquals(canonical, again.toString(), () -> "'" + text + "' reads back printing differently");
    return Optional.of(value);
  }
}
