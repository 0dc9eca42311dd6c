package io.github.fiscaltransfer.evaluation;

import io.github.fiscaltransfer.identifier.DocumentNumber;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.performance.IndicatorLevel1;
import java.math.BigDecimal;
import java.time.Year;

/**
 * The self-evaluation (绩效自评报告) of seed 003, built through the public API with its figures as printed.
 *
 * <p>The report prints no budget-execution score, no 效益指标 scores and no indicator maxima: those stay empty
 * ("not stated"). Its （3）满意度指标 heading is numbered under 产出指标 but scored here under 满意度指标, the
 * level-1 category it has in the target tables.
 */
public final class SeedSelfEvaluations {

  private SeedSelfEvaluations() {}

  /**
   * 江门市医疗保障局 2022 年度 self-evaluation, stated grade 优.
   *
   * @return the evaluation, not null
   */
  public static SelfEvaluation jiangmen2022() {
    return SelfEvaluation.builder()
        .grantName("中央财政医疗服务与保障能力提升补助资金")
        .year(Year.of(2022))
        .region("江门市")
        .addBudgetLines(
            BudgetLine.builder().source(BudgetSource.CARRIED_OVER).fundsYear(Year.of(2021))
                .basisDocument(DocumentNumber.parse("江财社〔2020〕217号")).available(PrintedAmount.parse("8.16万元"))
                .spent(PrintedAmount.parse("8.16万元")).statedExecutionRate(new BigDecimal("100")).build(),
            BudgetLine.builder().source(BudgetSource.ALLOCATED).fundsYear(Year.of(2022))
                .basisDocument(DocumentNumber.parse("粤财社〔2021〕307号")).available(PrintedAmount.parse("196万元"))
                .spent(PrintedAmount.parse("174.77万元")).statedExecutionRate(new BigDecimal("89.17")).build())
        .statedEvaluatedTotal(PrintedAmount.parse("204.16万元"))
        .addScores(
            output("数量指标", "召开医保工作新闻发布会和政策吹风会≥2 次", "3次", 2),
            output("数量指标", "推进医保政府信息公开", 2),
            output("数量指标", "在官方网站或微信公众号发布政策文件和解读", 2),
            output("数量指标", "报送工作信息情况", 2),
            output("数量指标", "医保规范性文件和政策措施的合法性审查、公平竞争审查", 1),
            output("数量指标", "统筹地区飞行检查覆盖率", 2),
            output("数量指标", "推行医保支付方式改革和 DRG、DIP工作", 2),
            output("质量指标", "医保法治建设能力", 2),
            output("质量指标", "基金预警和风险防控能力", 3),
            output("质量指标", "医保标准化水平", 3),
            output("质量指标", "医保经办服务能力", 3),
            output("质量指标", "医保综合监管能力", 2),
            output("质量指标", "跨省异地住院费用直接结算率", "55.7%", 3),
            output("质量指标", "医保新闻宣传、政府信息工作和政策研究能力等方面培训", 2),
            output("质量指标", "医药价格政策落实和执行情况", 5),
            output("质量指标", "医药招标采购政策落实和执行情况", 5),
            IndicatorScore.builder().level1(IndicatorLevel1.SATISFACTION).level2Text("满意度指标")
                .name("服务对象满意度").actual("≥90%").score(BigDecimal.TEN).build())
        .statedGrade(Grade.EXCELLENT)
        .build();
  }

  private static IndicatorScore output(String level2, String name, int score) {
    return IndicatorScore.of(IndicatorLevel1.OUTPUT, level2, name, BigDecimal.valueOf(score));
  }

  private static IndicatorScore output(String level2, String name, String actual, int score) {
    return IndicatorScore.builder().from(output(level2, name, score)).actual(actual).build();
  }
}
