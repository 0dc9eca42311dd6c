package io.github.fiscaltransfer.performance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.fiscaltransfer.target.Assessment;
import io.github.fiscaltransfer.target.Comparison;
import io.github.fiscaltransfer.target.Observation;
import io.github.fiscaltransfer.target.QuantitativeTarget;
import io.github.fiscaltransfer.target.Target;
import io.github.fiscaltransfer.target.TargetKind;
import io.github.fiscaltransfer.target.TargetUnit;
import io.github.fiscaltransfer.testing.AssessmentCase;
import io.github.fiscaltransfer.testing.FuzzedText;
import io.github.fiscaltransfer.testing.PerformanceDomain;
import java.math.BigDecimal;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.statistics.Statistics;

/** Properties of targets over generated values from {@link PerformanceDomain}. */
@Domain(PerformanceDomain.class)
class TargetPropertiesTest {

  /** Each unit's base unit and exact factor, written out independently of {@link TargetUnit}. */
  private static final Map<TargetUnit, Map.Entry<String, BigDecimal>> BASE = Map.of(
      TargetUnit.NONE, Map.entry("", BigDecimal.ONE),
      TargetUnit.PERCENT, Map.entry("%", BigDecimal.ONE),
      TargetUnit.TIMES, Map.entry("次", BigDecimal.ONE),
      TargetUnit.PERSON_TIMES, Map.entry("人次", BigDecimal.ONE),
      TargetUnit.TEN_THOUSAND_PERSON_TIMES, Map.entry("人次", new BigDecimal("10000")),
      TargetUnit.MINUTES, Map.entry("分钟", BigDecimal.ONE),
      TargetUnit.HOURS, Map.entry("分钟", new BigDecimal("60")),
      TargetUnit.DAYS, Map.entry("分钟", new BigDecimal("1440")));

  @Property
  void assessAgreesWithExactComparisonAfterUnitConversion(@ForAll AssessmentCase assessmentCase) {
    QuantitativeTarget target = assessmentCase.target();
    Observation.Measured observed = assessmentCase.observed();
    Assessment.Outcome expected = expectedOutcome(target, observed);
    assertEquals(expected, target.assess(observed).outcome());
    Statistics.label("comparison").collect(target.comparison().name());
    Statistics.label("outcome").collect(expected);
    Statistics.label("units").collect(observed.unit() == target.unit() ? "same unit"
        : baseOf(observed.unit()).equals(baseOf(target.unit())) ? "converted" : "incomparable");
    Statistics.label("comparison").coverage(coverage -> {
      for (Comparison comparison : Comparison.values()) {
        coverage.check(comparison.name()).count(count -> count > 0);
      }
    });
    Statistics.label("outcome").coverage(coverage -> {
      for (Assessment.Outcome outcome : Assessment.Outcome.values()) {
        coverage.check(outcome).percentage(percent -> percent > 5);
      }
    });
    Statistics.label("units").coverage(coverage -> coverage.check("converted").count(count -> count > 0));
  }

  private static Assessment.Outcome expectedOutcome(QuantitativeTarget target, Observation.Measured observed) {
    if (!baseOf(observed.unit()).equals(baseOf(target.unit()))) {
      return Assessment.Outcome.NOT_ASSESSABLE;
    }
    int sign = inBase(observed.value(), observed.unit()).compareTo(inBase(target.figure(), target.unit()));
    boolean met;
    switch (target.comparison()) {
      case AT_LEAST -> met = sign >= 0;
      case AT_MOST -> met = sign <= 0;
      case MORE_THAN -> met = sign > 0;
      case LESS_THAN -> met = sign < 0;
      case EQUAL_TO -> met = sign == 0;
      default -> {
        return sign == 0 ? Assessment.Outcome.MET : Assessment.Outcome.NOT_ASSESSABLE;
      }
    }
    return met ? Assessment.Outcome.MET : Assessment.Outcome.NOT_MET;
  }

  private static String baseOf(TargetUnit unit) {
    return BASE.get(unit).getKey();
  }

  private static BigDecimal inBase(BigDecimal figure, TargetUnit unit) {
    return figure.multiply(BASE.get(unit).getValue());
  }

  @Property
  void parsingThePrintedTextGivesTheSameTarget(@ForAll Target target) {
    assertEquals(target, Target.parse(target.text()));
    Statistics.label("kind").collect(target.kind());
    Statistics.label("kind").coverage(coverage -> {
      for (TargetKind kind : TargetKind.values()) {
        if (kind != TargetKind.UNPARSED) {
          coverage.check(kind).count(count -> count > 0);
        }
      }
    });
  }

  @Property
  void fuzzedTextNeverThrowsAndIsKept(@ForAll FuzzedText fuzzed) {
    Target target = Target.parse(fuzzed.text(), fuzzed.indicatorName());
    assertEquals(fuzzed.text(), target.text());
    assertEquals(target, Target.parse(target.text(), fuzzed.indicatorName()));
    Statistics.label("kind").collect(target.kind());
    Statistics.label("kind").coverage(coverage -> {
      coverage.check(TargetKind.UNPARSED).count(count -> count > 0);
      coverage.check(TargetKind.QUANTITATIVE).count(count -> count > 0);
      coverage.check(TargetKind.PLACEHOLDER).count(count -> count > 0);
    });
  }
}
