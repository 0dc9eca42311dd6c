package io.github.fiscaltransfer.notice;

import io.github.fiscaltransfer.FiscalParseException;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fund label (资金标识) carried unchanged down the chain: the direct-fund label (直达资金标识) such as
 * {@code 01 中央直达资金}, or the 三保 label such as {@code A0404-城乡医疗救助}.
 *
 * <p>The code is what must not change; the wording is kept as printed and may vary ({@code 01 中央直达资金} and
 * {@code 01 直达资金} are equal). Use {@link #hasSameWording} to compare the wording too. Immutable and thread-safe.
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

  private static final Pattern TEXT = Pattern.compile("\\s*([A-Z]\\d{2,6}|\\d{2})\\s*[-—－]?\\s*(\\S.*?)\\s*");

  private final Kind kind;
  private final String code;
  private final String wording;

  private FundLabel(Kind kind, String code, String wording) {
    this.kind = kind;
    this.code = code;
    this.wording = wording;
  }

  /**
   * Parses a label as printed: {@code 01 中央直达资金}, {@code 09 其他资金}, {@code A0404-城乡医疗救助}.
   *
   * @param text the text, not null
   * @return the label, not null
   * @throws FiscalParseException if the text is not a code followed by its wording
   */
  public static FundLabel parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    Matcher matcher = TEXT.matcher(text);
    if (!matcher.matches()) {
      throw new FiscalParseException("fund label",
          "expected a code (01, 09, A0404 …) followed by its wording", text, 0);
    }
    String code = matcher.group(1);
    Kind kind = Character.isDigit(code.charAt(0)) ? Kind.DIRECT_FUND : Kind.BASIC_GUARANTEE;
    return new FundLabel(kind, code, matcher.group(2));
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
   * Returns whether another label has the same code and the same wording.
   *
   * @param other the other label, not null
   * @return true if equal and worded alike
   */
  public boolean hasSameWording(FundLabel other) {
    return equals(other) && wording.equals(other.wording);
  }

  /** Compares kind and code, not the wording. */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof FundLabel other && kind == other.kind && code.equals(other.code);
  }

  @Override
  public int hashCode() {
    return kind.hashCode() * 31 + code.hashCode();
  }

  /**
   * Returns the label as documents print it: {@code 01 中央直达资金}, {@code A0404-城乡医疗救助}; {@link #parse}
   * reads it back.
   */
  @Override
  public String toString() {
    return code + (kind == Kind.DIRECT_FUND ? " " : "-") + wording;
  }
}
