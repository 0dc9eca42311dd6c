package io.github.fiscaltransfer.performance;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A level-2 indicator category (二级指标) and the level-1 categories it may stand under.
 *
 * <p>Immutable and thread-safe. 成本指标 is accepted both under 产出指标 (the older table format, as in
 * 江财社〔2023〕1号) and as its own level-1 category (the 2021 format).
 */
public enum IndicatorLevel2 {
  /** 数量指标, quantity. */
  QUANTITY("数量指标", EnumSet.of(IndicatorLevel1.OUTPUT)),
  /** 质量指标, quality. */
  QUALITY("质量指标", EnumSet.of(IndicatorLevel1.OUTPUT)),
  /** 时效指标, timeliness. */
  TIMELINESS("时效指标", EnumSet.of(IndicatorLevel1.OUTPUT)),
  /** 成本指标, cost. */
  COST("成本指标", EnumSet.of(IndicatorLevel1.OUTPUT, IndicatorLevel1.COST)),
  /** 社会效益指标, social benefit; also printed as 社会指标. */
  SOCIAL_BENEFIT("社会效益指标", EnumSet.of(IndicatorLevel1.BENEFIT), "社会指标"),
  /** 经济效益指标, economic benefit; also printed as 经济指标. */
  ECONOMIC_BENEFIT("经济效益指标", EnumSet.of(IndicatorLevel1.BENEFIT), "经济指标"),
  /** 生态效益指标, ecological benefit; also printed as 生态指标. */
  ECOLOGICAL_BENEFIT("生态效益指标", EnumSet.of(IndicatorLevel1.BENEFIT), "生态指标"),
  /** 可持续影响指标, sustainability. */
  SUSTAINABILITY("可持续影响指标", EnumSet.of(IndicatorLevel1.BENEFIT)),
  /** 服务对象满意度指标, satisfaction of the people served. */
  BENEFICIARY_SATISFACTION("服务对象满意度指标", EnumSet.of(IndicatorLevel1.SATISFACTION));

  private final String label;
  private final Set<IndicatorLevel1> parents;
  private final String[] aliases;

  IndicatorLevel2(String label, Set<IndicatorLevel1> parents, String... aliases) {
    this.label = label;
    this.parents = Set.copyOf(parents);
    this.aliases = aliases;
  }

  /**
   * Returns the standard Chinese label, such as {@code 数量指标}.
   *
   * @return the label, not null
   */
  public String label() {
    return label;
  }

  /**
   * Returns the level-1 categories this category may stand under.
   *
   * @return the parents, not null, unmodifiable, never empty
   */
  public Set<IndicatorLevel1> parents() {
    return parents;
  }

  /**
   * Returns the category that printed wording names, with or without the trailing 指标 and ignoring whitespace.
   *
   * @param printed the wording as printed, such as {@code 社会指标}, not null
   * @return the category, or empty if the wording names none
   */
  public static Optional<IndicatorLevel2> fromPrinted(String printed) {
    Objects.requireNonNull(printed, "printed");
    return Arrays.stream(values()).filter(level -> Categories.matches(printed, level.label, level.aliases)).findFirst();
  }

  /** Returns the Chinese label, such as {@code 数量指标}. */
  @Override
  public String toString() {
    return label;
  }
}
