package io.github.fiscaltransfer.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Amounts print nothing on their own: Moneta (whose {@code Money} logged "Using default MathContext" at INFO on
 * first use) is not on the runtime classpath, and making and adding amounts logs nothing and writes nothing.
 */
class NoMonetaTest {

  @Test
  void monetaIsNotOnTheClasspath() {
    // The name is joined so that a search of the sources for Moneta imports finds only real leftovers.
    String money = String.join(".", "org", "javamoney", "moneta", "Money");
    assertThrows(ClassNotFoundException.class, () -> Class.forName(money));
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
