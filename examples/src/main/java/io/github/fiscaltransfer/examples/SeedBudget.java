package io.github.fiscaltransfer.examples;

import static io.github.fiscaltransfer.budget.ExpenditureColumn.BASIC;
import static io.github.fiscaltransfer.budget.ExpenditureColumn.PROCUREMENT;
import static io.github.fiscaltransfer.budget.ExpenditureColumn.PROCUREMENT_SMALL;
import static io.github.fiscaltransfer.budget.ExpenditureColumn.PROCUREMENT_SME;
import static io.github.fiscaltransfer.budget.ExpenditureColumn.PROJECT;
import static io.github.fiscaltransfer.budget.ExpenditureColumn.TOTAL;

import io.github.fiscaltransfer.budget.BalanceTable;
import io.github.fiscaltransfer.budget.BudgetKind;
import io.github.fiscaltransfer.budget.Cells;
import io.github.fiscaltransfer.budget.DepartmentBudget;
import io.github.fiscaltransfer.budget.ExpenditureColumn;
import io.github.fiscaltransfer.budget.GridTable;
import io.github.fiscaltransfer.budget.RevenueColumn;
import io.github.fiscaltransfer.budget.Row;
import io.github.fiscaltransfer.budget.SubjectRow;
import io.github.fiscaltransfer.budget.SubjectSection;
import io.github.fiscaltransfer.budget.SubjectTable;
import io.github.fiscaltransfer.budget.TableFormat;
import io.github.fiscaltransfer.budget.ThreePublicColumn;
import io.github.fiscaltransfer.budget.ThreePublicSection;
import io.github.fiscaltransfer.budget.ThreePublicTable;
import io.github.fiscaltransfer.money.AmountUnit;
import io.github.fiscaltransfer.subject.Subject;
import java.time.Year;
import java.util.List;
import java.util.Optional;

/**
 * Seed 004, 深圳市医疗保障局's 2022 department budget (部门预算), built in Java table by table, figure by figure as
 * printed: 表1–表3 and 表5–表11; 表4 (基本支出总表) is absent from the source text. Rows of 收支总表 and
 * 政府预算拨款收支总表 print subject names only; their codes are the ones 表7 and 表9 print beside the same names.
 */
public final class SeedBudget {

  /** The department, as the tables print it (部门名称). */
  public static final String DEPARTMENT = "深圳市医疗保障局";

  /** The department's own office, printed under the department's name in the unit rows. */
  public static final String OFFICE = "深圳市医疗保障局";

  /** The fund management centre, the second budget unit. */
  public static final String CENTRE = "深圳市医疗保险基金管理中心";

  static final TableFormat WAN = TableFormat.WHOLE_WAN_YUAN;

  private static final List<ExpenditureColumn> SPENDING = List.of(TOTAL, BASIC, PROJECT);

  private SeedBudget() {}

  /**
   * Returns seed 004 as printed.
   *
   * @return the document, not null
   */
  public static DepartmentBudget document() {
    return DepartmentBudget.builder()
        .year(Year.of(2022))
        .kind(BudgetKind.BUDGET)
        .department(DEPARTMENT)
        .addUnits(OFFICE, CENTRE)
        .summary(summary())
        .revenue(revenue())
        .expenditure(expenditure())
        .projectExpenditure(SeedBudgetTables.projects())
        .appropriations(appropriations())
        .generalPublic(SeedBudgetTables.generalPublic())
        .threePublic(threePublic())
        .governmentFund(governmentFund())
        .stateCapital(stateCapital())
        .performance(SeedBudgetPerformance.table())
        .build();
  }

