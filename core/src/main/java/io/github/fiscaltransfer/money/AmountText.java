package io.github.fiscaltransfer.money;

import java.math.BigDecimal;

/**
 * Reads and writes figures the way fiscal documents print them: {@code 10,831}, {@code 7,678万元},
 * {@code 1829 万元}, {@code １０，８３１}. Package-private: {@link PrintedAmount} is the public entry point.
 */
final class AmountText {

  /**
   * The most integer digits an amount may have in 元: far beyond any budget, small enough to stay cheap. The one
   * limit, whichever unit a figure is printed in: 20 integer digits in 万元, 16 in 亿元 (see
   * {@link #maxIntegerDigits(AmountUnit)}), so that every amount read prints a text that reads back.
   */
  static final int MAX_INTEGER_DIGITS = 24;

  /** The most decimal places an amount may be printed with. */
  static final int MAX_FRACTION_DIGITS = 16;

  /** Numerals of amounts written out in Chinese, plain and 大写 (as on cheques): 十万元, 壹拾万元. */
  private static final String CHINESE_NUMERALS = "零〇一二两三四五六七八九十百千壹贰叁肆伍陆柒捌玖拾佰仟";

  private final CharSequence input;
  private final StringBuilder digits = new StringBuilder();
  private int maxIntegerDigits = MAX_INTEGER_DIGITS;
  private int fractionDigits = -1;
  private int firstFractionIndex = -1;

  private AmountText(CharSequence input) {
    this.input = input;
  }

  /** A parsed figure and the unit printed after it, or {@code null} where none was printed. */
  record Parsed(BigDecimal figure, AmountUnit suffix) {}

  /**
   * Parses a figure with an optional unit suffix, checking it is not finer than one fen in the unit
   * it is counted in.
   */
  static Parsed parse(CharSequence input, AmountUnit defaultUnit) {
    return new AmountText(input).parse(defaultUnit);
  }

  private Parsed parse(AmountUnit defaultUnit) {
    int start = skipSpace(0);
    int end = Math.max(start, trimEnd(input.length()));
    AmountUnit suffix = suffixOf(start, end);
    if (suffix != null) {
      end = trimEnd(end - suffix.label().length());
    }
    if (start >= end) {
      throw fail("no digits", Math.min(start, input.length()));
    }
    AmountUnit unit = suffix != null ? suffix : defaultUnit;
    maxIntegerDigits = maxIntegerDigits(unit);
    boolean negative = isMinus(input.charAt(start));
    readNumber(negative ? start + 1 : start, end);
    BigDecimal figure = new BigDecimal(digits.toString()).movePointLeft(Math.max(fractionDigits, 0));
    if (unit != null) {
      checkFen(figure, unit);
    }
    return new Parsed(negative ? figure.negate() : figure, suffix);
  }

  private void readNumber(int from, int end) {
    int groupStart = from;
    boolean grouped = false;
    for (int i = from; i < end; i++) {
      char c = input.charAt(i);
      int digit = digitValue(c);
      if (digit >= 0) {
        appendDigit(digit, i);
      } else if (isComma(c) && fractionDigits < 0) {
        checkGroup(groupStart, i, grouped);
        grouped = true;
        groupStart = i + 1;
      } else if (isPoint(c) && fractionDigits < 0 && digits.length() > 0) {
        if (grouped) {
          checkGroup(groupStart, i, true);
        }
        grouped = false;
        fractionDigits = 0;
        firstFractionIndex = i + 1;
      } else if (CHINESE_NUMERALS.indexOf(c) >= 0) {
        throw fail("Chinese numerals such as '" + c + "' are not read: print the figure in digits", i);
      } else {
        throw fail("unexpected character '" + c + "'", i);
      }
    }
    if (grouped) {
      checkGroup(groupStart, end, true);
    }
    if (digits.length() == 0 || fractionDigits == 0) {
      throw fail("expected a digit", end);
    }
  }

