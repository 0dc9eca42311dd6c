package io.github.fiscaltransfer.allocation;

import io.github.fiscaltransfer.money.Quantum;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The exact shares of one request, in steps: line i's share is {@code (steps × w_i) / Σw}, kept as its floor and
 * the remainder numerator over the common denominator {@code Σw}. Integer arithmetic only: on {@code long} when
 * the integer weights, their sum and every product {@code steps × w_i} fit (almost every table), otherwise on
 * {@link BigInteger}; both forms give the same shares.
 */
abstract class Shares {

  /** Below this many lines, indices are sorted by insertion on an {@code int[]}, with no boxing. */
  private static final int SMALL = 64;

  /** The request's keys and weights in table order, shared with it and never changed. */
  final String[] keys;
  final BigDecimal[] decimalWeights;
  final Quantum quantum;

  private Shares(AllocationRequest request) {
    keys = request.keys();
    decimalWeights = request.weightArray();
    quantum = request.quantum();
  }

  /** Returns the exact shares of a valid request, on {@code long} where everything fits. */
  static Shares of(AllocationRequest request) {
    Shares compact = Compact.ofIfFits(request);
    return compact != null ? compact : new Wide(request);
  }

  /** Returns the exact shares of a valid request on {@link BigInteger}, whatever their size. */
  static Shares onBigIntegers(AllocationRequest request) {
    return new Wide(request);
  }

  /** Returns the number of lines. */
  final int size() {
    return keys.length;
  }

  /** Returns the steps left over once every line has the floor of its share: less than the number of lines. */
  abstract long leftover();

  /** Compares the remainders of lines i and j. */
  abstract int compareRemainders(int i, int j);

  /** Compares the weights of lines i and j. */
  abstract int compareWeights(int i, int j);

  /** Returns whether line i's share rounds up when rounded half-up to a whole step. */
  abstract boolean roundsHalfUp(int i);

  /** Returns whether line i would be below zero after receiving the given steps beyond its floor. */
  abstract boolean negativeWith(int i, long received);

  /** Returns line i, given the steps it received beyond its floor. */
  abstract AllocatedLine line(int i, long received);

  /** Returns the amount of a number of steps beyond line i's floor, for messages. */
  abstract String amountWith(int i, long received);

  /** Returns the line indices, largest remainder first, ties by key in natural order. */
  final int[] byRemainderThenKey() {
    int[] order = IntStream.range(0, size()).toArray();
    if (order.length <= SMALL) {
      for (int n = 1; n < order.length; n++) {
        int index = order[n];
        int at = n;
        while (at > 0 && before(index, order[at - 1])) {
          order[at] = order[at - 1];
          at--;
        }
        order[at] = index;
      }
      return order;
    }
    Comparator<Integer> byRemainder = (i, j) -> compareRemainders(j, i);
    return IntStream.of(order).boxed().sorted(byRemainder.thenComparing(i -> keys[i]))
        .mapToInt(Integer::intValue).toArray();
  }

  /** Returns whether line i comes before line j: a larger remainder, or an equal one and a smaller key. */
  private boolean before(int i, int j) {
    int remainders = compareRemainders(i, j);
    return remainders > 0 || remainders == 0 && keys[i].compareTo(keys[j]) < 0;
  }

  /** Returns the index of the line with the largest weight; among equal weights, the first key. */
  final int largest() {
    int largest = 0;
    for (int i = 1; i < size(); i++) {
      int weights = compareWeights(i, largest);
      if (weights > 0 || weights == 0 && keys[i].compareTo(keys[largest]) < 0) {
        largest = i;
      }
    }
    return largest;
  }

  /** Returns the index of a recipient's line. */
  final int indexOf(String key) {
    int index = Arrays.asList(keys).indexOf(key);
    assert index >= 0 : "fiscal-transfer bug: the method's recipient was not checked: " + key;
    return index;
  }

  /** Returns the steps still to hand out (negative if over-handed) given the steps received beyond floors. */
  final long difference(long[] received) {
    long handed = leftover();
    for (long r : received) {
      handed -= r;
    }
    return handed;
  }

  /** Refuses a rounding difference that would leave a line below zero. */
  final void requireNotNegative(int i, long received) {
    if (negativeWith(i, received)) {
      throw new IllegalArgumentException("The rounding difference (尾差) would make line '" + keys[i]
          + "' negative: " + amountWith(i, received) + "; allocate by largest remainder instead");
    }
  }

  /** Returns the lines, in request order, given the steps each received beyond its floor. */
  final List<AllocatedLine> lines(long[] received) {
    List<AllocatedLine> lines = new ArrayList<>(size());
    for (int i = 0; i < size(); i++) {
      lines.add(line(i, received[i]));
    }
    return lines;
  }

