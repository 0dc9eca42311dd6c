package io.github.fiscaltransfer.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@link ColdStartBenchmark}'s first validated notices timed in the thread CPU time of the thread that runs them
 * (class loading, interpretation), which a loaded machine disturbs far less than the wall-clock single shots of JMH:
 * {@code java -cp benchmarks/target/benchmarks.jar io.github.fiscaltransfer.benchmarks.ColdStartCpu 15} starts 15
 * fresh JVMs per notice, each validating one notice once, and prints the medians and quartiles.
 */
public final class ColdStartCpu {

  private ColdStartCpu() {}

  /**
   * With a number, forks that many JVMs per notice and prints the statistics; with {@code local} or
   * {@code national}, validates that notice once and prints its thread CPU time in nanoseconds.
   *
   * @param args the number of forks (default 15), or the notice to validate in this JVM
   * @throws IOException if a forked JVM cannot be started or read
   * @throws InterruptedException if interrupted while waiting for one
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    String arg = args.length == 0 ? "15" : args[0];
    if (arg.equals("local") || arg.equals("national")) {
      long start = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
      if (arg.equals("local")) {
        FirstNotice.validate();
      } else {
        new ColdStartBenchmark().firstValidatedNationalNotice();
      }
      System.out.println(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - start);
      return;
    }
    int forks = Integer.parseInt(arg);
    List<Long> local = new ArrayList<>();
    List<Long> national = new ArrayList<>();
    for (int i = 0; i < forks; i++) {
      local.add(fork("local"));
      national.add(fork("national"));
    }
    System.out.println(summary("firstValidatedNotice", local));
    System.out.println(summary("firstValidatedNationalNotice", national));
  }

  private static long fork(String notice) throws IOException, InterruptedException {
    String java = ProcessHandle.current().info().command().orElse("java");
    Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        ColdStartCpu.class.getName(), notice).redirectErrorStream(true).start();
    String line;
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      line = out.readLine();
    }
    if (process.waitFor() != 0 || line == null) {
      throw new IllegalStateException("The forked JVM failed: " + line);
    }
    return Long.parseLong(line.strip());
  }

  private static String summary(String name, List<Long> nanos) {
    List<Long> sorted = new ArrayList<>(nanos);
    sorted.sort(null);
    int n = sorted.size();
    return String.format(Locale.ROOT, "%-30s thread CPU ms: median %.1f, quartiles %.1f–%.1f (%d forks)", name,
        sorted.get(n / 2) / 1e6, sorted.get(n / 4) / 1e6, sorted.get(3 * n / 4) / 1e6, n);
  }
}
