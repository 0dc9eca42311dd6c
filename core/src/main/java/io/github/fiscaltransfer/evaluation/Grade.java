package io.github.fiscaltransfer.evaluation;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Objects;

/**
 * The grade of a performance self-evaluation (自评等级): 优 (90 and above), 良 (80 to below 90), 中 (60 to below 80),
 * 差 (below 60), on a total score out of 100.
 *
 * <p>Immutable and thread-safe.
 */
public enum Grade {
  /** 优, excellent: 90 points or more. */
  EXCELLENT("优", 90),
  /** 良, good: at least 80 and below 90 points. */
  GOOD("良", 80),
  /** 中, fair: at least 60 and below 80 points. */
  FAIR("中", 60),
  /** 差, poor: below 60 points. */
  POOR("差", 0);

  private static final BigDecimal FULL_MARKS = BigDecimal.valueOf(100);

  private final String label;
  private final BigDecimal lowerBound;

  Grade(String label, int lowerBound) {
    this.label = label;
    this.lowerBound = BigDecimal.valueOf(lowerBound);
  }

  /**
   * Returns the Chinese label, such as {@code 优}.
   *
   * @return the label, not null
   */
  public String label() {
    return label;
  }

  /**
   * Returns the lowest total score that earns this grade.
   *
   * @return the lower bound, inclusive, not null
   */
  public BigDecimal lowerBound() {
    return lowerBound;
  }

  /**
   * Returns the grade a total score earns, comparing exactly (89.99 is 良).
   *
   * @param totalScore the total score, from 0 to 100, not null
   * @return the grade, not null
   * @throws IllegalArgumentException if the score is below 0 or above 100
   */
  public static Grade of(BigDecimal totalScore) {
    Objects.requireNonNull(totalScore, "totalScore");
    if (totalScore.signum() < 0 || totalScore.compareTo(FULL_MARKS) > 0) {
      throw new IllegalArgumentException(
          "A total score must be between 0 and 100: " + totalScore.toPlainString());
    }
    return Arrays.stream(values()).filter(grade -> totalScore.compareTo(grade.lowerBound) >= 0).findFirst()
        .orElseThrow(() -> new AssertionError("fiscal-transfer bug: no grade for " + totalScore));
  }

  /**
   * Returns the grade printed with a label.
   *
   * @param label 优, 良, 中 or 差, not null
   * @return the grade, not null
   * @throws IllegalArgumentException if the label is none of these
   */
  public static Grade ofLabel(String label) {
    String text = Objects.requireNonNull(label, "label").strip();
    return Arrays.stream(values()).filter(grade -> grade.label.equals(text)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Unknown grade: '" + text + "' (expected 优, 良, 中 or 差)"));
  }

  /** Returns the Chinese label, such as {@code 优}. */
  @Override
  public String toString() {
    return label;
  }
}
