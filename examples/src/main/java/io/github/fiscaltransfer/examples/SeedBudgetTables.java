package io.github.fiscaltransfer.examples;

import static io.github.fiscaltransfer.examples.SeedBudget.CENTRE;
import static io.github.fiscaltransfer.examples.SeedBudget.OFFICE;
import static io.github.fiscaltransfer.examples.SeedBudget.WAN;
import static io.github.fiscaltransfer.examples.SeedBudget.row;
import static io.github.fiscaltransfer.examples.SeedBudget.spending;

import io.github.fiscaltransfer.budget.ExpenditureColumn;
import io.github.fiscaltransfer.budget.Cells;
import io.github.fiscaltransfer.budget.GridTable;
import io.github.fiscaltransfer.budget.RevenueColumn;
import io.github.fiscaltransfer.budget.Row;
import io.github.fiscaltransfer.budget.SubjectSection;
import io.github.fiscaltransfer.budget.SubjectTable;
import java.util.List;
import java.util.Optional;

/** Seed 004's two longest tables of figures, 表5 and 表7, as printed. */
final class SeedBudgetTables {

  private SeedBudgetTables() {}

  /**
   * 表5 项目支出总表 as the source prints it: six project categories of the centre and no total row; the office's
   * projects and four of the centre's (医疗保障综合管理, 福利彩票公益金项目, 社工服务项目, 信息化新建项目) are not in the text.
   */
  static GridTable<RevenueColumn> projects() {
    List<RevenueColumn> columns = List.of(RevenueColumn.TOTAL, RevenueColumn.GENERAL_PUBLIC,
        RevenueColumn.GENERAL_DUTY, RevenueColumn.GENERAL_SPECIAL, RevenueColumn.GENERAL_INVESTMENT,
        RevenueColumn.GOVERNMENT_FUND, RevenueColumn.STATE_CAPITAL, RevenueColumn.SPECIAL_ACCOUNT,
        RevenueColumn.SERVICE, RevenueColumn.BUSINESS, RevenueColumn.SUPERIOR_SUBSIDY,
        RevenueColumn.AFFILIATE_REMITTANCE, RevenueColumn.OTHER, RevenueColumn.CARRY_OVER);
    return GridTable.of(WAN, Optional.empty(), List.of(
        Row.of("预算准备金", Cells.parse(WAN, columns,
            "55", "55", "55", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0")),
        Row.of("中央财政转移支付——医疗服务与保障能力提升补助资金", Cells.parse(WAN, columns,
            "966", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "966")),
        Row.of("医疗保障经办管理", Cells.parse(WAN, columns,
            "3,871", "3,073", "3,073", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "798")),
        Row.of("财政对医疗保障的补助", Cells.parse(WAN, columns,
            "239,498", "239,498", "0", "239,498", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0")),
        Row.of("信息化系统运行维护", Cells.parse(WAN, columns,
            "800", "800", "800", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0")),
        Row.of("区财政安排项目", Cells.parse(WAN, columns,
            "2,234", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "2,234", "0"))));
  }

  /** 表7 一般公共预算支出表（按功能分类）. */
  static SubjectTable<ExpenditureColumn> generalPublic() {
    return SubjectTable.of(WAN, spending("268,660", "16,269", "252,391"), List.of(
        SubjectSection.of(OFFICE, spending("15,482", "9,986", "5,496"), List.of(
            row("208 社会保障和就业支出", "831", "831", "0"),
            row("20805 行政事业单位养老支出", "831", "831", "0"),
            row("2080505 机关事业单位基本养老保险缴费支出", "564", "564", "0"),
            row("2080506 机关事业单位职业年金缴费支出", "267", "267", "0"),
            row("210 卫生健康支出", "12,410", "6,914", "5,496"),
            row("21011 行政事业单位医疗", "242", "242", "0"),
            row("2101101 行政单位医疗", "242", "242", "0"),
            row("21015 医疗保障管理事务", "12,168", "6,672", "5,496"),
            row("2101501 行政运行", "9,042", "6,672", "2,370"),
            row("2101505 医疗保障政策管理", "2,810", "0", "2,810"),
            row("2101599 其他医疗保障管理事务支出", "317", "0", "317"),
            row("221 住房保障支出", "2,241", "2,241", "0"),
            row("22102 住房改革支出", "2,241", "2,241", "0"),
            row("2210201 住房公积金", "811", "811", "0"),
            row("2210203 购房补贴", "1,430", "1,430", "0"))),
        SubjectSection.of(CENTRE, spending("253,178", "6,283", "246,895"), List.of(
            row("208 社会保障和就业支出", "528", "528", "0"),
            row("20805 行政事业单位养老支出", "528", "528", "0"),
            row("2080505 机关事业单位基本养老保险缴费支出", "358", "358", "0"),
            row("2080506 机关事业单位职业年金缴费支出", "170", "170", "0"),
            row("210 卫生健康支出", "251,132", "4,237", "246,895"),
            row("21011 行政事业单位医疗", "12,046", "0", "12,046"),
            row("2101103 公务员医疗补助", "2,653", "0", "2,653"),
            row("2101199 其他行政事业单位医疗支出", "9,393", "0", "9,393"),
            row("21012 财政对基本医疗保险基金的补助", "226,632", "0", "226,632"),
            row("2101202 财政对城乡居民基本医疗保险基金的补助", "226,632", "0", "226,632"),
            row("21013 医疗救助", "820", "0", "820"),
            row("2101301 城乡医疗救助", "820", "0", "820"),
            row("21015 医疗保障管理事务", "11,634", "4,237", "7,397"),
            row("2101501 行政运行", "4,611", "4,237", "374"),
            row("2101504 信息化建设", "993", "0", "993"),
            row("2101506 医疗保障经办事务", "6,030", "0", "6,030"),
            row("221 住房保障支出", "1,518", "1,518", "0"),
            row("22102 住房改革支出", "1,518", "1,518", "0"),
            row("2210201 住房公积金", "536", "536", "0"),
            row("2210203 购房补贴", "982", "982", "0")))));
  }
}
