package io.github.fiscaltransfer.jackson.binding;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.fiscaltransfer.performance.PerformanceIndicator;

/**
 * The JSON shape of a {@link PerformanceIndicator}: the printed level-1 and level-2 wording (empty if none was
 * printed), the level-3 name and the target (指标值) as printed, read back with
 * {@link PerformanceIndicator#of(String, String, String, String)}.
 *
 * @param level1 the level-1 category as printed
 * @param level2 the level-2 category as printed
 * @param name the indicator's name
 * @param target the target as printed
 */
@JsonPropertyOrder({"level1", "level2", "name", "target"})
record PerformanceIndicatorJson(String level1, String level2, String name, String target) {

  /**
   * Returns the shape of an indicator.
   *
   * @param indicator the indicator, not null
   * @return its JSON shape, not null
   */
  static PerformanceIndicatorJson of(PerformanceIndicator indicator) {
    return new PerformanceIndicatorJson(indicator.level1Text(), indicator.level2Text(), indicator.name(),
        indicator.target().text());
  }

  PerformanceIndicator toIndicator() {
    return PerformanceIndicator.of(Shapes.required(level1, "level1"), Shapes.required(level2, "level2"),
        Shapes.required(name, "name"), Shapes.required(target, "target"));
  }
}
