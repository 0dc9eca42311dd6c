package io.github.fiscaltransfer.subject;

/**
 * The classification a subject code belongs to, told apart by its first digit.
 */
public enum Classification {
  /** 收入分类科目: revenue, codes starting with 1 (such as 110 转移性收入). */
  REVENUE('1', 3, "收入分类"),
  /** 支出功能分类科目: expenditure by function, codes starting with 2 (such as 210 卫生健康支出). */
  EXPENDITURE_FUNCTION('2', 3, "支出功能分类"),
  /** 部门预算支出经济分类科目: expenditure by economic nature in department budgets, codes starting with 3. */
  ECONOMIC_DEPARTMENT('3', 2, "部门预算支出经济分类"),
  /** 政府预算支出经济分类科目: expenditure by economic nature in government budgets, codes starting with 5. */
  ECONOMIC_GOVERNMENT('5', 2, "政府预算支出经济分类");

  private final char firstDigit;
  private final int levels;
  private final String label;

  Classification(char firstDigit, int levels, String label) {
    this.firstDigit = firstDigit;
    this.levels = levels;
    this.label = label;
  }

  /**
   * Returns the Chinese name, such as {@code 支出功能分类}.
   *
   * @return the label, not null
   */
  public String label() {
    return label;
  }

  /**
   * Returns how many levels codes of this classification have: 3 (类/款/项) or 2 (类/款).
   *
   * @return the number of levels
   */
  public int levels() {
    return levels;
  }

  /**
   * Returns the classification whose codes start with the given digit, or null if none does.
   *
   * @param digit the first digit of a code
   * @return the classification, or null
   */
  static Classification ofFirstDigit(char digit) {
    for (Classification classification : values()) {
      if (classification.firstDigit == digit) {
        return classification;
      }
    }
    return null;
  }
}
