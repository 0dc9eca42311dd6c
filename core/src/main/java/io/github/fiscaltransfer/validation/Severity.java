package io.github.fiscaltransfer.validation;

/** How serious a {@link Finding} is. */
public enum Severity {
  /** The document is wrong: money, a code or a label is not what it must be. */
  ERROR("error"),
  /** Probably fine but worth a look, such as a 四舍五入 (rounding) difference the printed precision explains. */
  WARNING("warning"),
  /** Worth knowing, not a problem, such as a parent document that is not in the set. */
  INFO("info");

  private final String id;

  Severity(String id) {
    this.id = id;
  }

  /**
   * Returns the stable id (an explicit constant, not derived from the name), such as {@code error}.
   *
   * @return the id, not null
   */
  public String id() {
    return id;
  }
}
