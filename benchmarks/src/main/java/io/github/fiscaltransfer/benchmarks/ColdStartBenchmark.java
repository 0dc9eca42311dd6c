package io.github.fiscaltransfer.benchmarks;

import io.github.fiscaltransfer.money.CnyAmount;
import io.github.fiscaltransfer.notice.NoticeValidator;
import io.github.fiscaltransfer.notice.TransferNotice;
import io.github.fiscaltransfer.validation.ValidationReport;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Benchmark 5: a fresh JVM's time to its first validated notice — class loading, the built-in unit registry and
 * subject catalogs — and to that plus its first exact amount ({@code CnyAmount}, which needs no provider or
 * service loading); once per fork, over several forks.
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

  /**
   * Builds and validates {@link FirstNotice#national()}, a notice outside the seeds' provinces, which makes the
   * registry search the whole built-in list of divisions by name and read a province's lines for its cities;
   * {@link ColdStartCpu} times it in thread CPU time, which a loaded machine disturbs less.
   *
   * @return the report
   */
  @Benchmark
  public ValidationReport firstValidatedNationalNotice() {
    return NoticeValidator.builtIn().validate(FirstNotice.national());
  }

  /**
   * Builds and validates {@link FirstNotice}, then turns its stated total into a {@code CnyAmount}.
   *
   * @param blackhole the sink
   */
  @Benchmark
  public void firstValidatedNoticeAndMoney(Blackhole blackhole) {
    TransferNotice notice = FirstNotice.notice();
    blackhole.consume(NoticeValidator.builtIn().validate(notice));
    blackhole.consume(notice.allocations().get(0).statedTotal().orElseThrow().toAmount());
  }
}
