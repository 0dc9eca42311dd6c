package io.github.fiscaltransfer.notice;

/** What a notice does with the money (下达方式). */
public enum NoticeKind {
  /** 提前下达: allocates next year's money in advance; issued in the year before the fiscal year. */
  ADVANCE("advance", "提前下达"),
  /** 预下达: pre-allocates before the distribution plan is approved; settled later, 多退少补. */
  PRE_ALLOCATION("pre_allocation", "预下达"),
  /** 正式下达: the formal allocation. */
  FORMAL("formal", "正式下达"),
  /** 调整: an adjustment of an earlier allocation. */
  ADJUSTMENT("adjustment", "调整"),
  /** 清算: a settlement after the fiscal year. */
  SETTLEMENT("settlement", "清算"),
  /** 确认: adopts earlier pre-allocations unchanged as the formal allocation, as 江财社〔2023〕16号 does. */
  CONFIRMATION("confirmation", "确认");

  private final String id;
  private final String label;

  NoticeKind(String id, String label) {
    this.id = id;
    this.label = label;
  }

  /**
   * Returns the Chinese name, such as {@code 提前下达}.
   *
   * @return the label, not null
   */
  public String label() {
    return label;
  }

  /**
   * Returns the stable id (an explicit constant, not derived from the name), such as {@code pre_allocation}.
   *
   * @return the id, not null
   */
  public String id() {
    return id;
  }
}
