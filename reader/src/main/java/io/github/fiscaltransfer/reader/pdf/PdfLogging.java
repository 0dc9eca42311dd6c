package io.github.fiscaltransfer.reader.pdf;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps PDFBox quiet: it logs through commons-logging, by default to {@code java.util.logging}, an INFO line when it
 * builds its font cache and warnings about fonts it reads. The library prints nothing unasked, so at first use the
 * {@code org.apache.pdfbox} and {@code org.apache.fontbox} loggers are turned off — unless the application has
 * given either a level already, or routes commons-logging elsewhere (then its own settings apply).
 */
final class PdfLogging {

  /** Held so that the levels set stay set: {@code java.util.logging} keeps loggers only weakly. */
  private static final List<Logger> LOGGERS = List.of(Logger.getLogger("org.apache.pdfbox"),
      Logger.getLogger("org.apache.fontbox"));

  private PdfLogging() {}

  static synchronized void silence() {
    for (Logger logger : LOGGERS) {
      if (logger.getLevel() == null) {
        logger.setLevel(Level.OFF);
      }
    }
  }
}
