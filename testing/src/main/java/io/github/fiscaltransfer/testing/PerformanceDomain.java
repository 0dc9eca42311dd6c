package io.github.fiscaltransfer.testing;

import io.github.fiscaltransfer.money.AmountUnit;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.performance.BudgetCapTarget;
import io.github.fiscaltransfer.performance.BudgetLine;
import io.github.fiscaltransfer.performance.BudgetSource;
import io.github.fiscaltransfer.performance.Comparison;
import io.github.fiscaltransfer.performance.DeadlineTarget;
import io.github.fiscaltransfer.performance.Direction;
import io.github.fiscaltransfer.performance.EmptyTarget;
import io.github.fiscaltransfer.performance.Observation;
import io.github.fiscaltransfer.performance.PlaceholderTarget;
import io.github.fiscaltransfer.performance.QualitativeTarget;
import io.github.fiscaltransfer.performance.QuantitativeTarget;
import io.github.fiscaltransfer.performance.ScopedTarget;
import io.github.fiscaltransfer.performance.Target;
import io.github.fiscaltransfer.performance.TargetUnit;
import io.github.fiscaltransfer.performance.YesNoTarget;
import java.math.BigDecimal;
import java.time.Month;
import java.time.Year;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.DomainContextBase;

/**
 * Domain arbitraries for performance targets: printed targets of every kind, quantitative targets with
 * observations near them (often equal after unit conversion), budget lines in 万元 at fen precision, and fuzzed
 * target text.
 */
public class PerformanceDomain extends DomainContextBase {

  private static final List<String> SCOPES = List.of("市域内覆盖", "全省覆盖", "县域内", "年内达到");
  private static final String NEAR_GRAMMAR = "≥≤<>=＞＜＝≧*＊%％次人万分钟小时天是否月底前不超出预算有所提高市域内覆盖.．0123456789０９ 约";

  /** Figures from 0 to 1,000 with 0 to 3 decimals, shrinking towards zero. */
  private static Arbitrary<BigDecimal> figures() {
    return Arbitraries.integers().between(0, 3)
        .flatMap(scale -> Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(1000)).ofScale(scale));
  }

  /**
   * Quantitative targets (定量指标): every comparison and unit, figures from 0 to 1,000 with 0 to 3 decimals.
   *
   * @return the arbitrary, not null
   */
  @Provide
  public Arbitrary<QuantitativeTarget> quantitativeTargets() {
    return Combinators.combine(Arbitraries.of(Comparison.class), figures(), Arbitraries.of(TargetUnit.class))
        .as(QuantitativeTarget::of);
  }

  /**
   * Printed targets of every kind: quantitative, scoped, yes/no, deadline, budget cap, qualitative, placeholder and empty.
   *
   * @return the arbitrary, not null
   */
  @Provide
  public Arbitrary<Target> targets() {
    return Arbitraries.oneOf(
        quantitativeTargets().map(Target.class::cast),
        Combinators.combine(Arbitraries.of(SCOPES), quantitativeTargets()).as(ScopedTarget::of),
        Arbitraries.of(true, false).map(YesNoTarget::of),
        Arbitraries.of(Month.class).map(DeadlineTarget::of),
        Arbitraries.just(BudgetCapTarget.of()),
        Arbitraries.of(Direction.class).map(QualitativeTarget::of),
        Combinators.combine(Arbitraries.of(Comparison.class), Arbitraries.of(TargetUnit.class))
            .as(PlaceholderTarget::of),
        Arbitraries.just(EmptyTarget.of()));
  }

  /**
   * Quantitative targets with an observation: the same amount in a comparable unit, one step away, or anywhere.
   *
   * @return the arbitrary, not null
   */
  @Provide
  public Arbitrary<AssessmentCase> assessmentCases() {
    return quantitativeTargets().flatMap(target -> Arbitraries.oneOf(
            sameAmountInComparableUnit(target), nearbyInSameUnit(target), anywhere())
        .map(observed -> new AssessmentCase(target, observed)));
  }

  /** The target's own amount, expressed in a comparable unit wherever that is exact. */
  private static Arbitrary<Observation.Measured> sameAmountInComparableUnit(QuantitativeTarget target) {
    List<TargetUnit> comparable = Arrays.stream(TargetUnit.values())
        .filter(unit -> unit.isComparableWith(target.unit())).toList();
    return Arbitraries.of(comparable).map(unit -> {
      BigDecimal factor = unit.toBase(BigDecimal.ONE);
      BigDecimal[] division = target.figureInBaseUnit().divideAndRemainder(factor);
      return division[1].signum() == 0 && target.figureInBaseUnit().scale() <= 3
          ? Observation.measured(target.figureInBaseUnit().divide(factor), unit)
          : Observation.measured(target.figure(), target.unit());
    });
  }

  private static Arbitrary<Observation.Measured> nearbyInSameUnit(QuantitativeTarget target) {
    return Arbitraries.of("-1", "-0.01", "0", "0.01", "1").map(BigDecimal::new)
        .map(delta -> target.figure().add(delta).max(BigDecimal.ZERO))
        .map(figure -> Observation.measured(figure, target.unit()));
  }

  private static Arbitrary<Observation.Measured> anywhere() {
    return Combinators.combine(figures(), Arbitraries.of(TargetUnit.class)).as(Observation::measured);
  }

  /**
   * Budget lines (预算执行) in 万元 at fen precision: available funds up to 10 亿元, spent up to twice that.
   *
   * @return the arbitrary, not null
   */
  @Provide
  public Arbitrary<BudgetLine> budgetLines() {
    Arbitrary<BigDecimal> available = Arbitraries.bigDecimals()
        .between(new BigDecimal("0.01"), new BigDecimal("100000")).ofScale(2);
    return available.flatMap(total -> Arbitraries.oneOf(
            Arbitraries.bigDecimals().between(BigDecimal.ZERO, total).ofScale(2),
            Arbitraries.bigDecimals().between(BigDecimal.ZERO, total.multiply(BigDecimal.valueOf(2))).ofScale(2))
        .map(spent -> BudgetLine.builder().source(BudgetSource.ALLOCATED).fundsYear(Year.of(2022))
            .available(PrintedAmount.of(total, AmountUnit.WAN_YUAN))
            .spent(PrintedAmount.of(spent, AmountUnit.WAN_YUAN)).build()));
  }

  /**
   * Target text and indicator names, mostly near the target grammar, sometimes any characters.
   *
   * @return the arbitrary, not null
   */
  @Provide
  public Arbitrary<FuzzedText> fuzzedTexts() {
    Arbitrary<String> text = Arbitraries.oneOf(
        Arbitraries.strings().withChars(NEAR_GRAMMAR).ofMaxLength(12),
        targets().map(Target::text).flatMap(printed -> Arbitraries.strings().withChars(NEAR_GRAMMAR).ofMaxLength(2)
            .map(noise -> printed + noise)),
        Arbitraries.strings().all().ofMaxLength(30));
    Arbitrary<String> names = Arbitraries.oneOf(Arbitraries.of("", "医疗救助结算及时率(%)", "医保人才培训人次"),
        Arbitraries.strings().all().ofMaxLength(10));
    return Combinators.combine(text, names).as(FuzzedText::new);
  }
}
