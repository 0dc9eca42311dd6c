package io.github.fiscaltransfer.performance;

import io.github.fiscaltransfer.validation.Rule;
import io.github.fiscaltransfer.validation.RuleDescriptor;
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
  FUNDING_PARTS_SUM("funding.parts-sum", Severity.ERROR,
      "中央, 地方 and 其他资金 add up to 年度金额"),
  /** {@code funding.notice-total}. */
  FUNDING_NOTICE_TOTAL("funding.notice-total", Severity.ERROR,
      "年度金额 equals the notice's total"),
  /** {@code funding.annual-blank}. */
  FUNDING_ANNUAL_BLANK("funding.annual-blank", Severity.ERROR,
      "a 年度金额 is printed"),
  /** {@code goal.placeholder}. */
  GOAL_PLACEHOLDER("goal.placeholder", Severity.ERROR,
      "no annual goal is left as template text"),
  /** {@code indicator.placeholder}. */
  INDICATOR_PLACEHOLDER("indicator.placeholder", Severity.ERROR,
      "no indicator is a template row such as ........"),
  /** {@code target.placeholder}. */
  TARGET_PLACEHOLDER("target.placeholder", Severity.ERROR,
      "no target is a template such as ≥**次"),
  /** {@code target.empty}. */
  TARGET_EMPTY("target.empty", Severity.ERROR,
      "no target is empty"),
  /** {@code target.unparsed}. */
  TARGET_UNPARSED("target.unparsed", Severity.WARNING,
      "every target can be read"),
  /** {@code category.misplaced}. */
  CATEGORY_MISPLACED("category.misplaced", Severity.ERROR,
      "every level-2 category is under its own level-1 category"),
  /** {@code category.unknown}. */
  CATEGORY_UNKNOWN("category.unknown", Severity.WARNING,
      "every category names a known category"),
  /** {@code category.unstated}. */
  CATEGORY_UNSTATED("category.unstated", Severity.WARNING,
      "no category cell is blank"),
  /** {@code evaluation.execution-rate}. */
  EXECUTION_RATE("evaluation.execution-rate", Severity.ERROR,
      "a stated execution rate (执行率) equals spent / available"),
  /** {@code evaluation.total-funds}. */
  TOTAL_FUNDS("evaluation.total-funds", Severity.ERROR,
      "the stated evaluated total equals the sum of the budget lines"),
  /** {@code evaluation.score-over-maximum}. */
  SCORE_OVER_MAXIMUM("evaluation.score-over-maximum", Severity.ERROR,
      "no score is above its indicator's maximum"),
  /** {@code evaluation.section-over-weight}. */
  SECTION_OVER_WEIGHT("evaluation.section-over-weight", Severity.ERROR,
      "the scores of a section are at most its weight"),
  /** {@code evaluation.grade-mismatch}. */
  GRADE_MISMATCH("evaluation.grade-mismatch", Severity.ERROR,
      "the stated grade (优/良/中/差) is the one the total score gives"),
  /** {@code evaluation.grade-unverifiable}. */
  GRADE_UNVERIFIABLE("evaluation.grade-unverifiable", Severity.INFO,
      "the total score can be computed to check the stated grade");

  private final RuleDescriptor descriptor;

  PerformanceRule(String id, Severity severity, String summary) {
    this.descriptor = RuleDescriptor.of(id, severity, summary);
  }

  @Override
  public RuleDescriptor descriptor() {
    return descriptor;
  }

  /** Returns the rule id, such as {@code funding.parts-sum}. */
  @Override
  public String toString() {
    return descriptor.id();
  }
}
