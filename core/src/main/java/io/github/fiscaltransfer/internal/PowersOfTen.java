package io.github.fiscaltransfer.internal;

/** The powers of ten a {@code long} holds, for exact arithmetic on unscaled figures; internal, not API. */
public final class PowersOfTen {

  /** How many there are: 10⁰ to 10¹⁸. */
  public static final int COUNT = 19;

  private static final long[] POWERS = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L,
      100_000_000L, 1_000_000_000L, 10_000_000_000L, 100_000_000_000L, 1_000_000_000_000L, 10_000_000_000_000L,
      100_000_000_000_000L, 1_000_000_000_000_000L, 10_000_000_000_000_000L, 100_000_000_000_000_000L,
      1_000_000_000_000_000_000L};

  private PowersOfTen() {}

  /**
   * Returns ten to a power.
   *
   * @param power 0 to {@link #COUNT} − 1
   * @return 10^power
   * @throws ArrayIndexOutOfBoundsException if the power is outside that range
   */
  public static long of(int power) {
    return POWERS[power];
  }

  /**
   * Returns {@code value × 10^power}, exactly.
   *
   * @param value the value
   * @param power zero or more
   * @return the product
   * @throws ArithmeticException if it does not fit a {@code long}
   */
  public static long times(long value, int power) {
    if (power >= COUNT) {
      if (value == 0) {
        return 0;
      }
      throw new ArithmeticException("long overflow");
    }
    return Math.multiplyExact(value, POWERS[power]);
  }
}
