package io.github.fiscaltransfer.target;

import java.util.Objects;
import java.util.Set;

/**
 * A budget-cap target (成本控制), printed as {@code 不超出预算}: spending stays within the budget.
 *
 * <p>Immutable and thread-safe.
 */
public final class BudgetCapTarget implements Target {

  /** The wordings read as a budget cap. */
  static final Set<String> WORDINGS = Set.of("不超出预算", "不超过预算");

  private final String text;

  private BudgetCapTarget(String text) {
    Objects.requireNonNull(text, "text");
    this.text = text;
  }

  /** Used by the parser: the text as printed with what it was read as. */
  static BudgetCapTarget parsed(String text) {
    return new BudgetCapTarget(text);
  }

  /**
   * Returns the target as printed, not null.
   *
   * @return the text
   */
  public String text() {
    return text;
  }

  /**
   * Returns the target printed as {@code 不超出预算}.
   *
   * @return the target, not null
   */
  public static BudgetCapTarget of() {
    return new BudgetCapTarget("不超出预算");
  }

  @Override
  public TargetKind kind() {
    return TargetKind.BUDGET_CAP;
  }

  /**
   * Returns not assessable: a budget cap is checked against the budget lines, not a single observation.
   *
   * @param observed the observation, not null
   * @return a not-assessable assessment, not null
   */
  @Override
  public Assessment assess(Observation observed) {
    Objects.requireNonNull(observed, "observed");
    return Assessment.notAssessable(text + " is judged by comparing spending with the budget, not by " + observed);
  }

  /** Equal when printed the same and read the same. */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof BudgetCapTarget other && text.equals(other.text);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text);
  }

  /** Returns the printed text, such as {@code 不超出预算}. */
  @Override
  public String toString() {
    return text;
  }
}
