package io.github.fiscaltransfer.target;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * A unit printed after a target figure, with its exact conversion to the base unit of its dimension:
 * 万人次 is 10,000 人次, 小时 is 60 分钟, 天 is 1,440 分钟.
 *
 * <p>Immutable and thread-safe. Conversions multiply by an exact factor and never round.
 */
public enum TargetUnit {
  /** No unit printed, as in a bare {@code 200}. */
  NONE("", 1),
  /** %, percent. */
  PERCENT("%", 1),
  /** 次, times. */
  TIMES("次", 1),
  /** 人次, person-times. */
  PERSON_TIMES("人次", 1),
  /** 万人次, ten thousand person-times. */
  TEN_THOUSAND_PERSON_TIMES("万人次", 10_000),
  /** 分钟, minutes. */
  MINUTES("分钟", 1),
  /** 小时, hours. */
  HOURS("小时", 60),
  /** 天, days of 24 hours. */
  DAYS("天", 1_440);

  private final String label;
  private final BigDecimal factor;

  TargetUnit(String label, int factor) {
    this.label = label;
    this.factor = BigDecimal.valueOf(factor);
  }

  /**
   * Returns the label printed after figures, such as {@code 万人次}; empty for {@link #NONE}.
   *
   * @return the label, not null
   */
  public String label() {
    return label;
  }

  /**
   * Returns the base unit of this unit's dimension: 人次 for 万人次, 分钟 for 天, itself otherwise.
   *
   * @return the base unit, not null
   */
  public TargetUnit base() {
    switch (this) {
      case TEN_THOUSAND_PERSON_TIMES:
        return PERSON_TIMES;
      case HOURS:
      case DAYS:
        return MINUTES;
      default:
        return this;
    }
  }

  /**
   * Returns whether figures in this unit and another can be compared (same base unit).
   *
   * @param other the other unit, not null
   * @return true if both have the same base unit
   */
  public boolean isComparableWith(TargetUnit other) {
    return base() == Objects.requireNonNull(other, "other").base();
  }

  /**
   * Converts a figure in this unit to the base unit, exactly.
   *
   * @param figure the figure, not null
   * @return the figure in {@link #base()}, not null
   */
  public BigDecimal toBase(BigDecimal figure) {
    return Objects.requireNonNull(figure, "figure").multiply(factor);
  }

  /**
   * Returns the unit printed with a label ({@code ％} is read as {@code %}).
   *
   * @param label the label, such as {@code 人次}, not null
   * @return the unit, not null
   * @throws IllegalArgumentException if no unit has that label
   */
  public static TargetUnit ofLabel(String label) {
    return byLabel(label).orElseThrow(() -> new IllegalArgumentException("Unknown target unit: '" + label.strip()
        + "'"));
  }

  /**
   * Looks up the unit printed with a label ({@code ％} is read as {@code %}), as {@link #ofLabel} does without
   * throwing.
   *
   * @param label the label, such as {@code 人次}, not null
   * @return the unit, or empty if no unit has that label
   */
  public static Optional<TargetUnit> byLabel(String label) {
    String text = Objects.requireNonNull(label, "label").strip().replace('％', '%');
    return Arrays.stream(values()).filter(unit -> unit.label.equals(text)).findFirst();
  }

  /**
   * Returns the unit an indicator's name implies for a bare figure: % for names ending in {@code (%)},
   * 人次 for names ending in {@code 人次}, otherwise {@link #NONE}.
   *
   * @param indicatorName the indicator name as printed, not null
   * @return the implied unit, not null
   */
  public static TargetUnit impliedBy(String indicatorName) {
    String name = Objects.requireNonNull(indicatorName, "indicatorName").strip()
        .replace('（', '(').replace('）', ')').replace('％', '%');
    if (name.endsWith("(%)")) {
      return PERCENT;
    }
    return name.endsWith(PERSON_TIMES.label) ? PERSON_TIMES : NONE;
  }

  /** Returns the label, such as {@code 万人次}. */
  @Override
  public String toString() {
    return label;
  }
}
