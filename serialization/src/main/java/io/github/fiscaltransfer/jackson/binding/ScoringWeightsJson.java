package io.github.fiscaltransfer.jackson.binding;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.fiscaltransfer.performance.IndicatorLevel1;
import io.github.fiscaltransfer.evaluation.ScoringWeights;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON shape of {@link ScoringWeights}: the budget-execution points and the points of each level-1 section,
 * keyed by the section's label ({@code 产出指标}), all as plain-decimal strings.
 *
 * @param budgetExecution the budget-execution points, such as {@code "10"}
 * @param sections the points by section label
 */
@JsonPropertyOrder({"budgetExecution", "sections"})
record ScoringWeightsJson(String budgetExecution, Map<String, String> sections) {

  /** Makes the sections read an unmodifiable view, so that the shape is immutable. */
  ScoringWeightsJson {
    sections = sections == null ? null : Collections.unmodifiableMap(sections);
  }

  /**
   * Returns the shape of scoring weights.
   *
   * @param weights the weights, not null
   * @return its JSON shape, not null
   */
  static ScoringWeightsJson of(ScoringWeights weights) {
    Map<String, String> sections = new LinkedHashMap<>();
    weights.sections().forEach((level1, points) -> sections.put(level1.label(), points.toPlainString()));
    return new ScoringWeightsJson(weights.budgetExecution().toPlainString(), sections);
  }

  ScoringWeights toWeights() {
    BigDecimal budget = Shapes.at("budgetExecution",
        () -> Shapes.decimal(Shapes.required(budgetExecution, "budgetExecution")));
    Map<IndicatorLevel1, BigDecimal> points = new EnumMap<>(IndicatorLevel1.class);
    Shapes.required(sections, "sections").forEach((label, text) -> Shapes.at("sections/" + label, () ->
        points.put(CanonicalTextDeserializer.INDICATOR_LEVEL1.parseText(label),
            Shapes.decimal(Shapes.required(text, "points")))));
    return ScoringWeights.of(budget, points);
  }
}
