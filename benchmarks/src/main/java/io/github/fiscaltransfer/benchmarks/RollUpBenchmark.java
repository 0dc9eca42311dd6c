package io.github.fiscaltransfer.benchmarks;

import io.github.fiscaltransfer.hierarchy.RollUp;
import io.github.fiscaltransfer.subject.SubjectLevel;
import io.github.fiscaltransfer.unit.AdministrativeLevel;
import io.github.fiscaltransfer.unit.FiscalUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Benchmark 3: rolling the national flow up — where each line's money ends, the total of the centre and of every
 * province, and the totals by 款 and by 类.
 */
public class RollUpBenchmark extends NationalTreeBenchmark {

  /**
   * Rolls up the linked flow (linking is not measured here; see {@link ValidationBenchmark}).
   *
   * @param state the state
   * @param blackhole the sink
   */
  @Benchmark
  public void byUnitAndSubject(NationalState state, Blackhole blackhole) {
    RollUp rollUp = RollUp.of(state.flow);
    blackhole.consume(rollUp.total(state.tree.units().central()));
    for (FiscalUnit province : state.tree.units().units(AdministrativeLevel.PROVINCE)) {
      blackhole.consume(rollUp.total(province));
    }
    blackhole.consume(rollUp.bySubject(SubjectLevel.SECTION));
    blackhole.consume(rollUp.bySubject(SubjectLevel.CLASS));
  }
}
