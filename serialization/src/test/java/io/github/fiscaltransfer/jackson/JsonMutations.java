package io.github.fiscaltransfer.jackson;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Mutations of a valid JSON document for fuzzing readers: of its bytes, of its characters, and of its tokens (a
 * token deleted, repeated, swapped, or replaced by another of the document's tokens or by a hostile literal). Each
 * call applies one to three edits; given the same {@link Random} seed, the same mutants come out.
 *
 * <p>Shipped in the test-jar, so that other modules fuzz their documents the same way.
 */
public final class JsonMutations {

  /** The characters a character mutation inserts or writes over. */
  private static final String ALPHABET = "{}[]\":,.-+eE0123456789 \t\\u元万亿〔〕号财社-_ZAx\u0000\uD800\uFFFF";

  /** The literals a token mutation writes in place of a token. */
  private static final List<String> HOSTILE = List.of("null", "true", "0", "-1", "1e999", "2021.5", "\"\"",
      "\"x\"", "{}", "[]", "[null]", "{\"x\":1}", "\"万元\"", "\"2101502\"", "\"440799\"", "\"-0.001\"",
      "99999999999999999999999999999", "\"\\u0000\"", "\"" + "9".repeat(600) + "\"", "1E+999999999", "1e-999999999",
      "\"1E+999999999\"", "2.022E3", "\"2022\"", "0E-5", "-2022");

  private JsonMutations() {
  }

  /** A read that may fail only with the exception type its input allows. */
  @FunctionalInterface
  public interface Read {

    /**
     * Reads the mutant.
     *
     * @throws IOException if the input is rejected
     */
    void run() throws IOException;
  }

  /**
   * Asserts that a read of a mutant text either succeeds or fails with a {@link JsonProcessingException}.
   *
   * @param label names the mutant in a failure, not null
   * @param read reads the mutant, not null
   */
  public static void readsOrFailsCleanly(String label, Read read) {
    check(label, read, JsonProcessingException.class);
  }

  /**
   * Asserts that a read of mutant bytes either succeeds or fails with an {@link IOException} (Jackson reports some
   * broken encodings as a plain {@code CharConversionException}).
   *
   * @param label names the mutant in a failure, not null
   * @param read reads the mutant, not null
   */
  public static void readsBytesOrFailsCleanly(String label, Read read) {
    check(label, read, IOException.class);
  }

  private static void check(String label, Read read, Class<? extends IOException> allowed) {
    try {
      read.run();
    } catch (Throwable e) {
      if (!allowed.isInstance(e)) {
        fail(label + " threw " + e, e);
      }
    }
  }

  /**
   * Returns the bytes with one to three of them replaced by random bytes.
   *
   * @param valid the document's bytes, not empty
   * @param random the source of randomness
   * @return a new array
   */
  public static byte[] bytes(byte[] valid, Random random) {
    byte[] bytes = valid.clone();
    for (int n = 1 + random.nextInt(3); n > 0; n--) {
      bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
    }
    return bytes;
  }

  /**
   * Returns the text with one to three characters replaced, inserted, deleted, or a short run repeated.
   *
   * @param text the document, not empty
   * @param random the source of randomness
   * @return the mutant
   */
  public static String characters(String text, Random random) {
    StringBuilder builder = new StringBuilder(text);
    for (int n = 1 + random.nextInt(3); n > 0; n--) {
      int at = random.nextInt(builder.length());
      char c = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
      switch (random.nextInt(4)) {
        case 0 -> builder.setCharAt(at, c);
        case 1 -> builder.insert(at, c);
        case 2 -> builder.deleteCharAt(at);
        default -> builder.insert(at, builder.substring(at, Math.min(builder.length(), at + 1 + random.nextInt(12))));
      }
      if (builder.length() == 0) {
        builder.append(c);
      }
    }
    return builder.toString();
  }

  /**
   * Returns the document with one to three token edits; separators and whitespace between tokens are kept.
   *
   * @param json the document, not empty
   * @param random the source of randomness
   * @return the mutant
   */
  public static String tokens(String json, Random random) {
    List<String> tokens = new ArrayList<>();
    List<String> gaps = new ArrayList<>();
    split(json, tokens, gaps);
    List<String> originals = List.copyOf(tokens);
    for (int n = 1 + random.nextInt(3); n > 0; n--) {
      int at = random.nextInt(tokens.size());
      switch (random.nextInt(5)) {
        case 0 -> tokens.set(at, "");
        case 1 -> tokens.set(at, tokens.get(at) + "," + tokens.get(at));
        case 2 -> tokens.set(at, originals.get(random.nextInt(originals.size())));
        case 3 -> tokens.set(at, HOSTILE.get(random.nextInt(HOSTILE.size())));
        default -> {
          int other = random.nextInt(tokens.size());
          String swapped = tokens.get(other);
          tokens.set(other, tokens.get(at));
          tokens.set(at, swapped);
        }
      }
    }
    StringBuilder mutant = new StringBuilder();
    for (int i = 0; i < tokens.size(); i++) {
      mutant.append(gaps.get(i)).append(tokens.get(i));
    }
    return mutant.append(gaps.get(tokens.size())).toString();
  }

  /** Splits JSON text into tokens (brackets, strings, literals) and the gaps before, between and after them. */
  private static void split(String json, List<String> tokens, List<String> gaps) {
    int gapStart = 0;
    int i = 0;
    while (i < json.length()) {
      char c = json.charAt(i);
      if (Character.isWhitespace(c) || c == ':' || c == ',') {
        i++;
        continue;
      }
      gaps.add(json.substring(gapStart, i));
      int end = c == '"' ? stringEnd(json, i) : "{}[]".indexOf(c) >= 0 ? i + 1 : literalEnd(json, i);
      tokens.add(json.substring(i, end));
      i = end;
      gapStart = end;
    }
    gaps.add(json.substring(gapStart));
  }

  private static int stringEnd(String json, int start) {
    int i = start + 1;
    while (i < json.length() && json.charAt(i) != '"') {
      i += json.charAt(i) == '\\' ? 2 : 1;
    }
    return Math.min(json.length(), i + 1);
  }

  private static int literalEnd(String json, int start) {
    int i = start;
    while (i < json.length() && "{}[]\":,".indexOf(json.charAt(i)) < 0 && !Character.isWhitespace(json.charAt(i))) {
      i++;
    }
    return i;
  }
}
