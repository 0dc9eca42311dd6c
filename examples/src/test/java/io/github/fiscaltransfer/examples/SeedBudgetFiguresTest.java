package io.github.fiscaltransfer.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.fiscaltransfer.budget.ExpenditureColumn;
import io.github.fiscaltransfer.budget.BalanceTable;
import io.github.fiscaltransfer.budget.BudgetKind;
import io.github.fiscaltransfer.budget.BudgetTask;
import io.github.fiscaltransfer.budget.Cells;
import io.github.fiscaltransfer.budget.DepartmentBudget;
import io.github.fiscaltransfer.budget.GridTable;
import io.github.fiscaltransfer.budget.SubjectTable;
import io.github.fiscaltransfer.budget.TableId;
import io.github.fiscaltransfer.budget.ThreePublicTable;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.performance.PerformanceIndicator;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every figure of seed 004 (深圳市医疗保障局 2022 部门预算) as the source text prints it: each table rendered as
 * {@code label | figures} lines, compared with lines copied from the seed's tab-separated rows.
 */
class SeedBudgetFiguresTest {

  private static final DepartmentBudget SEED = SeedBudget.document();

  @Test
  void document() {
    assertEquals(Year.of(2022), SEED.year());
    assertEquals(BudgetKind.BUDGET, SEED.kind());
    assertEquals("深圳市医疗保障局", SEED.department());
    assertEquals(List.of("深圳市医疗保障局", "深圳市医疗保险基金管理中心"), SEED.units());
    assertEquals(EnumSet.complementOf(EnumSet.of(TableId.BASIC_EXPENDITURE)), SEED.tables());
  }

  @Test
  void summary() {
    BalanceTable summary = SEED.summary().orElseThrow();
    assertEquals("收入总计 273,800, 本年收入合计 270,900, 政府预算拨款 267,237, 一般公共预算拨款 265,760, "
        + "政府性基金预算拨款 1,477, 国有资本经营预算拨款 0, 财政专户管理资金 0, 单位资金 3,663, 事业收入 0, 事业单位经营收入 0, "
        + "上级补助收入 0, 附属单位上缴收入 0, 其他收入 3,663, 上年结余、结转 2,900", revenue(summary.revenue()));
    assertEquals(List.of("社会保障和就业支出 | 1,358", "行政事业单位养老支出 | 1,358", "机关事业单位基本养老保险缴费支出 | 921",
        "机关事业单位职业年金缴费支出 | 437", "卫生健康支出 | 267,206", "行政事业单位医疗 | 12,288", "行政单位医疗 | 242",
        "公务员医疗补助 | 2,653", "其他行政事业单位医疗支出 | 9,393", "财政对基本医疗保险基金的补助 | 226,632",
        "财政对城乡居民基本医疗保险基金的补助 | 226,632", "医疗救助 | 820", "城乡医疗救助 | 820", "医疗保障管理事务 | 27,466",
        "行政运行 | 13,653", "信息化建设 | 993", "医疗保障政策管理 | 2,810", "医疗保障经办事务 | 6,030",
        "其他医疗保障管理事务支出 | 3,980", "住房保障支出 | 3,759", "住房改革支出 | 3,759", "住房公积金 | 1,347", "购房补贴 | 2,412",
        "其他支出 | 1,477", "彩票公益金安排的支出 | 1,477", "用于城乡医疗救助的彩票公益金支出 | 1,477"), byName(summary));
    assertEquals("273,800 0 273,800", totals(summary));
  }

  @Test
  void appropriations() {
    BalanceTable appropriations = SEED.appropriations().orElseThrow();
    assertEquals("收入总计 270,137, 本年收入合计 267,237, 政府预算拨款 267,237, 一般公共预算拨款 265,760, "
        + "政府性基金预算拨款 1,477, 国有资本经营预算拨款 0, 上年结余、结转 2,900", revenue(appropriations.revenue()));
    assertEquals(List.of("社会保障和就业支出 | 1,358", "行政事业单位养老支出 | 1,358", "机关事业单位基本养老保险缴费支出 | 921",
        "机关事业单位职业年金缴费支出 | 437", "卫生健康支出 | 263,543", "行政事业单位医疗 | 12,288", "行政单位医疗 | 242",
        "公务员医疗补助 | 2,653", "其他行政事业单位医疗支出 | 9,393", "财政对基本医疗保险基金的补助 | 226,632",
        "财政对城乡居民基本医疗保险基金的补助 | 226,632", "医疗救助 | 820", "城乡医疗救助 | 820", "医疗保障管理事务 | 23,803",
        "行政运行 | 13,653", "信息化建设 | 993", "医疗保障政策管理 | 2,810", "医疗保障经办事务 | 6,030",
        "其他医疗保障管理事务支出 | 317", "住房保障支出 | 3,759", "住房改革支出 | 3,759", "住房公积金 | 1,347", "购房补贴 | 2,412",
        "其他支出 | 1,477", "彩票公益金安排的支出 | 1,477", "用于城乡医疗救助的彩票公益金支出 | 1,477"), byName(appropriations));
    assertEquals("270,137 0 270,137", totals(appropriations));
  }

