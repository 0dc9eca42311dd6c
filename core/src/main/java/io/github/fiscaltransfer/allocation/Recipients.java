package io.github.fiscaltransfer.allocation;

import java.math.BigDecimal;
import java.util.Arrays;

/** Checks the recipients of an allocation request, one message per rule. */
final class Recipients {

  /** Up to this many keys, repeats are found by comparing every pair, with no copy and no hashing. */
  private static final int PAIRWISE = 16;

  private Recipients() {}

  /** Checks every rule on the keys and weights, given in table order (parallel arrays of one length). */
  static void check(String[] keys, BigDecimal[] weights) {
    if (keys.length == 0) {
      throw new IllegalArgumentException("An allocation needs at least one recipient");
    }
    boolean anyPositive = false;
    for (int i = 0; i < keys.length; i++) {
      String key = keys[i];
      BigDecimal weight = weights[i];
      if (key.isBlank()) {
        throw new IllegalArgumentException("Recipient key must not be blank: '" + key + "'");
      }
      if (weight.signum() < 0) {
        throw new IllegalArgumentException(
            "Weight of recipient '" + key + "' must not be negative: " + weight.toPlainString());
      }
      anyPositive |= weight.signum() > 0;
    }
    String repeated = repeated(keys);
    if (repeated != null) {
      throw new IllegalArgumentException("Recipient '" + repeated + "' is listed more than once");
    }
    if (!anyPositive) {
      throw new IllegalArgumentException(
          "At least one weight must be positive: all " + keys.length + " weights are zero");
    }
  }

  /** Returns a key listed more than once (the first in natural order if several are), or null. */
  private static String repeated(String[] keys) {
    if (keys.length <= PAIRWISE) {
      String first = null;
      for (int i = 0; i < keys.length; i++) {
        for (int j = i + 1; j < keys.length; j++) {
          if (keys[i].equals(keys[j]) && (first == null || keys[i].compareTo(first) < 0)) {
            first = keys[i];
          }
        }
      }
      return first;
    }
    String[] sorted = keys.clone();
    Arrays.sort(sorted);
    for (int i = 1; i < sorted.length; i++) {
      if (sorted[i].equals(sorted[i - 1])) {
        return sorted[i];
      }
    }
    return null;
  }
}