  private void appendDigit(int digit, int index) {
    if (fractionDigits >= 0) {
      if (++fractionDigits > MAX_FRACTION_DIGITS) {
        throw fail("more than " + MAX_FRACTION_DIGITS + " decimal places", index);
      }
    } else if (digits.length() >= maxIntegerDigits) {
      throw fail("more than " + digitLimit(maxIntegerDigits), index);
    }
    digits.append((char) ('0' + digit));
  }

  /**
   * Returns the most integer digits a figure may have in a unit: {@link #MAX_INTEGER_DIGITS} in 元, fewer in a
   * larger unit, so that the amount in 元 never has more.
   *
   * @param unit the unit, or null when it is not yet known (then the limit in 元)
   */
  static int maxIntegerDigits(AmountUnit unit) {
    return MAX_INTEGER_DIGITS - (unit == null ? 0 : unit.exponent());
  }

  /** Returns the words that state the limit, naming the unit when it is not 元: "16 integer digits in 亿元 …". */
  static String digitLimit(int maxIntegerDigits) {
    return maxIntegerDigits == MAX_INTEGER_DIGITS ? MAX_INTEGER_DIGITS + " integer digits"
        : maxIntegerDigits + " integer digits in " + unitOf(maxIntegerDigits).label() + " (" + MAX_INTEGER_DIGITS
            + " in 元)";
  }

  private static AmountUnit unitOf(int maxIntegerDigits) {
    for (AmountUnit unit : AmountUnit.values()) {
      if (maxIntegerDigits(unit) == maxIntegerDigits) {
        return unit;
      }
    }
    throw new AssertionError("fiscal-transfer bug: no unit allows " + maxIntegerDigits + " integer digits");
  }

  private void checkGroup(int groupStart, int groupEnd, boolean afterSeparator) {
    int length = groupEnd - groupStart;
    boolean ok = afterSeparator ? length == 3 : length >= 1 && length <= 3;
    if (!ok) {
      throw fail("digit groups between separators must have 3 digits", groupStart);
    }
  }

  private void checkFen(BigDecimal figure, AmountUnit unit) {
    int allowed = Cny.FEN_SCALE + unit.exponent();
    if (figure.stripTrailingZeros().scale() > allowed) {
      int index = firstFractionIndex + allowed;
      while (input.charAt(index) == '0' || input.charAt(index) == '０') {
        index++;
      }
      throw fail("finer than one fen (0.01 元) in " + unit.label(), index);
    }
  }

  private AmountUnit suffixOf(int start, int end) {
    String text = input.subSequence(start, end).toString();
    for (AmountUnit unit : new AmountUnit[] {AmountUnit.WAN_YUAN, AmountUnit.YI_YUAN, AmountUnit.YUAN}) {
      if (text.endsWith(unit.label())) {
        return unit;
      }
    }
    return null;
  }

  private int skipSpace(int from) {
    int i = from;
    while (i < input.length() && isSpace(input.charAt(i))) {
      i++;
    }
    return i;
  }

  private int trimEnd(int to) {
    int i = to;
    while (i > 0 && isSpace(input.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  private AmountParseException fail(String reason, int index) {
    return new AmountParseException(reason, input, index);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static boolean isMinus(char c) {
    return c == '-' || c == '－' || c == '−';
  }

  private static boolean isComma(char c) {
    return c == ',' || c == '，';
  }

  private static boolean isPoint(char c) {
    return c == '.' || c == '．';
  }

  private static int digitValue(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= '０' && c <= '９') {
      return c - '０';
    }
    return -1;
  }

  /** Prints a figure with its scale and with thousands separators in its integer part. */
  static String format(BigDecimal figure) {
    String plain = figure.toPlainString();
    int sign = plain.startsWith("-") ? 1 : 0;
    int point = plain.indexOf('.');
    int integerEnd = point < 0 ? plain.length() : point;
    StringBuilder out = new StringBuilder(plain.length() + 8).append(plain, 0, sign);
    for (int i = sign; i < integerEnd; i++) {
      if (i > sign && (integerEnd - i) % 3 == 0) {
        out.append(',');
      }
      out.append(plain.charAt(i));
    }
    return out.append(plain, integerEnd, plain.length()).toString();
  }
}
