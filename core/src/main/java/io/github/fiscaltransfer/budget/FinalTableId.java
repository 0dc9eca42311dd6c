package io.github.fiscaltransfer.budget;

/** The nine standard tables of a department's final accounts (部门决算表), numbered as the 目录 lists them. */
public enum FinalTableId implements StandardTable {
  /** 一、收入支出决算总表. */
  SUMMARY(1, "收入支出决算总表", "summary"),
  /** 二、收入决算表. */
  INCOME(2, "收入决算表", "income"),
  /** 三、支出决算表. */
  EXPENDITURE(3, "支出决算表", "expenditure"),
  /** 四、财政拨款收入支出决算总表. */
  APPROPRIATIONS(4, "财政拨款收入支出决算总表", "appropriations"),
  /** 五、一般公共预算财政拨款支出决算表. */
  GENERAL_PUBLIC(5, "一般公共预算财政拨款支出决算表", "generalPublic"),
  /** 六、一般公共预算财政拨款基本支出决算表. */
  BASIC_EXPENDITURE(6, "一般公共预算财政拨款基本支出决算表", "basicExpenditure"),
  /** 七、财政拨款"三公"经费支出决算表. */
  THREE_PUBLIC(7, "财政拨款“三公”经费支出决算表", "threePublic"),
  /** 八、政府性基金预算财政拨款收入支出决算表. */
  GOVERNMENT_FUND(8, "政府性基金预算财政拨款收入支出决算表", "governmentFund"),
  /** 九、国有资本经营预算财政拨款收入支出决算表. */
  STATE_CAPITAL(9, "国有资本经营预算财政拨款收入支出决算表", "stateCapital");

  private static final String NUMERALS = "一二三四五六七八九";

  private final int number;
  private final String title;
  private final String key;

  FinalTableId(int number, String title, String key) {
    this.number = number;
    this.title = title;
    this.key = key;
  }

  @Override
  public int number() {
    return number;
  }

  @Override
  public String title() {
    return title;
  }

  @Override
  public String key() {
    return key;
  }

  /** Returns {@code 五、一般公共预算财政拨款支出决算表}, as the 目录 lists it. */
  @Override
  public String toString() {
    return NUMERALS.charAt(number - 1) + "、" + title;
  }
}
