package io.github.fiscaltransfer.notice;

/** How urgent a notice is marked (紧急程度). */
public enum Urgency {
  /** Not marked. */
  NONE("none", ""),
  /** 加急: urgent. */
  URGENT("urgent", "加急"),
  /** 特急: extra urgent. */
  EXTRA_URGENT("extra_urgent", "特急");

  private final String id;
  private final String label;

  Urgency(String id, String label) {
    this.id = id;
    this.label = label;
  }

  /**
   * Returns the mark as printed, empty for {@link #NONE}.
   *
   * @return the label, not null
   */
  public String label() {
    return label;
  }

  /**
   * Returns the stable id (an explicit constant, not derived from the name), such as {@code extra_urgent}.
   *
   * @return the id, not null
   */
  public String id() {
    return id;
  }
}
