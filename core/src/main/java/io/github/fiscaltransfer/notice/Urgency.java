package io.github.fiscaltransfer.notice;

import java.util.Locale;

/** How urgent a notice is marked (紧急程度). */
public enum Urgency {
  /** Not marked. */
  NONE(""),
  /** 加急: urgent. */
  URGENT("加急"),
  /** 特急: extra urgent. */
  EXTRA_URGENT("特急");

  private final String label;

  Urgency(String label) {
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
   * Returns the stable lower-case id, such as {@code extra_urgent}.
   *
   * @return the id, not null
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
