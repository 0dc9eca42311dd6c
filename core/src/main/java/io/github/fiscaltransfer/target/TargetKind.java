package io.github.fiscaltransfer.target;

/**
 * The kinds of printed target (指标值) that {@link Target#parse} tells apart.
 *
 * <p>Immutable and thread-safe.
 */
public enum TargetKind {
  /** A figure with a comparison and unit, such as {@code ≥2万人次}: {@link QuantitativeTarget}. */
  QUANTITATIVE,
  /** 是 or 否: {@link YesNoTarget}. */
  YES_NO,
  /** A figure within a scope, such as {@code 市域内覆盖100%}: {@link ScopedTarget}. */
  SCOPED,
  /** A month-end deadline, such as {@code 12月底前}: {@link DeadlineTarget}. */
  DEADLINE,
  /** 不超出预算: {@link BudgetCapTarget}. */
  BUDGET_CAP,
  /** A qualitative direction, such as {@code 有所提高}: {@link QualitativeTarget}. */
  QUALITATIVE,
  /** An unfilled template value, such as {@code ≥**次}: {@link PlaceholderTarget}. */
  PLACEHOLDER,
  /** Nothing printed: {@link EmptyTarget}. */
  EMPTY,
  /** Text that could not be read: {@link UnparsedTarget}. */
  UNPARSED
}
