package io.github.fiscaltransfer.deadline;

/** What a date on or about a fiscal document marks (日期的含义): the event a deadline counts from or a date records. */
public enum DateEvent {
  /** 成文日期: the date printed at the foot of a document. */
  ISSUE("issue", "成文日期"),
  /** 收到日期: the day a unit received the notice that gives it the money; documents rarely print it. */
  RECEIPT("receipt", "收到日期"),
  /** 人民代表大会批准预算: the day the congress of the issuing level approved the budget. */
  CONGRESS_APPROVAL("congress_approval", "人大批准预算"),
  /** 批复: the day the finance department approved a department's budget (批复部门预算). */
  BUDGET_REPLY("budget_reply", "批复"),
  /** 公开: the day a department disclosed its budget. */
  DISCLOSURE("disclosure", "公开"),
  /** 上年10月31日: 31 October of the year before the fiscal year, the day 提前下达 is due by. */
  OCTOBER_31_BEFORE("october_31_before", "上年10月31日");

  private final String id;
  private final String label;

  DateEvent(String id, String label) {
    this.id = id;
    this.label = label;
  }

  /**
   * Returns the stable id, such as {@code receipt}.
   *
   * @return the id, not null
   */
  public String id() {
    return id;
  }

  /**
   * Returns the Chinese name, such as {@code 收到日期}.
   *
   * @return the label, not null
   */
  public String label() {
    return label;
  }
}
