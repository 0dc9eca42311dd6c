package io.github.fiscaltransfer.target;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A quantitative target (定量指标值): a comparison, an exact figure and a unit, such as {@code ≥2万人次}, {@code 90%},
 * {@code ≤15天}, or a bare {@code 100} whose unit comes from an indicator name ending in {@code (%)}.
 *
 * <p>Immutable and thread-safe. {@code equals} counts the printed text and the figure's scale.
 */
public final class QuantitativeTarget implements Target {

  private final String text;
  private final Comparison comparison;
  private final BigDecimal figure;
  private final TargetUnit unit;

  private QuantitativeTarget(String text, Comparison comparison, BigDecimal figure, TargetUnit unit) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(comparison, "comparison");
    requireFigure(figure);
    Objects.requireNonNull(unit, "unit");
    this.text = text;
    this.comparison = comparison;
    this.figure = figure;
    this.unit = unit;
  }

  /** Used by the parser: the text as printed with what it was read as. */
  static QuantitativeTarget parsed(String text, Comparison comparison, BigDecimal figure, TargetUnit unit) {
    return new QuantitativeTarget(text, comparison, figure, unit);
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
   * Returns the printed comparison, {@link Comparison#UNSTATED} if none, not null.
   *
   * @return the comparison
   */
  public Comparison comparison() {
    return comparison;
  }

  /**
   * Returns the exact figure, not null, not negative.
   *
   * @return the figure
   */
  public BigDecimal figure() {
    return figure;
  }

  /**
   * Returns the unit, printed or implied by the indicator name, not null.
   *
   * @return the unit
   */
  public TargetUnit unit() {
    return unit;
  }

  /**
   * Returns a target printed in the canonical form, such as {@code ≥2万人次}.
   *
   * @param comparison the comparison, not null
   * @param figure the figure, not null, not negative
   * @param unit the unit, not null
   * @return the target, not null
   * @throws IllegalArgumentException if the figure is negative, or the text would not read back as this target
   */
  public static QuantitativeTarget of(Comparison comparison, BigDecimal figure, TargetUnit unit) {
    String text = comparison.symbol() + requireFigure(figure).toPlainString() + unit.label();
    return TargetParser.requireReadsBack(new QuantitativeTarget(text, comparison, figure, unit), unit);
  }

  static BigDecimal requireFigure(BigDecimal figure) {
    Objects.requireNonNull(figure, "figure");
    if (figure.signum() < 0) {
      throw new IllegalArgumentException("A target figure must not be negative: " + figure.toPlainString());
    }
    return figure;
  }

  /**
   * Returns the figure converted to the unit's base unit, exactly ({@code 20000} for {@code ≥2万人次}).
   *
   * @return the figure in {@code unit().base()}, not null
   */
  public BigDecimal figureInBaseUnit() {
    return unit.toBase(figure);
  }

  @Override
  public TargetKind kind() {
    return TargetKind.QUANTITATIVE;
  }

  /**
   * Compares a measured figure with this target after converting both to the base unit; a target printed without
   * a comparison is met only by an equal figure and is otherwise not assessable.
   *
   * @param observed the observation, not null
   * @return the assessment, not null
   */
  @Override
  public Assessment assess(Observation observed) {
    if (!(Objects.requireNonNull(observed, "observed") instanceof Observation.Measured measured)) {
      return Assessment.mismatch(observed, this);
    }
    if (!unit.isComparableWith(measured.unit())) {
      return Assessment.notAssessable(measured + " cannot be compared with " + text + ": "
          + describe(measured.unit()) + " and " + describe(unit) + " measure different things");
    }
    int sign = measured.inBaseUnit().compareTo(figureInBaseUnit());
    if (comparison == Comparison.UNSTATED && sign != 0) {
      return Assessment.notAssessable(measured + " differs from " + text
          + ", and the target prints no comparison to say whether more or less is better");
    }
    boolean met = comparison.holds(sign);
    return Assessment.of(met, measured + (met ? " meets " : " does not meet ") + text);
  }

  private static String describe(TargetUnit unit) {
    return unit == TargetUnit.NONE ? "a bare figure" : unit.label();
  }

  /** Equal when printed the same and read the same. */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof QuantitativeTarget other && text.equals(other.text) && comparison.equals(other.comparison) && figure.equals(other.figure) && unit.equals(other.unit);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, comparison, figure, unit);
  }

  /** Returns the printed text, such as {@code ≥2万人次}. */
  @Override
  public String toString() {
    return text;
  }
}
