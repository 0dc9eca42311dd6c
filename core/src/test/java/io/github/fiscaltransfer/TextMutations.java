package io.github.fiscaltransfer;

import java.util.List;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik arbitraries of printed values as the seed documents print them, mutated: characters inserted, deleted,
 * replaced or repeated, and stretches duplicated. The characters are mostly those the parsers treat specially (digits
 * in both widths, spaces, dashes, brackets, units, comparisons); shrinking goes towards the unmutated seed.
 */
public final class TextMutations {

  /** Characters the parsers read specially, and a few they do not. */
  public static final String ALPHABET = "0123456789０１９ \t\n\u3000\u00a0-—－–―()（）〔〕[]【】号元万亿,，.．%％*＊≥≤><＞约"
      + "月底前AZx医覆盖内达到是否";

  private TextMutations() {}

  /**
   * Returns the seeds, each mutated zero to four times.
   *
   * @param seeds printed values, not empty
   * @return mutated texts, not null
   */
  public static Arbitrary<String> of(List<String> seeds) {
    return Combinators.combine(Arbitraries.of(seeds), mutation().list().ofMaxSize(4)).as((seed, mutations) -> {
      String text = seed;
      for (UnaryOperator<String> mutation : mutations) {
        text = mutation.apply(text);
      }
      return text;
    });
  }

  /**
   * Returns the characters the parsers read specially.
   *
   * @return one of {@link #ALPHABET}, not null
   */
  public static Arbitrary<Character> special() {
    return Arbitraries.of(ALPHABET.chars().mapToObj(c -> (char) c).toList());
  }

  private static Arbitrary<UnaryOperator<String>> mutation() {
    Arbitrary<Integer> at = Arbitraries.integers().between(0, 200);
    Arbitrary<Character> character = Arbitraries.frequencyOf(Tuple.of(9, special()), Tuple.of(1, Arbitraries.chars()));
    return Arbitraries.frequencyOf(
        Tuple.of(3, Combinators.combine(at, character).as((i, c) -> s -> splice(s, i, 0, String.valueOf(c)))),
        Tuple.of(2, at.map(i -> s -> splice(s, i, 1, ""))),
        Tuple.of(2, Combinators.combine(at, character).as((i, c) -> s -> splice(s, i, 1, String.valueOf(c)))),
        Tuple.of(1, Combinators.combine(at, character, Arbitraries.integers().between(2, 300))
            .as((i, c, n) -> s -> splice(s, i, 0, String.valueOf(c).repeat(n)))),
        Tuple.of(1, Combinators.combine(at, at).as((i, n) -> s -> duplicate(s, i, n))));
  }

  /** Replaces {@code remove} characters at {@code at} (taken modulo the length) with {@code insert}. */
  private static String splice(String text, int at, int remove, String insert) {
    int from = at % (text.length() + 1);
    int to = Math.min(text.length(), from + remove);
    return text.substring(0, from) + insert + text.substring(to);
  }

  private static String duplicate(String text, int at, int length) {
    int from = at % (text.length() + 1);
    int to = Math.min(text.length(), from + length);
    return text.substring(0, to) + text.substring(from);
  }
}
