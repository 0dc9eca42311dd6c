package io.github.fiscaltransfer.allocation;

import java.util.Objects;

/**
 * How an allocation hands out the steps left over once every line has the whole steps of its exact share.
 *
 * <ul>
 *   <li>{@link #largestRemainder()} (最大余额法, Hamilton, the default): the left-over steps go one each to the
 *       lines with the largest remainders; ties go to the recipient key that comes first in {@link String}
 *       natural order, so the result does not depend on the order recipients are listed in.
 *   <li>{@link #roundingDifferenceTo(String)} and {@link #roundingDifferenceToLargestLine()} (尾差): every line is
 *       rounded half-up to a whole step, and the difference between the total and the sum of the rounded lines
 *       is put on one line.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public abstract class AllocationMethod {

  private static final AllocationMethod LARGEST_REMAINDER = new LargestRemainder();

  private static final AllocationMethod DIFFERENCE_TO_LARGEST = new RoundingDifference(null);

  AllocationMethod() {}

  /**
   * Returns the largest-remainder (Hamilton, 最大余额法) method: every line is within one step of its exact share.
   *
   * @return the method, not null
   */
  public static AllocationMethod largestRemainder() {
    return LARGEST_REMAINDER;
  }

  /**
   * Returns the half-up method that puts the rounding difference (尾差) on a named recipient, such as
   * {@code 省级留用} or {@code 市本级}.
   *
   * @param key the key of the recipient that takes the difference, not null
   * @return the method, not null
   */
  public static AllocationMethod roundingDifferenceTo(String key) {
    return new RoundingDifference(Objects.requireNonNull(key, "key"));
  }

  /**
   * Returns the half-up method that puts the rounding difference (尾差) on the line with the largest weight;
   * among equal weights, on the recipient key that comes first in {@link String} natural order.
   *
   * @return the method, not null
   */
  public static AllocationMethod roundingDifferenceToLargestLine() {
    return DIFFERENCE_TO_LARGEST;
  }

  /**
   * Checks that the method can be used with the request's recipients.
   *
   * @throws IllegalArgumentException if it cannot
   */
  abstract void check(AllocationRequest request);

  /** Returns, for each line in request order, the steps it receives beyond the floor of its share. */
  abstract long[] received(Shares shares);

  /** The largest-remainder method. */
  private static final class LargestRemainder extends AllocationMethod {

    @Override
    void check(AllocationRequest request) {
      // Any valid request can be allocated by largest remainder.
    }

    @Override
    long[] received(Shares shares) {
      long[] received = new long[shares.size()];
      long leftover = shares.leftover();
      int[] order = shares.byRemainderThenKey();
      for (int n = 0; n < leftover; n++) {
        received[order[n]] = 1;
      }
      return received;
    }

    @Override
    public String toString() {
      return "largest remainder (最大余额法)";
    }
  }

  /** Half-up rounding of every line, with the difference on one line. */
  private static final class RoundingDifference extends AllocationMethod {

    /** The recipient that takes the difference, or null for the line with the largest weight. */
    private final String key;

    RoundingDifference(String key) {
      this.key = key;
    }

    @Override
    void check(AllocationRequest request) {
      if (key != null && !request.weights().containsKey(key)) {
        throw new IllegalArgumentException("The rounding difference (尾差) recipient '" + key
            + "' is not among the " + request.weights().size() + " recipients");
      }
    }

    @Override
    long[] received(Shares shares) {
      long[] received = new long[shares.size()];
      for (int i = 0; i < received.length; i++) {
        received[i] = shares.roundsHalfUp(i) ? 1 : 0;
      }
      int target = key == null ? shares.largest() : shares.indexOf(key);
      received[target] += shares.difference(received);
      shares.requireNotNegative(target, received[target]);
      return received;
    }

    @Override
    public boolean equals(Object obj) {
      return obj instanceof RoundingDifference other && Objects.equals(key, other.key);
    }

    @Override
    public int hashCode() {
      return Objects.hashCode(key);
    }

    @Override
    public String toString() {
      return "half-up, rounding difference (尾差) to " + (key == null ? "the largest line" : key);
    }
  }
}
