package io.github.fiscaltransfer.notice;

/** Which level's budget a grant comes from (资金来源). */
public enum FundingSource {
  /** 中央: central funds, such as 中央财政医疗救助补助. */
  CENTRAL("central", "中央"),
  /** 省级: provincial funds, such as 医疗救助省级补助. */
  PROVINCIAL("provincial", "省级"),
  /** 市级: prefecture funds. */
  MUNICIPAL("municipal", "市级"),
  /** 县级: county funds. */
  COUNTY("county", "县级");

  private final String id;
  private final String label;

  FundingSource(String id, String label) {
    this.id = id;
    this.label = label;
  }

  /**
   * Returns the Chinese name, such as {@code 中央}.
   *
   * @return the label, not null
   */
  public String label() {
    return label;
  }

  /**
   * Returns the stable id (an explicit constant, not derived from the name), such as {@code central}.
   *
   * @return the id, not null
   */
  public String id() {
    return id;
  }
}
