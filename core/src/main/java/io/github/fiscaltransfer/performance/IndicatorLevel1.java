package io.github.fiscaltransfer.performance;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * A level-1 indicator category (一级指标) of a performance target table.
 *
 * <p>Immutable and thread-safe. Tables print the wording in several ways ("满意度指标", "满意度"): the printed text is
 * kept on {@link PerformanceIndicator}, and {@link #fromPrinted} recognises it.
 */
public enum IndicatorLevel1 {
  /** 产出指标, output indicators. */
  OUTPUT("产出指标"),
  /** 效益指标, benefit indicators. */
  BENEFIT("效益指标"),
  /** 满意度指标, satisfaction indicators. */
  SATISFACTION("满意度指标"),
  /** 成本指标, cost indicators (a level-1 category in the 2021 table format). */
  COST("成本指标");

  private final String label;

  IndicatorLevel1(String label) {
    this.label = label;
  }

  /**
   * Returns the standard Chinese label, such as {@code 产出指标}.
   *
   * @return the label, not null
   */
  public String label() {
    return label;
  }

  /**
   * Returns the category that printed wording names, with or without the trailing 指标 and ignoring whitespace.
   *
   * @param printed the wording as printed, such as {@code 满意度}, not null
   * @return the category, or empty if the wording names none
   */
  public static Optional<IndicatorLevel1> fromPrinted(String printed) {
    Objects.requireNonNull(printed, "printed");
    return Arrays.stream(values()).filter(level -> Categories.matches(printed, level.label)).findFirst();
  }

  /** Returns the Chinese label, such as {@code 产出指标}. */
  @Override
  public String toString() {
    return label;
  }
}
