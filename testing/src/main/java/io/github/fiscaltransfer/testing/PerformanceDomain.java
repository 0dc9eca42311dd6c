package io.github.fiscaltransfer.testing;

import io.github.fiscaltransfer.money.AmountUnit;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.target.BudgetCapTarget;
import io.github.fiscaltransfer.evaluation.BudgetLine;
import io.github.fiscaltransfer.evaluation.BudgetSource;
import io.github.fiscaltransfer.target.Comparison;
import io.github.fiscaltransfer.target.DeadlineTarget;
import io.github.fiscaltransfer.target.Direction;
import io.github.fiscaltransfer.target.EmptyTarget;
import io.github.fiscaltransfer.performance.Funding;
import io.github.fiscaltransfer.evaluation.Grade;
import io.github.fiscaltransfer.performance.IndicatorLevel1;
import io.github.fiscaltransfer.performance.IndicatorLevel2;
import io.github.fiscaltransfer.evaluation.IndicatorScore;
import io.github.fiscaltransfer.target.Observation;
import io.github.fiscaltransfer.performance.PerformanceIndicator;
import io.github.fiscaltransfer.performance.PerformanceTargetTable;
import io.github.fiscaltransfer.target.PlaceholderTarget;
import io.github.fiscaltransfer.target.QualitativeTarget;
import io.github.fiscaltransfer.target.QuantitativeTarget;
import io.github.fiscaltransfer.target.ScopedTarget;
import io.github.fiscaltransfer.evaluation.SelfEvaluation;
import io.github.fiscaltransfer.target.Target;
import io.github.fiscaltransfer.target.TargetUnit;
import io.github.fiscaltransfer.target.YesNoTarget;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Month;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.DomainContextBase;

/**
 * jqwik domain of performance (绩效): target tables, self-evaluations, printed targets of every kind, quantitative
 * targets with observations near them (often equal after unit conversion), budget lines in 万元 at fen precision,
 * and fuzzed target text.
 *
 * <p>Use with {@code @Domain(PerformanceDomain.class)} and take, for example,
 * {@code @ForAll PerformanceTargetTable table} or {@code @ForAll SelfEvaluation evaluation}.
 */
public class PerformanceDomain extends DomainContextBase {

  private static final List<String> GRANTS = List.of("医疗救助补助资金", "医疗服务与保障能力提升补助资金",
      "城乡居民基本医疗保险补助资金", "基本公共卫生服务补助资金");
  private static final List<String> GOALS = List.of("全额资助困难居民参加居民医保，减轻医疗费用支出负担。",
      "加强打击欺诈骗保工作力度，切实保障医保基金合理有效使用。", "加快推进医保支付方式改革和 DRG 试点工作。",
      "有效提升经办服务、人才队伍建设等医疗保障服务能力。");
  private static final List<String> INDICATORS = List.of("医疗救助结算及时率(%)", "医保人才培训人次", "住院救助人次数",
      "门诊救助人次数", "医保信息系统正常运行率", "医保重要政策知晓率", "参保人员对医保服务的满意度", "预算成本控制");
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

