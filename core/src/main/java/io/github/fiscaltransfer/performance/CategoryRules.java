package io.github.fiscaltransfer.performance;

import io.github.fiscaltransfer.validation.Arguments;
import io.github.fiscaltransfer.validation.Finding;
import io.github.fiscaltransfer.validation.JsonPointer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The category rules of {@link PerformanceRule}: each level printed, known, and level-2 under its level-1. */
final class CategoryRules {

  private CategoryRules() {}

  static List<Finding> findings(PerformanceIndicator indicator, JsonPointer path) {
    List<Finding> findings = new ArrayList<>();
    Optional<IndicatorLevel2> level2 = indicator.level2();
    known(indicator, indicator.level1Text(), indicator.level1().isPresent(), path.child("level1"), "level-1")
        .ifPresent(findings::add);
    known(indicator, indicator.level2Text(), level2.isPresent(), path.child("level2"), "level-2")
        .ifPresent(findings::add);
    indicator.level1().ifPresent(level1 -> level2
        .filter(category -> !category.parents().contains(level1))
        .ifPresent(category -> findings.add(PerformanceRule.CATEGORY_MISPLACED.finding(path.child("level2"),
            parentsOf(category), "under " + level1,
            Arguments.of("level2", indicator.level2Text()).and("level1", indicator.level1Text())
                .and("indicator", indicator.name())))));
    return findings;
  }

  private static String parentsOf(IndicatorLevel2 category) {
    return "under " + category.parents().stream().sorted().map(IndicatorLevel1::label)
        .collect(Collectors.joining(" or "));
  }

  private static Optional<Finding> known(
      PerformanceIndicator indicator, String printed, boolean recognised, JsonPointer path, String level) {
    if (printed.isBlank()) {
      return Optional.of(PerformanceRule.CATEGORY_UNSTATED.finding(path, "a " + level + " category", "blank",
          Arguments.of("level", level).and("indicator", indicator.name())));
    }
    if (recognised) {
      return Optional.empty();
    }
    return Optional.of(PerformanceRule.CATEGORY_UNKNOWN.finding(path, "a known " + level + " category", printed,
        Arguments.of("printed", printed).and("level", level).and("indicator", indicator.name())));
  }
}
