package io.github.fiscaltransfer.notice;

import io.github.fiscaltransfer.FiscalParseException;
import java.util.Objects;

/**
 * A fund label (资金标识) carried unchanged down the chain: the direct-fund label (直达资金标识) such as
 * {@code 01 中央直达资金}, or the 三保 label such as {@code A0404-城乡医疗救助}.
 *
 * <p>The code is what must not change down a chain; the wording is kept as printed and may vary. {@link #equals}
 * counts everything a document prints — kind, code and wording, so {@code 01 中央直达资金} and {@code 01 直达资金}
 * differ — and {@link #hasSameCodeAs} compares the code alone, as the chain rules do. Immutable and thread-safe.
 */
public final class FundLabel {

  /** Which label it is, told by the code: two digits for direct funds, a letter and digits for 三保. */
  public enum Kind {
    /** 直达资金标识: {@code 01} 中央直达资金 / 直达资金, {@code 09} 其他资金. */
    DIRECT_FUND("直达资金标识"),
    /** 基层“三保”资金标识, such as {@code A0404}. */
    BASIC_GUARANTEE("三保标识");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    /**
     * Returns the Chinese name of the kind of label.
     *
     * @return the label, not null
     */
    public String label() {
      return label;
    }
  }

  private static final String WHAT = "fund label";
  private static final String SEPARATORS = "-—－";
  private static final int MAX_GUARANTEE_DIGITS = 6;

  private final Kind kind;
  private final String code;
  private final String wording;

  private FundLabel(Kind kind, String code, String wording) {
    this.kind = kind;
    this.code = code;
    this.wording = wording;
  }

  /**
   * Parses a label as printed: {@code 01 中央直达资金}, {@code 09 其他资金}, {@code A0404-城乡医疗救助}. The code is
   * read whole, never cut short: {@code 012 …} and {@code A0404} without wording are refused. Runs in time linear in
   * the text.
   *
   * @param text the text, not null
   * @return the label, not null
   * @throws FiscalParseException if the text is not a code followed by a one-line wording, naming the index
   */
  public static FundLabel parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String input = text.toString();
    int start = afterSpace(input, 0);
    int codeEnd = codeEnd(input, start);
    String code = input.substring(start, codeEnd);
    Kind kind = code.charAt(0) <= '9' ? Kind.DIRECT_FUND : Kind.BASIC_GUARANTEE;
    int wordingStart = afterSpace(input, codeEnd);
    if (wordingStart < input.length() && SEPARATORS.indexOf(input.charAt(wordingStart)) >= 0) {
      wordingStart = afterSpace(input, wordingStart + 1);
    }
    int wordingEnd = input.stripTrailing().length();
    if (wordingStart >= wordingEnd) {
      throw new FiscalParseException(WHAT, "no wording after the code " + code, input, wordingStart);
    }
    for (int i = wordingStart; i < wordingEnd; i++) {
      if (isLineBreak(input.charAt(i))) {
        throw new FiscalParseException(WHAT, "a label is printed on one line", input, i);
      }
    }
    return new FundLabel(kind, code, input.substring(wordingStart, wordingEnd));
  }

  /** Returns where the code that starts at {@code start} ends: two digits, or a capital letter and 2 to 6 digits. */
  private static int codeEnd(String input, int start) {
    boolean lettered = start < input.length() && input.charAt(start) >= 'A' && input.charAt(start) <= 'Z';
    int digitsStart = lettered ? start + 1 : start;
    int end = digitsStart;
    while (end < input.length() && isAsciiDigit(input.charAt(end))) {
      end++;
    }
    int digits = end - digitsStart;
    boolean valid = lettered ? digits >= 2 && digits <= MAX_GUARANTEE_DIGITS : digits == 2;
    if (!valid) {
      throw new FiscalParseException(WHAT,
          "expected a code (01, 09, A0404 …) followed by its wording", input, digits == 0 ? start : digitsStart);
    }
    return end;
  }

  /** Returns the index of the first character at or after {@code from} that is not white space. */
  private static int afterSpace(String input, int from) {
    return input.length() - input.substring(from).stripLeading().length();
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  /**
   * Returns which label this is.
   *
   * @return the kind, not null
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns the code, such as {@code 01} or {@code A0404}.
   *
   * @return the code, not null
   */
  public String code() {
    return code;
  }

  /**
   * Returns the wording as printed, such as {@code 中央直达资金}.
   *
   * @return the wording, not null
   */
  public String wording() {
    return wording;
  }

  /**
   * Returns whether another label has the same kind and code, however it is worded.
   *
   * @param other the other label, not null
   * @return true if both carry the same code
   */
  public boolean hasSameCodeAs(FundLabel other) {
    Objects.requireNonNull(other, "other");
    return kind == other.kind && code.equals(other.code);
  }

  /** Compares kind, code and wording: everything the label prints. */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof FundLabel other && hasSameCodeAs(other) && wording.equals(other.wording);
  }

  @Override
  public int hashCode() {
    return (kind.hashCode() * 31 + code.hashCode()) * 31 + wording.hashCode();
  }

  /**
   * Returns the label as documents print it: {@code 01 中央直达资金}, {@code A0404-城乡医疗救助}; {@link #parse}
   * reads it back equal. A wording that itself starts with a dash keeps a dash before it ({@code 01 --x}), since
   * {@link #parse} reads one dash after the code as the separator.
   */
  @Override
  public String toString() {
    boolean dashFirst = SEPARATORS.indexOf(wording.charAt(0)) >= 0;
    return code + (kind == Kind.BASIC_GUARANTEE ? "-" : dashFirst ? " -" : " ") + wording;
  }
}
