package io.github.fiscaltransfer.benchmarks;

import io.github.fiscaltransfer.validation.ValidationReport;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Benchmark 5: a fresh JVM's time to its first validated notice — class loading, Moneta's service loading, the
 * built-in unit registry and subject catalogs — once per fork, over several forks.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
public class ColdStartBenchmark {

  /**
   * Builds and validates {@link FirstNotice} in a JVM that has not yet loaded the library.
   *
   * @return the report
   */
  @Benchmark
  public ValidationReport firstValidatedNotice() {
    return FirstNotice.validate();
  }
}