  @Test
  void revenue() {
    assertEquals(List.of(
        "深圳市医疗保障局 | 273,800 265,760 16,269 9,993 239,498 0 1,477 0 0 0 0 0 0 3,663 2,900",
        "深圳市医疗保障局 | 16,910 14,346 9,986 4,360 0 0 0 0 0 0 0 0 0 1,429 1,136",
        "深圳市医疗保险基金管理中心 | 256,890 251,414 6,283 5,633 239,498 0 1,477 0 0 0 0 0 0 2,234 1,764"), grid(SEED.revenue().orElseThrow()));
  }

  @Test
  void expenditure() {
    assertEquals(List.of(
        "深圳市医疗保障局 | 16,910 9,986 6,925 561 168 101",
        "深圳市医疗保险基金管理中心 | 256,890 6,283 250,606 4,089 1,227 736"), grid(SEED.expenditure().orElseThrow()));
  }

  @Test
  void projects() {
    assertEquals(List.of(
        "预算准备金 | 55 55 55 0 0 0 0 0 0 0 0 0 0 0",
        "中央财政转移支付——医疗服务与保障能力提升补助资金 | 966 0 0 0 0 0 0 0 0 0 0 0 0 966",
        "医疗保障经办管理 | 3,871 3,073 3,073 0 0 0 0 0 0 0 0 0 0 798",
        "财政对医疗保障的补助 | 239,498 239,498 0 239,498 0 0 0 0 0 0 0 0 0 0",
        "信息化系统运行维护 | 800 800 800 0 0 0 0 0 0 0 0 0 0 0",
        "区财政安排项目 | 2,234 0 0 0 0 0 0 0 0 0 0 0 2,234 0"), grid(SEED.projectExpenditure().orElseThrow()));
  }

  @Test
  void generalPublic() {
    assertEquals(List.of(
        "深圳市医疗保障局 | 268,660 16,269 252,391",
        "深圳市医疗保障局 | 15,482 9,986 5,496",
        "208 社会保障和就业支出 | 831 831 0",
        "20805 行政事业单位养老支出 | 831 831 0",
        "2080505 机关事业单位基本养老保险缴费支出 | 564 564 0",
        "2080506 机关事业单位职业年金缴费支出 | 267 267 0",
        "210 卫生健康支出 | 12,410 6,914 5,496",
        "21011 行政事业单位医疗 | 242 242 0",
        "2101101 行政单位医疗 | 242 242 0",
        "21015 医疗保障管理事务 | 12,168 6,672 5,496",
        "2101501 行政运行 | 9,042 6,672 2,370",
        "2101505 医疗保障政策管理 | 2,810 0 2,810",
        "2101599 其他医疗保障管理事务支出 | 317 0 317",
        "221 住房保障支出 | 2,241 2,241 0",
        "22102 住房改革支出 | 2,241 2,241 0",
        "2210201 住房公积金 | 811 811 0",
        "2210203 购房补贴 | 1,430 1,430 0",
        "深圳市医疗保险基金管理中心 | 253,178 6,283 246,895",
        "208 社会保障和就业支出 | 528 528 0",
        "20805 行政事业单位养老支出 | 528 528 0",
        "2080505 机关事业单位基本养老保险缴费支出 | 358 358 0",
        "2080506 机关事业单位职业年金缴费支出 | 170 170 0",
        "210 卫生健康支出 | 251,132 4,237 246,895",
        "21011 行政事业单位医疗 | 12,046 0 12,046",
        "2101103 公务员医疗补助 | 2,653 0 2,653",
        "2101199 其他行政事业单位医疗支出 | 9,393 0 9,393",
        "21012 财政对基本医疗保险基金的补助 | 226,632 0 226,632",
        "2101202 财政对城乡居民基本医疗保险基金的补助 | 226,632 0 226,632",
        "21013 医疗救助 | 820 0 820",
        "2101301 城乡医疗救助 | 820 0 820",
        "21015 医疗保障管理事务 | 11,634 4,237 7,397",
        "2101501 行政运行 | 4,611 4,237 374",
        "2101504 信息化建设 | 993 0 993",
        "2101506 医疗保障经办事务 | 6,030 0 6,030",
        "221 住房保障支出 | 1,518 1,518 0",
        "22102 住房改革支出 | 1,518 1,518 0",
        "2210201 住房公积金 | 536 536 0",
        "2210203 购房补贴 | 982 982 0"), subjects(SEED.generalPublic().orElseThrow()));
  }

  @Test
  void threePublic() {
    assertEquals(List.of(
        "深圳市医疗保障局 2021 年 | 43.44 0 1.44 42 0 42",
        "2022 年 | 43.44 0 1.44 42 0 42",
        "增减变化金额 | 0 0 0 0 0 0",
        "深圳市医疗保险基金管理中心 2021 年 | 4.18 0 0.68 3.5 0 3.5",
        "2022 年 | 7.68 0 0.68 7 0 7",
        "增减变化金额 | 3.5 0 0 3.5 0 3.5"), threePublic(SEED.threePublic().orElseThrow()));
    assertEquals(2, SEED.threePublic().orElseThrow().format().scale());
  }