  /** 表1 收支总表. */
  static BalanceTable summary() {
    Cells<RevenueColumn> revenue = Cells.parse(WAN, List.of(RevenueColumn.APPROPRIATION,
            RevenueColumn.GENERAL_PUBLIC, RevenueColumn.GOVERNMENT_FUND, RevenueColumn.STATE_CAPITAL,
            RevenueColumn.SPECIAL_ACCOUNT, RevenueColumn.UNIT_FUNDS, RevenueColumn.SERVICE, RevenueColumn.BUSINESS,
            RevenueColumn.SUPERIOR_SUBSIDY, RevenueColumn.AFFILIATE_REMITTANCE, RevenueColumn.OTHER,
            RevenueColumn.CURRENT_YEAR, RevenueColumn.CARRY_OVER, RevenueColumn.TOTAL),
        "267,237", "265,760", "1,477", "0", "0", "3,663", "0", "0", "0", "0", "3,663", "270,900", "2,900",
        "273,800");
    SubjectTable<ExpenditureColumn> expenditure = SubjectTable.ofDepartment(WAN, List.of(
        total("208 社会保障和就业支出", "1,358"),
        total("20805 行政事业单位养老支出", "1,358"),
        total("2080505 机关事业单位基本养老保险缴费支出", "921"),
        total("2080506 机关事业单位职业年金缴费支出", "437"),
        total("210 卫生健康支出", "267,206"),
        total("21011 行政事业单位医疗", "12,288"),
        total("2101101 行政单位医疗", "242"),
        total("2101103 公务员医疗补助", "2,653"),
        total("2101199 其他行政事业单位医疗支出", "9,393"),
        total("21012 财政对基本医疗保险基金的补助", "226,632"),
        total("2101202 财政对城乡居民基本医疗保险基金的补助", "226,632"),
        total("21013 医疗救助", "820"),
        total("2101301 城乡医疗救助", "820"),
        total("21015 医疗保障管理事务", "27,466"),
        total("2101501 行政运行", "13,653"),
        total("2101504 信息化建设", "993"),
        total("2101505 医疗保障政策管理", "2,810"),
        total("2101506 医疗保障经办事务", "6,030"),
        total("2101599 其他医疗保障管理事务支出", "3,980"),
        total("221 住房保障支出", "3,759"),
        total("22102 住房改革支出", "3,759"),
        total("2210201 住房公积金", "1,347"),
        total("2210203 购房补贴", "2,412"),
        total("229 其他支出", "1,477"),
        total("22960 彩票公益金安排的支出", "1,477"),
        total("2296013 用于城乡医疗救助的彩票公益金支出", "1,477")));
    return BalanceTable.of(revenue, expenditure, WAN.parse("273,800"), WAN.parse("0"), WAN.parse("273,800"));
  }

  /** 表6 政府预算拨款收支总表. */
  static BalanceTable appropriations() {
    Cells<RevenueColumn> revenue = Cells.parse(WAN, List.of(RevenueColumn.APPROPRIATION,
            RevenueColumn.GENERAL_PUBLIC, RevenueColumn.GOVERNMENT_FUND, RevenueColumn.STATE_CAPITAL,
            RevenueColumn.CURRENT_YEAR, RevenueColumn.CARRY_OVER, RevenueColumn.TOTAL),
        "267,237", "265,760", "1,477", "0", "267,237", "2,900", "270,137");
    SubjectTable<ExpenditureColumn> expenditure = SubjectTable.ofDepartment(WAN, List.of(
        total("208 社会保障和就业支出", "1,358"),
        total("20805 行政事业单位养老支出", "1,358"),
        total("2080505 机关事业单位基本养老保险缴费支出", "921"),
        total("2080506 机关事业单位职业年金缴费支出", "437"),
        total("210 卫生健康支出", "263,543"),
        total("21011 行政事业单位医疗", "12,288"),
        total("2101101 行政单位医疗", "242"),
        total("2101103 公务员医疗补助", "2,653"),
        total("2101199 其他行政事业单位医疗支出", "9,393"),
        total("21012 财政对基本医疗保险基金的补助", "226,632"),
        total("2101202 财政对城乡居民基本医疗保险基金的补助", "226,632"),
        total("21013 医疗救助", "820"),
        total("2101301 城乡医疗救助", "820"),
        total("21015 医疗保障管理事务", "23,803"),
        total("2101501 行政运行", "13,653"),
        total("2101504 信息化建设", "993"),
        total("2101505 医疗保障政策管理", "2,810"),
        total("2101506 医疗保障经办事务", "6,030"),
        total("2101599 其他医疗保障管理事务支出", "317"),
        total("221 住房保障支出", "3,759"),
        total("22102 住房改革支出", "3,759"),
        total("2210201 住房公积金", "1,347"),
        total("2210203 购房补贴", "2,412"),
        total("229 其他支出", "1,477"),
        total("22960 彩票公益金安排的支出", "1,477"),
        total("2296013 用于城乡医疗救助的彩票公益金支出", "1,477")));
    return BalanceTable.of(revenue, expenditure, WAN.parse("270,137"), WAN.parse("0"), WAN.parse("270,137"));
  }

