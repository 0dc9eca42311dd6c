package io.github.fiscaltransfer.allocation;

import io.github.fiscaltransfer.money.Cny;
import io.github.fiscaltransfer.money.CnyAmount;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Named invariants of an {@link Allocation}, checked from the request alone with exact arithmetic that never
 * rounds, so they do not reuse the code under test. Each throws an {@link AssertionError} naming itself.
 */
public final class AllocationInvariants {

  private AllocationInvariants() {}

  /**
   * "allocation sums to its total": the lines add up to the request's total, to the fen.
   *
   * @param allocation the allocation, not null
   */
  public static void sumsToItsTotal(Allocation allocation) {
    BigInteger sum = allocation.lines().stream()
        .map(line -> Cny.toFen(line.amount()))
        .reduce(BigInteger.ZERO, BigInteger::add);
    require(sum.equals(Cny.toFen(allocation.request().total())), "allocation sums to its total", allocation);
  }

  /**
   * "lines in request order": one line per recipient, in the order the recipients were listed.
   *
   * @param allocation the allocation, not null
   */
  public static void linesInRequestOrder(Allocation allocation) {
    List<String> keys = allocation.lines().stream().map(AllocatedLine::key).toList();
    require(keys.equals(List.copyOf(allocation.request().weights().keySet())), "lines in request order", allocation);
  }

  /**
   * "zero weight gets zero".
   *
   * @param allocation the allocation, not null
   */
  public static void zeroWeightGetsZero(Allocation allocation) {
    allocation.lines().stream().filter(l -> l.weight().signum() == 0)
        .forEach(l -> require(l.amount().isZero(), "zero weight gets zero: " + l.key(), allocation));
  }

  /**
   * "every line within one step of its exact share": {@code |steps × Σw − N × w| < Σw}.
   *
   * @param allocation the allocation, not null
   */
  public static void withinOneStepOfShare(Allocation allocation) {
    BigDecimal sum = weightSum(allocation.request().weights());
    for (AllocatedLine line : allocation.lines()) {
      BigDecimal gap = scaledError(allocation, line, sum).abs();
      require(gap.compareTo(sum) < 0, "within one step of its exact share: " + line.key(),
          allocation);
    }
  }

  /**
   * "every line but the 尾差 line is the half-up rounding of its share":
   * {@code −Σw < 2 × (steps × Σw − N × w) ≤ Σw}.
   *
   * @param allocation the allocation, not null
   * @param differenceKey the key of the line that takes the rounding difference, not null
   */
  public static void othersAreHalfUpRoundings(Allocation allocation, String differenceKey) {
    BigDecimal sum = weightSum(allocation.request().weights());
    allocation.lines().stream().filter(line -> !line.key().equals(differenceKey)).forEach(line -> {
      BigDecimal twiceError = scaledError(allocation, line, sum).multiply(BigDecimal.valueOf(2));
      require(twiceError.compareTo(sum.negate()) > 0 && twiceError.compareTo(sum) <= 0,
          "half-up rounding of its share: " + line.key(), allocation);
    });
  }

  /**
   * Returns the half-up rounding of every recipient's share in steps, computed from the request alone.
   *
   * @param request the request, not null
   * @return {@code floor(N × w / Σw + 1/2)} by recipient key, not null
   */
  public static Map<String, BigInteger> halfUpSteps(AllocationRequest request) {
    BigDecimal sum = weightSum(request.weights());
    BigDecimal twiceSteps = steps(request.total(), request).multiply(BigDecimal.valueOf(2));
    BigDecimal twiceSum = sum.multiply(BigDecimal.valueOf(2));
    Map<String, BigInteger> steps = new LinkedHashMap<>();
    request.weights().forEach((key, weight) -> steps.put(key,
        twiceSteps.multiply(weight).add(sum).divideToIntegralValue(twiceSum).toBigIntegerExact()));
    return steps;
  }

  /** Returns {@code steps × Σw − N × w} for a line: zero when the line is exactly its share. */
  private static BigDecimal scaledError(Allocation allocation, AllocatedLine line, BigDecimal weightSum) {
    AllocationRequest request = allocation.request();
    return steps(line.amount(), request).multiply(weightSum)
        .subtract(steps(request.total(), request).multiply(line.weight()));
  }

  private static BigDecimal steps(CnyAmount amount, AllocationRequest request) {
    return new BigDecimal(Cny.toFen(amount)).divide(new BigDecimal(request.quantum().fen()));
  }

  private static BigDecimal weightSum(Map<String, BigDecimal> weights) {
    return weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static void require(boolean holds, String invariant, Allocation allocation) {
    if (!holds) {
      throw new AssertionError("Invariant violated: " + invariant + "\n" + allocation);
    }
  }
}
