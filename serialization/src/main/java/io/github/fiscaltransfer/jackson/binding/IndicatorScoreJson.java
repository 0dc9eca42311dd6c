package io.github.fiscaltransfer.jackson.binding;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.fiscaltransfer.performance.IndicatorLevel1;
import io.github.fiscaltransfer.evaluation.IndicatorScore;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The JSON shape of an {@link IndicatorScore}: the level-1 category by label, the printed level-2 wording and name,
 * the actual value as printed, and score and maximum as plain-decimal strings.
 *
 * @param level1 the level-1 category, such as {@code 产出指标}
 * @param level2 the level-2 wording as printed
 * @param name the indicator's name
 * @param actual the actual value as printed, or null
 * @param score the score, such as {@code "2"}
 * @param maximum the maximum, or null if not stated
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"level1", "level2", "name", "actual", "score", "maximum"})
record IndicatorScoreJson(IndicatorLevel1 level1, String level2, String name, String actual, String score,
    String maximum) {

  /**
   * Returns the shape of a score.
   *
   * @param score the score, not null
   * @return its JSON shape, not null
   */
  static IndicatorScoreJson of(IndicatorScore score) {
    return new IndicatorScoreJson(score.level1(), score.level2Text(), score.name(), score.actual().orElse(null),
        score.score().toPlainString(), score.maximum().map(BigDecimal::toPlainString).orElse(null));
  }

  IndicatorScore toScore() {
    IndicatorScore.Builder builder = IndicatorScore.builder();
    builder.actual(Optional.ofNullable(actual))
        .maximum(Optional.ofNullable(maximum).map(max -> Shapes.at("maximum", () -> Shapes.decimal(max))));
    Shapes.ifPresent(level1, builder::level1);
    Shapes.ifPresent(level2, builder::level2Text);
    Shapes.ifPresent(name, builder::name);
    Shapes.ifPresent(score, value -> builder.score(Shapes.at("score", () -> Shapes.decimal(value))));
    return builder.build();
  }
}
