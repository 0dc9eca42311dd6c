package io.github.fiscaltransfer.notice;

/** Where a grant's funding source (资金来源) was found, or that the notice does not state it. */
public enum FundingOrigin {
  /** 正文: the operative sentence says it, as in 现下达…中央财政…资金. */
  BODY("body", "正文"),
  /** 标题: only the title says it, as in 关于下达2017年第二批中央服务业发展专项资金的通知. */
  TITLE("title", "标题"),
  /** 上级文件: the notice the money comes from says it, as 财政部 issues central money. */
  PARENT("parent", "上级文件"),
  /** 未载明: the notice does not say whose budget the money comes from. */
  NOT_STATED("not_stated", "未载明");

  private final String id;
  private final String label;

  FundingOrigin(String id, String label) {
    this.id = id;
    this.label = label;
  }

  /**
   * Returns the Chinese name, such as {@code 标题}.
   *
   * @return the label, not null
   */
  public String label() {
    return label;
  }

  /**
   * Returns the stable id (an explicit constant, not derived from the name), such as {@code not_stated}.
   *
   * @return the id, not null
   */
  public String id() {
    return id;
  }
}
