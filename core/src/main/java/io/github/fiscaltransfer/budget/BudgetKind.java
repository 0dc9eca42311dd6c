package io.github.fiscaltransfer.budget;

/** Whether a department's tables publish the budget (预算) or the final accounts (决算) of a year. */
public enum BudgetKind {
  /** 部门预算: the budget approved for the year (预算数). */
  BUDGET("预算"),
  /** 部门决算: the final accounts after the year (决算数), published in the same table families. */
  FINAL_ACCOUNTS("决算");

  private final String label;

  BudgetKind(String label) {
    this.label = label;
  }

  /** Returns {@code 预算} or {@code 决算}. */
  @Override
  public String toString() {
    return label;
  }
}