  /** The scale that makes every weight an integer with the same ratios: the largest scale, at least 0. */
  private static int commonScale(BigDecimal[] weights) {
    int scale = 0;
    for (BigDecimal weight : weights) {
      scale = Math.max(scale, weight.scale());
    }
    return scale;
  }

  /** Shares on {@code long}: every integer weight, their sum and every product with the steps fit. */
  private static final class Compact extends Shares {

    private final long[] weights;
    private final long[] floors;
    private final long[] remainders;
    private final long denominator;
    private final long steps;

    private Compact(AllocationRequest request, long steps, long[] weights, long denominator) {
      super(request);
      this.weights = weights;
      this.denominator = denominator;
      this.steps = steps;
      floors = new long[weights.length];
      remainders = new long[weights.length];
      for (int i = 0; i < weights.length; i++) {
        long product = steps * weights[i];
        floors[i] = product / denominator;
        remainders[i] = product % denominator;
      }
    }

    /** Returns the shares on {@code long}, or null if a weight, the sum or a product does not fit. */
    static Compact ofIfFits(AllocationRequest request) {
      BigInteger bigSteps = request.steps();
      if (bigSteps.bitLength() >= Long.SIZE) {
        return null;
      }
      long steps = bigSteps.longValue();
      int scale = commonScale(request.weightArray());
      long[] weights = new long[request.weightArray().length];
      long sum = 0;
      int i = 0;
      try {
        for (BigDecimal weight : request.weightArray()) {
          // A weight of scale 0 gives its long without creating a BigInteger.
          weights[i] = scale == 0 && weight.scale() == 0 ? weight.longValueExact()
              : weight.setScale(scale).unscaledValue().longValueExact();
          sum = Math.addExact(sum, weights[i]);
          Math.multiplyExact(steps, weights[i]);
          i++;
        }
      } catch (ArithmeticException overflow) {
        return null;
      }
      return new Compact(request, steps, weights, sum);
    }

    @Override
    long leftover() {
      long given = 0;
      for (long floor : floors) {
        given += floor;
      }
      return steps - given;
    }

    @Override
    int compareRemainders(int i, int j) {
      return Long.compare(remainders[i], remainders[j]);
    }

    @Override
    int compareWeights(int i, int j) {
      return Long.compare(weights[i], weights[j]);
    }

    @Override
    boolean roundsHalfUp(int i) {
      // remainder >= denominator - remainder, without doubling a remainder that may exceed half of Long.MAX_VALUE.
      return remainders[i] >= denominator - remainders[i];
    }

    @Override
    boolean negativeWith(int i, long received) {
      return floors[i] + received < 0;
    }

    @Override
    AllocatedLine line(int i, long received) {
      return new AllocatedLine(keys[i], decimalWeights[i], floors[i], remainders[i], denominator, quantum,
          received);
    }

    @Override
    String amountWith(int i, long received) {
      return quantum.times(BigInteger.valueOf(floors[i] + received)).toString();
    }
  }

  /** Shares on {@link BigInteger}, for totals, weights or products that do not fit a {@code long}. */
  private static final class Wide extends Shares {

    private final BigInteger[] weights;
    private final BigInteger[] floors;
    private final BigInteger[] remainders;
    private final BigInteger denominator;
    private final BigInteger steps;

    private Wide(AllocationRequest request) {
      super(request);
      int scale = commonScale(decimalWeights);
      weights = Arrays.stream(decimalWeights).map(w -> w.setScale(scale).unscaledValue()).toArray(BigInteger[]::new);
      denominator = Arrays.stream(weights).reduce(BigInteger.ZERO, BigInteger::add);
      steps = request.steps();
      floors = new BigInteger[weights.length];
      remainders = new BigInteger[weights.length];
      for (int i = 0; i < weights.length; i++) {
        BigInteger[] division = steps.multiply(weights[i]).divideAndRemainder(denominator);
        floors[i] = division[0];
        remainders[i] = division[1];
      }
    }

    @Override
    long leftover() {
      return steps.subtract(Arrays.stream(floors).reduce(BigInteger.ZERO, BigInteger::add)).longValueExact();
    }

    @Override
    int compareRemainders(int i, int j) {
      return remainders[i].compareTo(remainders[j]);
    }

    @Override
    int compareWeights(int i, int j) {
      return weights[i].compareTo(weights[j]);
    }

    @Override
    boolean roundsHalfUp(int i) {
      return remainders[i].shiftLeft(1).compareTo(denominator) >= 0;
    }

    @Override
    boolean negativeWith(int i, long received) {
      return floors[i].add(BigInteger.valueOf(received)).signum() < 0;
    }

    @Override
    AllocatedLine line(int i, long received) {
      return new AllocatedLine(keys[i], decimalWeights[i],
          ExactShare.of(floors[i], remainders[i], denominator, quantum), received);
    }

    @Override
    String amountWith(int i, long received) {
      return quantum.times(floors[i].add(BigInteger.valueOf(received))).toString();
    }
  }
}
