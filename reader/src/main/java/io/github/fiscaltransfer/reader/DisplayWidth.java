package io.github.fiscaltransfer.reader;

/**
 * The display width of printed text (显示宽度): how many columns it takes in a laid-out text, a CJK or full-width
 * character two and any other one, as terminals and {@code pdftotext -layout} count them. Table readers place a
 * cell by the display column it starts or ends at; the PDF reader lays glyphs out by the same measure.
 */
public final class DisplayWidth {

  private DisplayWidth() {}

  /**
   * Returns the display width of a text.
   *
   * @param text the text, not null
   * @return the columns it takes, zero or more
   */
  public static int of(CharSequence text) {
    return text.codePoints().map(DisplayWidth::of).sum();
  }

  /**
   * Returns the display width of one character.
   *
   * @param codePoint the character
   * @return 2 for a CJK or full-width character, else 1
   */
  public static int of(int codePoint) {
    return isWide(codePoint) ? 2 : 1;
  }

  private static boolean isWide(int c) {
    return c >= 0x1100 && c <= 0x115F || c >= 0x2E80 && c <= 0xA4CF || c >= 0xAC00 && c <= 0xD7A3
        || c >= 0xF900 && c <= 0xFAFF || c >= 0xFE30 && c <= 0xFE4F || c >= 0xFF00 && c <= 0xFF60
        || c >= 0xFFE0 && c <= 0xFFE6 || c >= 0x20000 && c <= 0x3FFFD;
  }
}
