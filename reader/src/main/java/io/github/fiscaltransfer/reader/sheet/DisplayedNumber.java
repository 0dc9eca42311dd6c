package io.github.fiscaltransfer.reader.sheet;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares the number a cell holds with the number its display shows, whatever the number format: literal text
 * ({@code 0.00"万元"}), grouping, padding ({@code #,##0.00_ }), colour sections, negatives in parentheses, percent,
 * scientific and General. A display hides digits when the number it shows, read exactly, is not the held number
 * rounded to the digits shown.
 */
final class DisplayedNumber {

  /** Digits beyond the displayed ones that may differ from zero only by binary noise (0.1 + 0.2). */
  private static final int NOISE_DIGITS = 6;
  private static final Pattern NUMBER = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?(?:E[+-]?\\d+)?|\\.\\d+");

  private DisplayedNumber() {}

  /**
   * Returns whether a display hides part of the number a cell holds: digits, its sign or the whole number.
   *
   * @param held the cell's number, exactly as stored, not null
   * @param display the text the cell displays, not null
   */
  static boolean hides(BigDecimal held, String display) {
    Matcher number = NUMBER.matcher(display);
    if (!number.find()) {
      return held.signum() != 0;
    }
    BigDecimal shown = new BigDecimal(number.group().replace(",", ""));
    if (display.indexOf('%') >= 0) {
      shown = shown.movePointLeft(2);
    }
    String before = display.substring(0, number.start());
    if (before.indexOf('-') >= 0 || before.indexOf('(') >= 0 || before.indexOf('−') >= 0) {
      shown = shown.negate();
    }
    return held.setScale(Math.max(shown.scale(), 0) + NOISE_DIGITS, RoundingMode.HALF_UP).compareTo(shown) != 0;
  }
}