  @Test
  void governmentFundAndStateCapital() {
    assertEquals(List.of(
        "深圳市医疗保障局 | 1,477 0 1,477",
        "深圳市医疗保障局 | 0 0 0",
        "深圳市医疗保险基金管理中心 | 1,477 0 1,477",
        "229 其他支出 | 1,477 0 1,477",
        "22960 彩票公益金安排的支出 | 1,477 0 1,477",
        "2296013 用于城乡医疗救助的彩票公益金支出 | 1,477 0 1,477"), subjects(SEED.governmentFund().orElseThrow()));
    assertEquals(List.of(
        "深圳市医疗保障局 | 0 0 0",
        "深圳市医疗保障局 | 0 0 0",
        "深圳市医疗保险基金管理中心 | 0 0 0"), subjects(SEED.stateCapital().orElseThrow()));
  }

  @Test
  void performance() {
    var table = SEED.performance().orElseThrow();
    assertEquals(List.of("基本支出 | 16,269 16,269 -", "医疗保障综合管理 | 3,527 3,527 -", "基金监督管理 | 1,025 1,025 -",
        "医疗保障政策研究管理 | 754 754 -", "医药支付和管理 | 554 554 -", "预算准备金 | 105 105 -", "医疗保障经办管理 | 3,871 3,871 -",
        "信息化系统运行维护 | 800 800 -", "社工服务项目 | 135 135 -", "信息化新建项目（非政府投资项目） | 90 90 -",
        "待支付以前年度采购项目 | 127 127 -", "中央财政转移支付——医疗服务与保障能力提升补助资金 | 1,293 1,293 -",
        "财政对医疗保障的补助 | 239,498 239,498 -", "福利彩票公益金项目 | 1,477 1,477 -", "政府投资项目 | 611 611 -",
        "区财政安排项目 | 3,663 - 3,663"), table.tasks().stream().map(SeedBudgetFiguresTest::task).toList());
    assertEquals("金额合计 | 273,800 270,137 3,663", task(table.totals()));
    assertEquals(6, table.goals().size());
    assertEquals(52, table.indicators().size());
    PerformanceIndicator first = table.indicators().get(0);
    assertEquals("产出指标 / 数量指标 / 评估测算病种数: 约 8,000 个", first.toString());
    assertEquals("满意度指标 / 服务对象满意度指标 / 医保五项功能“好差评”功能好评率: ≥90%",
        table.indicators().get(51).toString());
  }

  private static String revenue(Cells<?> cells) {
    return cells.amounts().entrySet().stream()
        .map(e -> e.getKey().label() + " " + e.getValue().formatFigure()).collect(Collectors.joining(", "));
  }

  private static List<String> byName(BalanceTable table) {
    return table.expenditure().sections().get(0).rows().stream()
        .map(row -> row.subject().name().orElseThrow() + " | " + figures(row.cells())).toList();
  }

  private static String totals(BalanceTable table) {
    return table.currentExpenditure().formatFigure() + " " + table.carryForward().formatFigure() + " "
        + table.totalExpenditure().formatFigure();
  }

  private static List<String> grid(GridTable<?> table) {
    List<String> lines = new ArrayList<>();
    table.total().ifPresent(total -> lines.add(SeedBudget.DEPARTMENT + " | " + figures(total)));
    table.rows().forEach(row -> lines.add(row.label() + " | " + figures(row.cells())));
    return lines;
  }

  private static List<String> subjects(SubjectTable<ExpenditureColumn> table) {
    List<String> lines = new ArrayList<>();
    table.total().ifPresent(total -> lines.add(SeedBudget.DEPARTMENT + " | " + figures(total)));
    table.sections().forEach(section -> {
      lines.add(section.unit().orElseThrow() + " | " + figures(section.total().orElseThrow()));
      section.rows().forEach(row -> lines.add(row.subject() + " | " + figures(row.cells())));
    });
    return lines;
  }

  private static List<String> threePublic(ThreePublicTable table) {
    List<String> lines = new ArrayList<>();
    table.sections().forEach(section -> {
      lines.add(section.unit() + " 2021 年 | " + figures(section.previous()));
      lines.add("2022 年 | " + figures(section.current()));
      lines.add("增减变化金额 | " + figures(section.change()));
    });
    return lines;
  }

  private static String task(BudgetTask task) {
    return task.name() + " | " + task.total().formatFigure() + " "
        + task.fiscal().map(PrintedAmount::formatFigure).orElse("-") + " "
        + task.other().map(PrintedAmount::formatFigure).orElse("-");
  }

  private static String figures(Cells<?> cells) {
    return cells.amounts().values().stream().map(PrintedAmount::formatFigure).collect(Collectors.joining(" "));
  }
}
