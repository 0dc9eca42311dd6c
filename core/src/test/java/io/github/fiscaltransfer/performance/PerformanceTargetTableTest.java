package io.github.fiscaltransfer.performance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fiscaltransfer.ValueContract;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.validation.Finding;
import io.github.fiscaltransfer.validation.Severity;
import io.github.fiscaltransfer.validation.ValidationReport;
import java.time.Year;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PerformanceTargetTableTest {

  private static PerformanceTargetTable tableOf(Funding funding, PerformanceIndicator... indicators) {
    return PerformanceTargetTable.builder().grantName("测试资金").year(Year.of(2023)).funding(funding)
        .addIndicators(indicators).build();
  }

  private static PerformanceTargetTable tableWith(PerformanceIndicator indicator) {
    return tableOf(Funding.of(PrintedAmount.parse("194万元")), indicator);
  }

  private static List<String> paths(ValidationReport report, String ruleId) {
    return report.findings(ruleId).stream().map(Finding::path).toList();
  }

  @Test
  void guangdong2022MatchesItsNoticeTotalWithNoFindings() {
    ValidationReport report = SeedTargetTables.guangdong2022().validate(PrintedAmount.parse("10,831万元"));
    assertTrue(report.isEmpty(), report::toString);
  }

  @Test
  void jiangmen2023No2AndNo3MatchTheirNoticeTotalsWithNoFindings() {
    assertTrue(SeedTargetTables.jiangmen2023No2().validate(PrintedAmount.parse("1829 万元")).isEmpty());
    assertTrue(SeedTargetTables.jiangmen2023No3().validate(PrintedAmount.parse("194 万元")).isEmpty());
  }

  @Test
  void jiangmen2023No1ReportsOnlyItsUnprintedLevel1Cell() {
    ValidationReport report = SeedTargetTables.jiangmen2023No1().validate(PrintedAmount.parse("7,678万元"));
    assertEquals(1, report.findings().size(), report::toString);
    assertEquals("WARNING category.unstated at /indicators/12/level1: expected a level-1 category, actual blank — "
        + "No level-1 category is printed for 医疗救助救助对象满意度(%)", report.findings().get(0).toString());
  }

  @Test
  void noticeTotalDifferingFromAnnualAmountIsAnError() {
    ValidationReport report = SeedTargetTables.guangdong2022().validate(PrintedAmount.parse("10,830万元"));
    assertEquals(List.of("/funding/annual"), paths(report, "funding.notice-total"));
    assertEquals("ERROR funding.notice-total at /funding/annual: expected 10,830万元, actual 10,831万元 — "
        + "年度金额 10,831万元 differs from the notice total 10,830万元", report.findings().get(0).toString());
  }

  @Test
  void noticeTotalInAnotherUnitIsComparedAsMoney() {
    assertTrue(SeedTargetTables.jiangmen2023No1().validate(PrintedAmount.parse("76,780,000元"))
        .findings("funding.notice-total").isEmpty());
  }

  @Test
  void templateReportsEveryPlaceholderBlankAndTemplateRow() {
    ValidationReport report = SeedTargetTables.lianghe2022Template().validate();
    assertEquals(List.of("/funding"), paths(report, "funding.annual-blank"));
    assertEquals(List.of("/goals/0", "/goals/1", "/goals/2", "/goals/3"), paths(report, "goal.placeholder"));
    assertEquals(List.of("/indicators/2/name", "/indicators/9/name", "/indicators/11/name", "/indicators/14/name"),
        paths(report, "indicator.placeholder"));
    assertEquals(List.of("/indicators/0/target", "/indicators/1/target", "/indicators/3/target",
        "/indicators/4/target", "/indicators/5/target", "/indicators/7/target", "/indicators/13/target"),
        paths(report, "target.placeholder"));
    assertEquals(List.of("/indicators/10/target"), paths(report, "target.empty"));
    assertEquals(17, report.findings().size(), report::toString);
    assertEquals(17, report.findings(Severity.ERROR).size());
  }

  @Test
  void placeholderAndEmptyTargetMessagesNameTheIndicator() {
    ValidationReport report = SeedTargetTables.lianghe2022Template().validate();
    assertEquals("The target of 医保信息系统重大安全事件响应时间 is an unfilled template placeholder: ≤**分钟",
        report.findings("target.placeholder").get(4).message());
    assertEquals("The target of DRG试点进展模拟运行时间 is empty", report.findings("target.empty").get(0).message());
    assertEquals("The goal is template text, not a goal: 目标1：", report.findings("goal.placeholder").get(0).message());
  }

  @Test
  void partsThatDoNotAddUpAreReportedWithBothAmounts() {
    Funding funding = Funding.builder().annual(PrintedAmount.parse("10,831万元"))
        .central(PrintedAmount.parse("10,000万元")).local(PrintedAmount.parse("800万元")).build();
    Finding finding = tableOf(funding).validate().findings("funding.parts-sum").get(0);
    assertEquals("ERROR funding.parts-sum at /funding: expected 10,831万元, actual 10,800万元 — "
        + "中央, 地方 and 其他资金 add up to 10,800万元, not the 年度金额 10,831万元", finding.toString());
  }

  @Test
  void partsInOtherUnitsAndScalesThatAddUpAreFine() {
    Funding funding = Funding.builder().annual(PrintedAmount.parse("194.00万元"))
        .central(PrintedAmount.parse("1,900,000元")).other(PrintedAmount.parse("4万元")).build();
    assertTrue(tableOf(funding).validate().isEmpty());
  }

  @Test
  void level2UnderTheWrongLevel1IsAnError() {
    ValidationReport report = tableWith(PerformanceIndicator.of("效益指标", "数量指标", "召开会议次数", "≥3次")).validate();
    assertEquals("ERROR category.misplaced at /indicators/0/level2: expected under 产出指标, actual under 效益指标 — "
        + "数量指标 does not belong under 效益指标 (召开会议次数)", report.findings().get(0).toString());
    assertEquals(1, report.findings().size());
  }

  @Test
  void costMayStandUnderOutputOrCostButNowhereElse() {
    assertTrue(tableWith(PerformanceIndicator.of("产出指标", "成本指标", "预算成本控制", "不超出预算")).validate().isEmpty());
    assertTrue(tableWith(PerformanceIndicator.of("成本指标", "成本指标", "预算成本控制", "不超出预算")).validate().isEmpty());
    Finding finding = tableWith(PerformanceIndicator.of("满意度指标", "成本指标", "预算成本控制", "不超出预算"))
        .validate().findings("category.misplaced").get(0);
    assertEquals("under 产出指标 or 成本指标", finding.expected().orElseThrow());
  }

  @Test
  void unknownCategoryAndUnreadableTargetAreWarnings() {
    ValidationReport report = tableWith(PerformanceIndicator.of("产出指标", "进度指标", "完成进度", "约2次")).validate();
    assertEquals(List.of("WARNING target.unparsed at /indicators/0/target: expected a readable target, actual 约2次 — "
            + "The target of 完成进度 could not be read: 约2次",
        "WARNING category.unknown at /indicators/0/level2: expected a known level-2 category, actual 进度指标 — "
            + "进度指标 is not a known level-2 category (完成进度)"),
        report.findings().stream().map(Finding::toString).toList());
  }

  @Test
  void treeKeepsPrintedWordingAndOrder() {
    Map<String, Map<String, List<PerformanceIndicator>>> tree = SeedTargetTables.guangdong2022().tree();
    assertEquals(List.of("产出指标", "效益指标", "满意度"), List.copyOf(tree.keySet()));
    assertEquals(List.of("数量指标", "质量指标", "时效指标"), List.copyOf(tree.get("产出指标").keySet()));
    assertEquals(6, tree.get("产出指标").get("质量指标").size());
    assertEquals("医保人才培训人次", tree.get("产出指标").get("质量指标").get(4).name());
    assertThrows(UnsupportedOperationException.class, () -> tree.get("满意度").clear());
  }

  @Test
  void blankGrantNameIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PerformanceTargetTable.builder().grantName(" ").year(Year.of(2023)).funding(Funding.builder().build())
            .build());
    assertEquals("Target table grant name must not be blank (year 2023)", e.getMessage());
  }

  @Test
  void blankIndicatorNameIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PerformanceIndicator.of("产出指标", "数量指标", "", "≥2次"));
    assertEquals("Indicator name must not be blank (target ≥2次)", e.getMessage());
  }

  @Test
  void toStringSummarisesForABudgetOfficer() {
    assertEquals("绩效目标表 2023 医疗救助中央补助资金 (江门市): 年度金额 1,829万元 (中央 1,829万元, 地方 —, 其他 —), "
        + "3 goals, 11 indicators", SeedTargetTables.jiangmen2023No2().toString());
    assertEquals("效益指标 / 社会指标 / 拓展医疗救助对象覆盖范围(是/否): 是",
        SeedTargetTables.jiangmen2023No1().indicators().get(8).toString());
  }

  @Test
  void tablesIndicatorsAndFundingAreValues() {
    ValueContract.assertValueSemantics(SeedTargetTables.guangdong2022(), SeedTargetTables.guangdong2022(),
        SeedTargetTables.lianghe2022Template());
    ValueContract.assertValueSemantics(PerformanceIndicator.of("产出指标", "数量指标", "次数", "≥2次"),
        PerformanceIndicator.of("产出指标", "数量指标", "次数", "≥2次"),
        PerformanceIndicator.of("产出指标", "数量指标", "次数", "≥ 2次"));
    ValueContract.assertValueSemantics(Funding.of(PrintedAmount.parse("194万元")),
        Funding.of(PrintedAmount.parse("194万元")), Funding.of(PrintedAmount.parse("194.00万元")));
  }
}
