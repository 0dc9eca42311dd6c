package io.github.fiscaltransfer.money;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javax.money.convert.ExchangeRateProvider;
import javax.money.spi.MonetaryConversionsSingletonSpi;

/**
 * Run in a fresh JVM by {@link MonetaStartupTest}: records every network address asked for, everything printed to
 * {@code System.err} and every log record while Moneta starts, then prints one report line per finding.
 */
public final class MonetaStartupProbe {

  private final List<String> findings = new CopyOnWriteArrayList<>();

  /**
   * Installs the recorders, uses Moneta as the library does, and prints the findings (nothing if clean).
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    PrintStream out = System.out;
    MonetaStartupProbe probe = new MonetaStartupProbe();
    probe.run(probe::useMoneta).forEach(out::println);
  }

  /** Runs an action with the recorders installed, restores what it replaced, and returns the findings. */
  List<String> run(Runnable action) {
    ProxySelector originalSelector = ProxySelector.getDefault();
    PrintStream originalErr = System.err;
    Handler handler = new RecordingHandler();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    ProxySelector.setDefault(new RecordingProxySelector());
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    Logger.getLogger("").addHandler(handler);
    try {
      action.run();
    } finally {
      Logger.getLogger("").removeHandler(handler);
      System.setErr(originalErr);
      ProxySelector.setDefault(originalSelector);
    }
    err.toString(StandardCharsets.UTF_8).lines()
        .filter(line -> line.contains("Exception") || line.startsWith("\tat "))
        .forEach(line -> findings.add("stack trace on System.err: " + line));
    return findings;
  }

  private void useMoneta() {
    Cny.yuan(108_310_000L).add(Cny.fen(java.math.BigInteger.ONE));
    PrintedAmount.parse("10,831万元").toMoney();
    ServiceLoader.load(MonetaryConversionsSingletonSpi.class)
        .forEach(spi -> findings.add("conversion service present: " + spi.getClass().getName()));
    ServiceLoader.load(ExchangeRateProvider.class)
        .forEach(p -> findings.add("exchange-rate provider present: " + p.getClass().getName()));
    try {
      Class.forName("okhttp3.OkHttpClient");
      findings.add("okhttp is on the classpath");
    } catch (ClassNotFoundException expected) {
      // Excluded by the build, as it must be.
    }
  }

  /** Records every URI Java's networking asks a proxy for (URLConnection and OkHttp both ask). */
  private final class RecordingProxySelector extends ProxySelector {
    @Override
    public List<Proxy> select(URI uri) {
      findings.add("network access to " + uri);
      return List.of(Proxy.NO_PROXY);
    }

    @Override
    public void connectFailed(URI uri, SocketAddress address, IOException e) {
      findings.add("network connection failed to " + uri);
    }
  }

  /** Records log records that carry a throwable or are warnings or worse. */
  private final class RecordingHandler extends Handler {
    @Override
    public void publish(LogRecord log) {
      if (log.getThrown() != null || log.getLevel().intValue() >= Level.WARNING.intValue()) {
        findings.add("log " + log.getLevel() + " from " + log.getLoggerName() + ": " + log.getMessage());
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
