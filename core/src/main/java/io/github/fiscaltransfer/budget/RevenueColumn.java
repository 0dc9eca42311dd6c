package io.github.fiscaltransfer.budget;

/**
 * The revenue headings of a department budget (收入), used as the columns of 收入总表 and 项目支出总表 and as the
 * income lines of 收支总表 and 政府预算拨款收支总表: 收入总计 = 本年收入 + 上年结余、结转, and 本年收入 split by
 * source down to the funding categories of 一般公共预算拨款.
 */
public enum RevenueColumn implements Column {
  /** 收入总计 (总计 in 项目支出总表): all the money the department has for the year. */
  TOTAL(ColumnHeader.of("收入总计", "total")),
  /** 本年收入合计: this year's revenue. */
  CURRENT_YEAR(ColumnHeader.under(TOTAL, "本年收入合计", "currentYear")),
  /** 政府预算拨款: appropriations from the government budgets. */
  APPROPRIATION(ColumnHeader.under(CURRENT_YEAR, "政府预算拨款", "appropriation")),
  /** 一般公共预算拨款: general public budget appropriation. */
  GENERAL_PUBLIC(ColumnHeader.under(APPROPRIATION, "一般公共预算拨款", "generalPublic")),
  /** 基本支出拨款: of the general budget, for basic expenditure. */
  GENERAL_BASIC(ColumnHeader.under(GENERAL_PUBLIC, "基本支出拨款", "generalBasic")),
  /** 履职类项目拨款: of the general budget, for projects of the department's duties. */
  GENERAL_DUTY(ColumnHeader.under(GENERAL_PUBLIC, "履职类项目拨款", "generalDuty")),
  /** 财政专项资金拨款: of the general budget, special fiscal funds. */
  GENERAL_SPECIAL(ColumnHeader.under(GENERAL_PUBLIC, "财政专项资金拨款", "generalSpecial")),
  /** 政府投资项目拨款: of the general budget, government investment projects. */
  GENERAL_INVESTMENT(ColumnHeader.under(GENERAL_PUBLIC, "政府投资项目拨款", "generalInvestment")),
  /** 政府性基金预算拨款: government fund budget appropriation. */
  GOVERNMENT_FUND(ColumnHeader.under(APPROPRIATION, "政府性基金预算拨款", "governmentFund")),
  /** 国有资本经营预算拨款: state capital operation budget appropriation. */
  STATE_CAPITAL(ColumnHeader.under(APPROPRIATION, "国有资本经营预算拨款", "stateCapital")),
  /** 财政专户管理资金: funds in special fiscal accounts. */
  SPECIAL_ACCOUNT(ColumnHeader.under(CURRENT_YEAR, "财政专户管理资金", "specialAccount")),
  /** 单位资金: the units' own funds. */
  UNIT_FUNDS(ColumnHeader.under(CURRENT_YEAR, "单位资金", "unitFunds")),
  /** 事业收入: revenue from public-service activities. */
  SERVICE(ColumnHeader.under(UNIT_FUNDS, "事业收入", "service")),
  /** 事业单位经营收入: business revenue of public institutions. */
  BUSINESS(ColumnHeader.under(UNIT_FUNDS, "事业单位经营收入", "business")),
  /** 上级补助收入: subsidies from the level above. */
  SUPERIOR_SUBSIDY(ColumnHeader.under(UNIT_FUNDS, "上级补助收入", "superiorSubsidy")),
  /** 附属单位上缴收入: remittances from affiliated units. */
  AFFILIATE_REMITTANCE(ColumnHeader.under(UNIT_FUNDS, "附属单位上缴收入", "affiliateRemittance")),
  /** 其他收入: other revenue. */
  OTHER(ColumnHeader.under(UNIT_FUNDS, "其他收入", "other")),
  /** 上年结余、结转: balances carried over from earlier years. */
  CARRY_OVER(ColumnHeader.under(TOTAL, "上年结余、结转", "carryOver"));

  private final ColumnHeader header;

  RevenueColumn(ColumnHeader header) {
    this.header = header;
  }

  @Override
  public ColumnHeader header() {
    return header;
  }

  /** Returns the header as printed. */
  @Override
  public String toString() {
    return header.label();
  }
}