  /** 表2 收入总表: the department row, then the office and the centre. */
  static GridTable<RevenueColumn> revenue() {
    List<RevenueColumn> columns = List.of(RevenueColumn.TOTAL, RevenueColumn.GENERAL_PUBLIC,
        RevenueColumn.GENERAL_BASIC, RevenueColumn.GENERAL_DUTY, RevenueColumn.GENERAL_SPECIAL,
        RevenueColumn.GENERAL_INVESTMENT, RevenueColumn.GOVERNMENT_FUND, RevenueColumn.STATE_CAPITAL,
        RevenueColumn.SPECIAL_ACCOUNT, RevenueColumn.SERVICE, RevenueColumn.BUSINESS, RevenueColumn.SUPERIOR_SUBSIDY,
        RevenueColumn.AFFILIATE_REMITTANCE, RevenueColumn.OTHER, RevenueColumn.CARRY_OVER);
    return GridTable.of(WAN, Optional.of(Cells.parse(WAN, columns, "273,800", "265,760", "16,269", "9,993",
            "239,498", "0", "1,477", "0", "0", "0", "0", "0", "0", "3,663", "2,900")),
        List.of(Row.of(OFFICE, Cells.parse(WAN, columns, "16,910", "14,346", "9,986", "4,360", "0", "0", "0",
                "0", "0", "0", "0", "0", "0", "1,429", "1,136")),
            Row.of(CENTRE, Cells.parse(WAN, columns, "256,890", "251,414", "6,283", "5,633", "239,498", "0",
                "1,477", "0", "0", "0", "0", "0", "0", "2,234", "1,764"))));
  }

  /** 表3 支出总表: the unit rows; the source prints no department row. */
  static GridTable<ExpenditureColumn> expenditure() {
    List<ExpenditureColumn> columns = List.of(TOTAL, BASIC, PROJECT, PROCUREMENT, PROCUREMENT_SME,
        PROCUREMENT_SMALL);
    return GridTable.of(WAN, Optional.empty(), List.of(
        Row.of(OFFICE, Cells.parse(WAN, columns, "16,910", "9,986", "6,925", "561", "168", "101")),
        Row.of(CENTRE, Cells.parse(WAN, columns, "256,890", "6,283", "250,606", "4,089", "1,227", "736"))));
  }

  /** 表8 一般公共预算"三公"经费支出表, printed in 万元 to two decimals. */
  static ThreePublicTable threePublic() {
    TableFormat format = TableFormat.of(AmountUnit.WAN_YUAN, 2);
    List<ThreePublicColumn> columns = List.of(ThreePublicColumn.values());
    return ThreePublicTable.of(format, List.of(
        ThreePublicSection.of(OFFICE,
            Cells.parse(format, columns, "43.44", "0", "1.44", "42", "0", "42"),
            Cells.parse(format, columns, "43.44", "0", "1.44", "42", "0", "42"),
            Cells.parse(format, columns, "0", "0", "0", "0", "0", "0")),
        ThreePublicSection.of(CENTRE,
            Cells.parse(format, columns, "4.18", "0", "0.68", "3.5", "0", "3.5"),
            Cells.parse(format, columns, "7.68", "0", "0.68", "7", "0", "7"),
            Cells.parse(format, columns, "3.5", "0", "0", "3.5", "0", "3.5"))));
  }

  /** 表9 政府性基金预算支出表. */
  static SubjectTable<ExpenditureColumn> governmentFund() {
    return SubjectTable.of(WAN, spending("1,477", "0", "1,477"), List.of(
        SubjectSection.of(OFFICE, spending("0", "0", "0"), List.of()),
        SubjectSection.of(CENTRE, spending("1,477", "0", "1,477"), List.of(
            row("229 其他支出", "1,477", "0", "1,477"),
            row("22960 彩票公益金安排的支出", "1,477", "0", "1,477"),
            row("2296013 用于城乡医疗救助的彩票公益金支出", "1,477", "0", "1,477")))));
  }

  /** 表10 国有资本经营预算支出表: 本表本年无发生额, every figure zero. */
  static SubjectTable<ExpenditureColumn> stateCapital() {
    return SubjectTable.of(WAN, spending("0", "0", "0"), List.of(
        SubjectSection.of(OFFICE, spending("0", "0", "0"), List.of()),
        SubjectSection.of(CENTRE, spending("0", "0", "0"), List.of())));
  }

  static Cells<ExpenditureColumn> spending(String total, String basic, String project) {
    return Cells.parse(WAN, SPENDING, total, basic, project);
  }

  static SubjectRow<ExpenditureColumn> row(String subject, String total, String basic, String project) {
    return SubjectRow.of(Subject.parse(subject), spending(total, basic, project));
  }

  private static SubjectRow<ExpenditureColumn> total(String subject, String total) {
    return SubjectRow.of(Subject.parse(subject), Cells.parse(WAN, List.of(TOTAL), total));
  }
}
