package io.github.fiscaltransfer.performance;

import io.github.fiscaltransfer.target.Target;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One row of a target table (绩效指标): its level-1 and level-2 category as printed, the level-3 name and the target.
 *
 * <p>Immutable and thread-safe. The printed category wording is kept; {@link #level1()} and {@link #level2()}
 * recognise it. A blank category means the table printed none for this row.
 */
@Value.Immutable
public abstract class PerformanceIndicator {

  PerformanceIndicator() {}

  /**
   * Returns the level-1 category (一级指标) as printed, such as {@code 满意度}; blank if none was printed.
   *
   * @return the printed wording, not null
   */
  public abstract String level1Text();

  /**
   * Returns the level-2 category (二级指标) as printed, such as {@code 社会指标}; blank if none was printed.
   *
   * @return the printed wording, not null
   */
  public abstract String level2Text();

  /**
   * Returns the level-3 indicator name (三级指标) as printed.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * Returns the target (指标值).
   *
   * @return the target, not null
   */
  public abstract Target target();

  /**
   * Returns the level-1 category the printed wording names.
   *
   * @return the category, or empty if the wording is blank or unknown
   */
  public Optional<IndicatorLevel1> level1() {
    return IndicatorLevel1.fromPrinted(level1Text());
  }

  /**
   * Returns the level-2 category the printed wording names.
   *
   * @return the category, or empty if the wording is blank or unknown
   */
  public Optional<IndicatorLevel2> level2() {
    return IndicatorLevel2.fromPrinted(level2Text());
  }

  @Value.Check
  void check() {
    if (name().isBlank()) {
      throw new IllegalArgumentException("Indicator name must not be blank (target " + target().text() + ")");
    }
  }

  /**
   * Returns an indicator whose target is read from its printed text with {@link Target#parse(String, String)}.
   *
   * @param level1Text the level-1 category as printed, blank if none, not null
   * @param level2Text the level-2 category as printed, blank if none, not null
   * @param name the indicator name as printed, not blank
   * @param targetText the target as printed, not null
   * @return the indicator, not null
   * @throws IllegalArgumentException if the name is blank
   */
  public static PerformanceIndicator of(String level1Text, String level2Text, String name, String targetText) {
    return builder().level1Text(level1Text).level2Text(level2Text).name(name)
        .target(Target.parse(targetText, name)).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the row as {@code 产出指标 / 数量指标 / 召开医保工作会次数: ≥3次}. */
  @Override
  public String toString() {
    return level1Text() + " / " + level2Text() + " / " + name() + ": " + target().text();
  }

  /**
   * Builds a {@link PerformanceIndicator}; every attribute is required. Each method sets the attribute of the same name, described at its accessor;
   * {@linkplain io.github.fiscaltransfer how the methods behave}.
   */
  public static final class Builder extends ImmutablePerformanceIndicator.Builder {
    Builder() {}
  }
}
