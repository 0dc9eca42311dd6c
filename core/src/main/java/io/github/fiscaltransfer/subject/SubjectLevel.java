package io.github.fiscaltransfer.subject;

/**
 * The level of a subject code in its tree: 类, 款 or 项, told by the number of digits.
 */
public enum SubjectLevel {
  /** 类 (class): 3 digits, such as {@code 210}. */
  CLASS(3, "类"),
  /** 款 (section): 5 digits, such as {@code 21015}. */
  SECTION(5, "款"),
  /** 项 (item): 7 digits, such as {@code 2101502}. */
  ITEM(7, "项");

  private final int digits;
  private final String label;

  SubjectLevel(int digits, String label) {
    this.digits = digits;
    this.label = label;
  }

  /**
   * Returns the number of digits of codes at this level.
   *
   * @return 3, 5 or 7
   */
  public int digits() {
    return digits;
  }

  /**
   * Returns the Chinese name of the level: 类, 款 or 项.
   *
   * @return the label, not null
   */
  public String label() {
    return label;
  }

  /** Returns the level of a code with this many digits, or null. */
  static SubjectLevel ofDigits(int count) {
    for (SubjectLevel level : values()) {
      if (level.digits == count) {
        return level;
      }
    }
    return null;
  }
}
