package io.github.fiscaltransfer.budget;

import java.util.Optional;

/**
 * The revenue headings of a department budget (收入), used as the columns of 收入总表 and 项目支出总表 and as the
 * income lines of 收支总表 and 政府预算拨款收支总表: 收入总计 = 本年收入 + 上年结余、结转, and 本年收入 split by
 * source down to the funding categories of 一般公共预算拨款.
 */
public enum RevenueColumn implements Column {
  /** 收入总计 (总计 in 项目支出总表): all the money the department has for the year. */
  TOTAL("收入总计", null, "total"),
  /** 本年收入合计: this year's revenue. */
  CURRENT_YEAR("本年收入合计", TOTAL, "currentYear"),
  /** 政府预算拨款: appropriations from the government budgets. */
  APPROPRIATION("政府预算拨款", CURRENT_YEAR, "appropriation"),
  /** 一般公共预算拨款: general public budget appropriation. */
  GENERAL_PUBLIC("一般公共预算拨款", APPROPRIATION, "generalPublic"),
  /** 基本支出拨款: of the general budget, for basic expenditure. */
  GENERAL_BASIC("基本支出拨款", GENERAL_PUBLIC, "generalBasic"),
  /** 履职类项目拨款: of the general budget, for projects of the department's duties. */
  GENERAL_DUTY("履职类项目拨款", GENERAL_PUBLIC, "generalDuty"),
  /** 财政专项资金拨款: of the general budget, special fiscal funds. */
  GENERAL_SPECIAL("财政专项资金拨款", GENERAL_PUBLIC, "generalSpecial"),
  /** 政府投资项目拨款: of the general budget, government investment projects. */
  GENERAL_INVESTMENT("政府投资项目拨款", GENERAL_PUBLIC, "generalInvestment"),
  /** 政府性基金预算拨款: government fund budget appropriation. */
  GOVERNMENT_FUND("政府性基金预算拨款", APPROPRIATION, "governmentFund"),
  /** 国有资本经营预算拨款: state capital operation budget appropriation. */
  STATE_CAPITAL("国有资本经营预算拨款", APPROPRIATION, "stateCapital"),
  /** 财政专户管理资金: funds in special fiscal accounts. */
  SPECIAL_ACCOUNT("财政专户管理资金", CURRENT_YEAR, "specialAccount"),
  /** 单位资金: the units' own funds. */
  UNIT_FUNDS("单位资金", CURRENT_YEAR, "unitFunds"),
  /** 事业收入: revenue from public-service activities. */
  SERVICE("事业收入", UNIT_FUNDS, "service"),
  /** 事业单位经营收入: business revenue of public institutions. */
  BUSINESS("事业单位经营收入", UNIT_FUNDS, "business"),
  /** 上级补助收入: subsidies from the level above. */
  SUPERIOR_SUBSIDY("上级补助收入", UNIT_FUNDS, "superiorSubsidy"),
  /** 附属单位上缴收入: remittances from affiliated units. */
  AFFILIATE_REMITTANCE("附属单位上缴收入", UNIT_FUNDS, "affiliateRemittance"),
  /** 其他收入: other revenue. */
  OTHER("其他收入", UNIT_FUNDS, "other"),
  /** 上年结余、结转: balances carried over from earlier years. */
  CARRY_OVER("上年结余、结转", TOTAL, "carryOver");

  private final String label;
  private final RevenueColumn parent;
  private final String key;

  RevenueColumn(String label, RevenueColumn parent, String key) {
    this.label = label;
    this.parent = parent;
    this.key = key;
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public Optional<RevenueColumn> parent() {
    return Optional.ofNullable(parent);
  }

  /** Returns false: every revenue heading is an addend of its parent. */
  @Override
  public boolean ofWhich() {
    return false;
  }

  @Override
  public String key() {
    return key;
  }

  /** Returns the header as printed. */
  @Override
  public String toString() {
    return label;
  }
}
