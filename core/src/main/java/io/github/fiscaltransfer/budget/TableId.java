package io.github.fiscaltransfer.budget;

/** The standard tables of a department budget disclosure (部门预算公开表), numbered as published. */
public enum TableId implements StandardTable {
  /** 表1 收支总表. */
  SUMMARY(1, "收支总表", "summary"),
  /** 表2 收入总表. */
  REVENUE(2, "收入总表", "revenue"),
  /** 表3 支出总表. */
  EXPENDITURE(3, "支出总表", "expenditure"),
  /** 表4 基本支出总表. */
  BASIC_EXPENDITURE(4, "基本支出总表", "basicExpenditure"),
  /** 表5 项目支出总表. */
  PROJECT_EXPENDITURE(5, "项目支出总表", "projectExpenditure"),
  /** 表6 政府预算拨款收支总表. */
  APPROPRIATIONS(6, "政府预算拨款收支总表", "appropriations"),
  /** 表7 一般公共预算支出表（按功能分类）. */
  GENERAL_PUBLIC(7, "一般公共预算支出表（按功能分类）", "generalPublic"),
  /** 表8 一般公共预算"三公"经费支出表. */
  THREE_PUBLIC(8, "一般公共预算“三公”经费支出表", "threePublic"),
  /** 表9 政府性基金预算支出表. */
  GOVERNMENT_FUND(9, "政府性基金预算支出表", "governmentFund"),
  /** 表10 国有资本经营预算支出表. */
  STATE_CAPITAL(10, "国有资本经营预算支出表", "stateCapital"),
  /** 表11 部门（单位）整体支出绩效目标表. */
  PERFORMANCE(11, "部门（单位）整体支出绩效目标表", "performance");

  private final int number;
  private final String title;
  private final String key;

  TableId(int number, String title, String key) {
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

  /** Returns {@code 表7 一般公共预算支出表（按功能分类）}. */
  @Override
  public String toString() {
    return "表" + number + " " + title;
  }
}
