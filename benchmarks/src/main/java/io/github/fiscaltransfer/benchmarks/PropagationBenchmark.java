package io.github.fiscaltransfer.benchmarks;

import io.github.fiscaltransfer.hierarchy.NationalUnits;
import io.github.fiscaltransfer.hierarchy.Propagation;
import io.github.fiscaltransfer.money.CnyAmount;
import io.github.fiscaltransfer.money.Quantum;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Benchmark 2: propagating a national total (321,098,765,432.10 元) down the 41,808 weighted units, one
 * allocation per distributing unit, against a largest-remainder loop on {@code long}.
 */
public class PropagationBenchmark extends NationalTreeBenchmark {

  /** The total every run propagates, in fen: 321,098,765,432.10 元. */
  static final long TOTAL_FEN = 32_109_876_543_210L;

  /** The unit tree and its baseline arrays. */
  @State(Scope.Benchmark)
  public static class Tree {
    NationalUnits units;
    LongLargestRemainder baseline;

    /** Generates the units. */
    @Setup(Level.Trial)
    public void generate() {
      units = NationalUnits.generate(NationalState.SEED);
      baseline = new LongLargestRemainder(units);
    }
  }

  /**
   * Propagates with the library: exact shares, one {@code AllocationTable} per distributing unit.
   *
   * @param tree the state
   * @return the propagation
   */
  @Benchmark
  public Propagation library(Tree tree) {
    return Propagation.of(tree.units.central(), CnyAmount.ofFen(TOTAL_FEN), Quantum.FEN,
        tree.units.weights());
  }

  /**
   * Baseline: largest remainder on {@code long} fen.
   *
   * @param tree the state
   * @return every unit's amount in fen
   */
  @Benchmark
  public long[] longLargestRemainder(Tree tree) {
    return tree.baseline.propagate(TOTAL_FEN);
  }
}
