package io.github.fiscaltransfer.benchmarks;

import io.github.fiscaltransfer.hierarchy.NationalUnits;
import io.github.fiscaltransfer.unit.FiscalUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * BASELINE, not library code: the unit tree as arrays of {@code long} weights, and a hand-written largest-remainder
 * split of a {@code long} fen total at every level (ties to the lower index). What {@code Propagation} is measured
 * against.
 */
final class LongLargestRemainder {

  private final long[][] childWeights;
  private final int[][] childIndices;

  LongLargestRemainder(NationalUnits units) {
    List<FiscalUnit> order = new ArrayList<>(List.of(units.central()));
    List<long[]> weights = new ArrayList<>();
    List<int[]> indices = new ArrayList<>();
    for (int u = 0; u < order.size(); u++) {
      List<FiscalUnit> children = units.children(order.get(u));
      weights.add(children.stream().mapToLong(child -> units.weights().get(child).longValueExact()).toArray());
      int first = order.size();
      indices.add(IntStream.range(first, first + children.size()).toArray());
      order.addAll(children);
    }
    childWeights = weights.toArray(long[][]::new);
    childIndices = indices.toArray(int[][]::new);
  }

  /** Returns every unit's amount in fen, the centre's first, after splitting the total down the tree. */
  long[] propagate(long totalFen) {
    long[] amounts = new long[childWeights.length];
    amounts[0] = totalFen;
    for (int u = 0; u < childWeights.length; u++) {
      split(amounts[u], childWeights[u], childIndices[u], amounts);
    }
    return amounts;
  }

  private static void split(long amount, long[] weights, int[] indices, long[] amounts) {
    if (weights.length == 0) {
      return;
    }
    long sum = 0;
    for (long weight : weights) {
      sum += weight;
    }
    long[] remainders = new long[weights.length];
    long given = 0;
    for (int i = 0; i < weights.length; i++) {
      long product = Math.multiplyExact(amount, weights[i]);
      amounts[indices[i]] = product / sum;
      remainders[i] = product % sum;
      given += amounts[indices[i]];
    }
    for (long left = amount - given; left > 0; left--) {
      int largest = 0;
      for (int i = 1; i < remainders.length; i++) {
        largest = remainders[i] > remainders[largest] ? i : largest;
      }
      amounts[indices[largest]]++;
      remainders[largest] = -1;
    }
  }
}
