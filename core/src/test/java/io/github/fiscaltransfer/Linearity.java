package io.github.fiscaltransfer;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Checks that a parser runs in time linear in its input without a wall-clock limit. At lengths of 4 Ki, 64 Ki and
 * 1 Mi characters it times a hostile input against a reference of the same length: the longest of reading a valid
 * input, naming the hostile input in a {@link FiscalParseException} (as every refusal does) and scanning it once
 * character by character. A length fails when the hostile input takes more than ten times its reference <em>and</em>
 * more than 128 times what the previous, sixteen times shorter, length took (a linear parser takes about 16 times,
 * a quadratic one 256 times; a 1 Mi input that no longer fits the cache was seen at 67 times on a loaded machine).
 * Times are the fastest of up to seven runs after a warm-up, and a failing length is timed
 * once more, so a busy machine or a costly but linear error path does not fail the check; a quadratic parser fails at
 * 64 Ki characters, long before it could hang the build. Times are CPU times of the testing thread, not wall-clock
 * times.
 */
public final class Linearity {

  /** The lengths compared, shortest first, each 16 times the one before. */
  private static final int[] LENGTHS = {1 << 12, 1 << 16, 1 << 20};
  private static final int RUNS = 7;
  private static final long RATIO = 10;
  private static final long GROWTH = 128;
  private static final int WARM_UP = 50;

  /** Times are this thread's CPU time, which a machine busy with other work does not stretch. */
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** Keeps each result alive, so the compiler cannot skip the work that made it. */
  private static volatile Object sink;

  private Linearity() {}

  /**
   * Compares a parser's time on hostile inputs with its references at each length.
   *
   * @param parser the parser; what it throws is ignored, not null
   * @param valid a valid input of a given length, not null
   * @param hostile the hostile input, not null
   * @throws AssertionError if the hostile input is not read in linear time
   */
  public static void check(Function<String, ?> parser, IntFunction<String> valid, Hostile hostile) {
    String shortest = hostile.ofLength(LENGTHS[0]);
    for (int i = 0; i < WARM_UP; i++) {
      reference(parser, valid.apply(LENGTHS[0]), shortest);
      nanos(parser, shortest);
    }
    long previous = Long.MAX_VALUE / GROWTH;
    for (int length : LENGTHS) {
      String good = valid.apply(length);
      String bad = hostile.ofLength(length);
      long[] times = time(parser, good, bad, previous);
      if (fails(times, previous)) {
        times = time(parser, good, bad, previous);
      }
      if (fails(times, previous)) {
        throw new AssertionError("Not linear: " + length + " characters took " + times[1] + " ns, " + times[0]
            + " ns for the reference and " + previous + " ns at a sixteenth of the length, for " + hostile);
      }
      previous = times[1];
    }
  }

  private static boolean fails(long[] times, long previous) {
    return times[1] > RATIO * times[0] && times[1] > GROWTH * previous;
  }

  /** Returns the reference time and the hostile input's time, each the fastest run, stopping at a passing run. */
  private static long[] time(Function<String, ?> parser, String good, String bad, long previous) {
    long[] times = {Long.MAX_VALUE, Long.MAX_VALUE};
    for (int run = 0; run < RUNS && (run == 0 || fails(times, previous)); run++) {
      times[0] = Math.min(times[0], Math.max(reference(parser, good, bad), 1));
      times[1] = Math.min(times[1], nanos(parser, bad));
    }
    return times;
  }

  private static long reference(Function<String, ?> parser, String good, String bad) {
    long valid = nanos(parser, good);
    long naming = nanos(text -> new FiscalParseException("text", "a reason", text, 0), bad);
    long scanning = nanos(Linearity::scan, bad);
    return Math.max(valid, Math.max(naming, scanning));
  }

  /** Reads every character once, as a parser at least must. */
  private static Integer scan(String text) {
    int spaces = 0;
    for (int i = 0; i < text.length(); i++) {
      if (Character.isWhitespace(text.charAt(i)) || Character.isDigit(text.charAt(i))) {
        spaces++;
      }
    }
    return spaces;
  }

  /**
   * A hostile input of any length made from a printed value.
   *
   * @param seed the printed value
   * @param filler the character repeated
   * @param at where in the seed the filler goes, modulo its length plus one
   * @param repeated whether the seed itself is repeated instead
   */
  public record Hostile(String seed, char filler, int at, boolean repeated) {

    /**
     * Returns the input at a length.
     *
     * @param length the length, more than the seed's
     * @return the input, of exactly that length
     */
    public String ofLength(int length) {
      if (repeated) {
        return seed.repeat(length / seed.length() + 1).substring(0, length);
      }
      int split = at % (seed.length() + 1);
      return seed.substring(0, split) + String.valueOf(filler).repeat(length - seed.length()) + seed.substring(split);
    }

    @Override
    public String toString() {
      return repeated ? "'" + seed + "' repeated" : "'" + seed + "' with '" + filler + "' repeated at " + at;
    }
  }

  private static long nanos(Function<String, ?> parser, String input) {
    long start = THREADS.getCurrentThreadCpuTime();
    try {
      sink = parser.apply(input);
    } catch (IllegalArgumentException refused) {
      // refusing is as good as reading: only the time counts here
    }
    return THREADS.getCurrentThreadCpuTime() - start;
  }
}
