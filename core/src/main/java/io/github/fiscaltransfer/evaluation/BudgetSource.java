package io.github.fiscaltransfer.evaluation;

/**
 * Where the funds of a self-evaluation's budget line come from.
 *
 * <p>Immutable and thread-safe.
 */
public enum BudgetSource {
  /** 当年下达: allocated for the evaluated year. */
  ALLOCATED("当年下达"),
  /** 结转: carried over from an earlier year's allocation. */
  CARRIED_OVER("结转");

  private final String label;

  BudgetSource(String label) {
    this.label = label;
  }

  /**
   * Returns the Chinese label, such as {@code 结转}.
   *
   * @return the label, not null
   */
  public String label() {
    return label;
  }

  /** Returns the Chinese label. */
  @Override
  public String toString() {
    return label;
  }
}
