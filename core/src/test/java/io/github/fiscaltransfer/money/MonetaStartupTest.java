package io.github.fiscaltransfer.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Moneta must start offline and quietly: no network access, no exchange-rate providers, no stack traces.
 *
 * <p>Why this would fail if providers were present: the full {@code org.javamoney:moneta} pom adds the ECB and
 * IMF exchange-rate providers, registered as {@code ExchangeRateProvider} and
 * {@code MonetaryConversionsSingletonSpi} services (the probe lists any it finds), and they fetch their rates
 * through Moneta's OkHttp loader, which asks the default {@link java.net.ProxySelector} for each URL (the probe
 * records every one) and, offline, logs and prints stack traces (the probe records log records with a throwable
 * and {@code Exception}/{@code at} lines on {@code System.err}). Putting okhttp back on the classpath is caught
 * directly. The probe runs in a fresh JVM, so the check sees Moneta's real first start whatever other tests
 * did before, and {@link #theProbeSeesNetworkAccessAndStackTraces()} shows its recorders do record.
 */
class MonetaStartupTest {

  @Test
  void monetaStartsWithoutNetworkAccessProvidersOrStackTraces() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process probe = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        MonetaStartupProbe.class.getName()).redirectErrorStream(true).start();
    assertTrue(probe.waitFor(60, TimeUnit.SECONDS), "probe finished");
    String report = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, probe.exitValue(), report);
    List<String> findings = report.lines().filter(line -> !isMonetaInfoLine(line)).toList();
    assertEquals(List.of(), findings);
  }

  /** Moneta logs its MathContext at INFO (two lines with the JDK's console format), which is not a problem. */
  private static boolean isMonetaInfoLine(String line) {
    return line.contains("DefaultMonetaryContextFactory") || line.startsWith("INFO: Using custom MathContext");
  }

  @Test
  void theProbeSeesNetworkAccessAndStackTraces() {
    List<String> findings = new MonetaStartupProbe().run(() -> {
      try {
        new URL("http://fiscal-transfer.invalid/rates").openConnection().connect();
      } catch (IOException e) {
        e.printStackTrace();
      }
    });
    assertTrue(findings.contains("network access to http://fiscal-transfer.invalid/rates"), findings.toString());
    assertTrue(findings.stream().anyMatch(f -> f.startsWith("stack trace on System.err")), findings.toString());
  }
}