  /**
   * Valid performance target tables (绩效目标表): a year from 2015 to 2024, 年度金额 in 万元 split into 中央 and
   * 地方, 1 to 3 annual goals and 1 to 8 indicators, each under its own level-1 and level-2 category, with a
   * printed target of a kind that needs no filling in (never a placeholder or an empty cell).
   *
   * @return the arbitrary, not null
   */
  @Provide
  public Arbitrary<PerformanceTargetTable> targetTables() {
    Arbitrary<BigDecimal> annual = Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("100000"))
        .ofScale(2);
    Arbitrary<BigDecimal> centralShare = Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.ONE).ofScale(2);
    Arbitrary<Target> filled = targets().filter(t -> !(t instanceof PlaceholderTarget) && !(t instanceof EmptyTarget));
    Arbitrary<PerformanceIndicator> indicator = Combinators.combine(Arbitraries.of(IndicatorLevel2.class),
            Arbitraries.of(INDICATORS), filled)
        .as((level2, name, target) -> PerformanceIndicator.of(level1Of(level2).label(),
            level2.label(), name, target.text()));
    return Combinators.combine(Arbitraries.of(GRANTS), Arbitraries.integers().between(2015, 2024), annual,
            centralShare, Arbitraries.of(GOALS).list().ofMinSize(1).ofMaxSize(3).uniqueElements(),
            indicator.list().ofMinSize(1).ofMaxSize(8).uniqueElements(PerformanceIndicator::name))
        .as((grant, year, total, share, goals, indicators) -> {
          BigDecimal central = total.multiply(share).setScale(2, RoundingMode.DOWN);
          return PerformanceTargetTable.builder().grantName(grant).year(Year.of(year))
              .funding(Funding.builder().annual(wan(total)).central(wan(central)).local(wan(total.subtract(central)))
                  .build())
              .addAllGoals(goals).addAllIndicators(indicators).build();
        });
  }

  /**
   * Valid self-evaluations (绩效自评): 1 to 3 budget lines in 万元 with their stated total, and for each of
   * 产出, 效益 and 满意度 1 to 4 scored indicators within the standard weights (50, 30, 10), a budget-execution
   * score up to 10 and the grade (优/良/中/差) the total gives.
   *
   * @return the arbitrary, not null
   */
  @Provide
  public Arbitrary<SelfEvaluation> selfEvaluations() {
    return Combinators.combine(Arbitraries.of(GRANTS), Arbitraries.integers().between(2015, 2024),
            budgetLines().list().ofMinSize(1).ofMaxSize(3), scores(IndicatorLevel1.OUTPUT, "数量指标", 50),
            scores(IndicatorLevel1.BENEFIT, "社会效益指标", 30),
            scores(IndicatorLevel1.SATISFACTION, "服务对象满意度指标", 10),
            Arbitraries.integers().between(0, 10))
        .as((grant, year, lines, output, benefit, satisfaction, execution) -> {
          BigDecimal available = lines.stream().map(line -> line.available().figure())
              .reduce(BigDecimal.ZERO, BigDecimal::add);
          List<IndicatorScore> scores = new ArrayList<>(output);
          scores.addAll(benefit);
          scores.addAll(satisfaction);
          BigDecimal total = scores.stream().map(IndicatorScore::score).reduce(BigDecimal.valueOf(execution),
              BigDecimal::add);
          return SelfEvaluation.builder().grantName(grant).year(Year.of(year)).addAllBudgetLines(lines)
              .statedEvaluatedTotal(wan(available)).addAllScores(scores)
              .statedExecutionScore(BigDecimal.valueOf(execution)).statedGrade(Grade.of(total)).build();
        });
  }

  /** The level-1 category a level-2 one sits under: 产出指标 where it may, else its only one. */
  private static IndicatorLevel1 level1Of(IndicatorLevel2 level2) {
    return level2.parents().contains(IndicatorLevel1.OUTPUT) ? IndicatorLevel1.OUTPUT
        : level2.parents().iterator().next();
  }

  /** 1 to 4 whole-point scores of a section, adding up to at most its weight. */
  private static Arbitrary<List<IndicatorScore>> scores(IndicatorLevel1 level1, String level2, int weight) {
    return Arbitraries.integers().between(1, 4).flatMap(count -> Arbitraries.integers().between(0, weight / count)
        .list().ofSize(count).map(points -> {
          List<IndicatorScore> scores = new ArrayList<>();
          for (int i = 0; i < count; i++) {
            scores.add(IndicatorScore.of(level1, level2, INDICATORS.get(i), BigDecimal.valueOf(points.get(i))));
          }
          return scores;
        }));
  }

  private static PrintedAmount wan(BigDecimal figure) {
    return PrintedAmount.of(figure, AmountUnit.WAN_YUAN);
  }
}
