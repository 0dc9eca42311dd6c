package io.github.fiscaltransfer.benchmarks;

import io.github.fiscaltransfer.hierarchy.FundFlow;
import io.github.fiscaltransfer.notice.NoticeValidator;
import io.github.fiscaltransfer.notice.TransferNotice;
import io.github.fiscaltransfer.policy.ValidationPolicy;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Benchmark 1: validating every notice (all table, notice and subject rules) and the whole chain (linking and all
 * chain rules) of the national tree, against the validator a user would write by hand on plain records
 * ({@link HandWrittenValidator}: the same table and chain checks) and, as reference rows, sum-only loops over
 * {@code BigDecimal[]} and {@code long[]}.
 */
public class ValidationBenchmark extends NationalTreeBenchmark {

  /** The tree and its baseline arrays. */
  @State(Scope.Benchmark)
  public static class Tables extends NationalState {
    SumBaselines baselines;
    NoticeValidator validator;
    List<PlainNotices.Notice> plain;

    /** Builds the baseline arrays and plain records, and a validator that knows the tree's units. */
    @Setup(Level.Trial)
    public void arrays() {
      baselines = new SumBaselines(notices);
      plain = PlainNotices.of(notices);
      validator = NoticeValidator.of(ValidationPolicy.builder().units(tree.units().registry()).build());
    }
  }

  /**
   * Validates every notice and the chain; consumes every report.
   *
   * @param tables the state
   * @param blackhole the sink
   */
  @Benchmark
  public void library(Tables tables, Blackhole blackhole) {
    for (TransferNotice notice : tables.notices) {
      blackhole.consume(tables.validator.validate(notice));
    }
    blackhole.consume(FundFlow.of(tables.notices).validate());
  }

  /**
   * Baseline: the hand-written validator on plain records, with the same table and chain checks.
   *
   * @param tables the state
   * @return the findings
   */
  @Benchmark
  public List<HandWrittenValidator.Finding> handWritten(Tables tables) {
    return HandWrittenValidator.validate(tables.plain);
  }

  /**
   * Reference: the sums of {@code BigDecimal[]} tables.
   *
   * @param tables the state
   * @return the number of tables that do not add up
   */
  @Benchmark
  public int bigDecimalSums(Tables tables) {
    return SumBaselines.decimalMismatches(tables.baselines.decimalTables);
  }

  /**
   * Reference: the sums of {@code long} fen tables.
   *
   * @param tables the state
   * @return the number of tables that do not add up
   */
  @Benchmark
  public int longFenSums(Tables tables) {
    return SumBaselines.fenMismatches(tables.baselines.fenTables);
  }
}
