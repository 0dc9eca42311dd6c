package io.github.fiscaltransfer.money;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Amounts print nothing on their own: core's main code never refers to Moneta (whose {@code Money} logs "Using
 * custom MathContext" at INFO on first use; Moneta is on this module's test class path only, for
 * {@link MonetaInteropTest}), and making and adding amounts logs nothing and writes nothing.
 */
class NoMonetaTest {

  @Test
  void coresMainCodeNeverRefersToMoneta() throws IOException, URISyntaxException {
    Path classes = Path.of(CnyAmount.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    byte[] moneta = "org/javamoney/moneta".getBytes(StandardCharsets.US_ASCII);
    try (Stream<Path> files = Files.walk(classes)) {
      List<Path> referring = new ArrayList<>();
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        if (indexOf(Files.readAllBytes(file), moneta) >= 0) {
          referring.add(classes.relativize(file));
        }
      }
      assertEquals(List.of(), referring);
    }
  }

  private static int indexOf(byte[] data, byte[] part) {
    outer:
    for (int i = 0; i <= data.length - part.length; i++) {
      for (int j = 0; j < part.length; j++) {
        if (data[i + j] != part[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  @Test
  void amountsLogNothingAndPrintNothing() {
    List<LogRecord> records = new ArrayList<>();
    Handler handler = new Handler() {
      @Override
      public void publish(LogRecord record) {
        records.add(record);
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    handler.setLevel(Level.ALL);
    Logger root = Logger.getLogger("");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream originalErr = System.err;
    root.addHandler(handler);
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      CnyAmount sum = CnyAmount.ofYuan(new BigDecimal("108310000.00")).add(PrintedAmount.parse("194.00万元").toAmount())
          .add(CnyAmount.zero().getFactory().setNumber(1).create());
      assertEquals("110,250,001.00元", Cny.format(sum));
    } finally {
      System.setErr(originalErr);
      root.removeHandler(handler);
    }
    assertEquals(List.of(), records.stream().map(LogRecord::getMessage).toList());
    assertEquals("", err.toString(StandardCharsets.UTF_8));
  }
}
