package io.github.fiscaltransfer.performance;

import io.github.fiscaltransfer.validation.Rule;
import io.github.fiscaltransfer.validation.Severity;

/**
 * Every rule that checks a target table or a self-evaluation, with its id and severity: the one place they are
 * listed.
 *
 * <table>
 *   <caption>Rules</caption>
 *   <tr><th>id</th><th>severity</th><th>finds</th></tr>
 *   <tr><td>{@code funding.parts-sum}</td><td>error</td><td>中央, 地方 and 其他资金 do not add up to 年度金额</td></tr>
 *   <tr><td>{@code funding.notice-total}</td><td>error</td><td>年度金额 differs from the notice's total</td></tr>
 *   <tr><td>{@code funding.annual-blank}</td><td>error</td><td>no 年度金额 printed</td></tr>
 *   <tr><td>{@code goal.placeholder}</td><td>error</td><td>an annual goal left as template text</td></tr>
 *   <tr><td>{@code indicator.placeholder}</td><td>error</td><td>a template row such as {@code ........}</td></tr>
 *   <tr><td>{@code target.placeholder}</td><td>error</td><td>a target such as {@code ≥**次}</td></tr>
 *   <tr><td>{@code target.empty}</td><td>error</td><td>an empty target</td></tr>
 *   <tr><td>{@code target.unparsed}</td><td>warning</td><td>a target whose text could not be read</td></tr>
 *   <tr><td>{@code category.misplaced}</td><td>error</td><td>a level-2 category under the wrong level-1</td></tr>
 *   <tr><td>{@code category.unknown}</td><td>warning</td><td>category wording that names no known category</td></tr>
 *   <tr><td>{@code category.unstated}</td><td>warning</td><td>a category cell left blank</td></tr>
 *   <tr><td>{@code evaluation.execution-rate}</td><td>error</td><td>a stated execution rate differs from
 *       spent / available</td></tr>
 *   <tr><td>{@code evaluation.total-funds}</td><td>error</td><td>the stated evaluated total differs from the
 *       budget lines</td></tr>
 *   <tr><td>{@code evaluation.score-over-maximum}</td><td>error</td><td>a score above its indicator's
 *       maximum</td></tr>
 *   <tr><td>{@code evaluation.section-over-weight}</td><td>error</td><td>scores of a section above its
 *       weight</td></tr>
 *   <tr><td>{@code evaluation.grade-mismatch}</td><td>error</td><td>the stated grade is not the computed one
 *       (or cannot be reached)</td></tr>
 *   <tr><td>{@code evaluation.grade-unverifiable}</td><td>info</td><td>the total score cannot be computed
 *       because parts are not stated</td></tr>
 * </table>
 *
 * <p>Immutable and thread-safe.
 */
public enum PerformanceRule implements Rule {
  /** {@code funding.parts-sum}. */
  FUNDING_PARTS_SUM("funding.parts-sum", Severity.ERROR),
  /** {@code funding.notice-total}. */
  FUNDING_NOTICE_TOTAL("funding.notice-total", Severity.ERROR),
  /** {@code funding.annual-blank}. */
  FUNDING_ANNUAL_BLANK("funding.annual-blank", Severity.ERROR),
  /** {@code goal.placeholder}. */
  GOAL_PLACEHOLDER("goal.placeholder", Severity.ERROR),
  /** {@code indicator.placeholder}. */
  INDICATOR_PLACEHOLDER("indicator.placeholder", Severity.ERROR),
  /** {@code target.placeholder}. */
  TARGET_PLACEHOLDER("target.placeholder", Severity.ERROR),
  /** {@code target.empty}. */
  TARGET_EMPTY("target.empty", Severity.ERROR),
  /** {@code target.unparsed}. */
  TARGET_UNPARSED("target.unparsed", Severity.WARNING),
  /** {@code category.misplaced}. */
  CATEGORY_MISPLACED("category.misplaced", Severity.ERROR),
  /** {@code category.unknown}. */
  CATEGORY_UNKNOWN("category.unknown", Severity.WARNING),
  /** {@code category.unstated}. */
  CATEGORY_UNSTATED("category.unstated", Severity.WARNING),
  /** {@code evaluation.execution-rate}. */
  EXECUTION_RATE("evaluation.execution-rate", Severity.ERROR),
  /** {@code evaluation.total-funds}. */
  TOTAL_FUNDS("evaluation.total-funds", Severity.ERROR),
  /** {@code evaluation.score-over-maximum}. */
  SCORE_OVER_MAXIMUM("evaluation.score-over-maximum", Severity.ERROR),
  /** {@code evaluation.section-over-weight}. */
  SECTION_OVER_WEIGHT("evaluation.section-over-weight", Severity.ERROR),
  /** {@code evaluation.grade-mismatch}. */
  GRADE_MISMATCH("evaluation.grade-mismatch", Severity.ERROR),
  /** {@code evaluation.grade-unverifiable}. */
  GRADE_UNVERIFIABLE("evaluation.grade-unverifiable", Severity.INFO);

  private final String id;
  private final Severity severity;

  PerformanceRule(String id, Severity severity) {
    this.id = id;
    this.severity = severity;
  }

  /**
   * Returns the stable rule id used in findings, such as {@code funding.parts-sum}.
   *
   * @return the id, not null
   */
  @Override
  public String id() {
    return id;
  }

  /**
   * Returns the severity of this rule's findings.
   *
   * @return the severity, not null
   */
  @Override
  public Severity severity() {
    return severity;
  }


  /** Returns the rule id, such as {@code funding.parts-sum}. */
  @Override
  public String toString() {
    return id;
  }
}
