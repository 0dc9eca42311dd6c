package io.github.fiscaltransfer.allocation;

import io.github.fiscaltransfer.money.Quantum;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The exact shares of one request, in steps: line i's share is {@code (steps × w_i) / Σw}, kept as its floor and
 * the remainder numerator over the common denominator {@code Σw}. Integer arithmetic only.
 */
final class Shares {

  private final List<String> keys;
  private final BigInteger[] weights;
  private final BigInteger[] floors;
  private final BigInteger[] remainders;
  private final BigInteger denominator;
  private final BigInteger steps;
  private final Quantum quantum;

  private Shares(AllocationRequest request) {
    keys = List.copyOf(request.weights().keySet());
    weights = integers(request.weights().values());
    denominator = Arrays.stream(weights).reduce(BigInteger.ZERO, BigInteger::add);
    quantum = request.quantum();
    steps = request.steps();
    floors = new BigInteger[weights.length];
    remainders = new BigInteger[weights.length];
    for (int i = 0; i < weights.length; i++) {
      BigInteger[] division = share(weights[i]);
      floors[i] = division[0];
      remainders[i] = division[1];
    }
  }

  /** Returns the floor and remainder of {@code steps × weight / Σw}, on longs where the product fits. */
  private BigInteger[] share(BigInteger weight) {
    if (steps.bitLength() < Long.SIZE && weight.bitLength() < Long.SIZE && denominator.bitLength() < Long.SIZE) {
      try {
        long product = Math.multiplyExact(steps.longValue(), weight.longValue());
        long sum = denominator.longValue();
        return new BigInteger[] {BigInteger.valueOf(product / sum), BigInteger.valueOf(product % sum)};
      } catch (ArithmeticException overflow) {
        // The product does not fit a long: divide as BigInteger below.
      }
    }
    return steps.multiply(weight).divideAndRemainder(denominator);
  }

  /** Returns the exact shares of a valid request. */
  static Shares of(AllocationRequest request) {
    return new Shares(request);
  }

  /** Scales all weights by one power of ten so that they become integers with the same ratios. */
  private static BigInteger[] integers(Iterable<BigDecimal> decimals) {
    List<BigDecimal> list = new ArrayList<>();
    decimals.forEach(list::add);
    int scale = list.stream().mapToInt(BigDecimal::scale).max().orElse(0);
    return list.stream()
        .map(w -> w.setScale(Math.max(scale, 0)).unscaledValue())
        .toArray(BigInteger[]::new);
  }

  /** Returns a fresh array of zeros, one per line. */
  BigInteger[] zeros() {
    BigInteger[] zeros = new BigInteger[keys.size()];
    Arrays.fill(zeros, BigInteger.ZERO);
    return zeros;
  }

  /** Returns the steps left over once every line has the floor of its share: less than the number of lines. */
  BigInteger leftover() {
    return steps.subtract(Arrays.stream(floors).reduce(BigInteger.ZERO, BigInteger::add));
  }

  /** Returns the line indices, largest remainder first, ties by key in natural order. */
  Stream<Integer> byRemainderThenKey() {
    Comparator<Integer> byRemainder = Comparator.comparing(i -> remainders[i]);
    return IntStream.range(0, keys.size()).boxed()
        .sorted(byRemainder.reversed().thenComparing(keys::get));
  }

  /** Returns whether line i's share rounds up when rounded half-up to a whole step. */
  boolean roundsHalfUp(int i) {
    return remainders[i].shiftLeft(1).compareTo(denominator) >= 0;
  }

  /** Returns the index of the line with the largest weight; among equal weights, the first key. */
  int largest() {
    Comparator<Integer> byWeight = Comparator.comparing(i -> weights[i]);
    return IntStream.range(0, keys.size()).boxed()
        .min(byWeight.reversed().thenComparing(keys::get))
        .orElseThrow();
  }

  /** Returns the index of a recipient's line. */
  int indexOf(String key) {
    int index = keys.indexOf(key);
    assert index >= 0 : "fiscal-transfer bug: the method's recipient was not checked: " + key;
    return index;
  }

  /** Returns the steps still to hand out (negative if over-handed) given the steps received beyond floors. */
  BigInteger difference(BigInteger[] received) {
    BigInteger handed = leftover();
    for (BigInteger r : received) {
      handed = handed.subtract(r);
    }
    return handed;
  }

  /** Refuses a rounding difference that would leave a line below zero. */
  void requireNotNegative(int i, BigInteger received) {
    BigInteger lineSteps = floors[i].add(received);
    if (lineSteps.signum() < 0) {
      throw new IllegalArgumentException("The rounding difference (尾差) would make line '" + keys.get(i)
          + "' negative: " + quantum.times(lineSteps) + "; allocate by largest remainder instead");
    }
  }

  /** Returns the lines, in request order, given the steps each received beyond its floor. */
  List<AllocatedLine> lines(List<BigDecimal> decimalWeights, BigInteger[] received) {
    List<AllocatedLine> lines = new ArrayList<>(keys.size());
    for (int i = 0; i < keys.size(); i++) {
      ExactShare share = ExactShare.of(floors[i], remainders[i], denominator, quantum);
      lines.add(new AllocatedLine(keys.get(i), decimalWeights.get(i), share, received[i]));
    }
    return lines;
  }
}
