package io.github.fiscaltransfer.budget;

/**
 * The income headings of a 部门决算 (收入): the columns of 收入决算表 and the income lines of 收入支出决算总表 and
 * 财政拨款收入支出决算总表. 总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余; 本年收入合计 = 财政拨款收入 (its
 * 一般公共预算, 政府性基金预算 and 国有资本经营预算 parts) + 上级补助收入 + 事业收入 + 经营收入 + 附属单位上缴收入 + 其他收入.
 */
public enum FinalIncomeColumn implements Column {
  /** 总计: all the money of the year. */
  TOTAL(ColumnHeader.of("总计", "total")),
  /** 本年收入合计: this year's income. */
  CURRENT_YEAR(ColumnHeader.under(TOTAL, "本年收入合计", "currentYear")),
  /** 财政拨款收入: fiscal appropriations, one column in 收入决算表. */
  FISCAL(ColumnHeader.under(CURRENT_YEAR, "财政拨款收入", "fiscal")),
  /** 一般公共预算财政拨款收入: general public budget appropriation. */
  GENERAL_PUBLIC(ColumnHeader.under(FISCAL, "一般公共预算财政拨款收入", "generalPublic")),
  /** 政府性基金预算财政拨款收入: government fund budget appropriation. */
  GOVERNMENT_FUND(ColumnHeader.under(FISCAL, "政府性基金预算财政拨款收入", "governmentFund")),
  /** 国有资本经营预算财政拨款收入: state capital operation budget appropriation. */
  STATE_CAPITAL(ColumnHeader.under(FISCAL, "国有资本经营预算财政拨款收入", "stateCapital")),
  /** 上级补助收入: subsidies from the level above. */
  SUPERIOR_SUBSIDY(ColumnHeader.under(CURRENT_YEAR, "上级补助收入", "superiorSubsidy")),
  /** 事业收入: income from public-service activities. */
  SERVICE(ColumnHeader.under(CURRENT_YEAR, "事业收入", "service")),
  /** 经营收入: business income. */
  BUSINESS(ColumnHeader.under(CURRENT_YEAR, "经营收入", "business")),
  /** 附属单位上缴收入: remittances from affiliated units. */
  AFFILIATE_REMITTANCE(ColumnHeader.under(CURRENT_YEAR, "附属单位上缴收入", "affiliateRemittance")),
  /** 其他收入: other income. */
  OTHER(ColumnHeader.under(CURRENT_YEAR, "其他收入", "other")),
  /** 使用非财政拨款结余: balances of non-appropriated funds used this year. */
  NON_FISCAL_BALANCE(ColumnHeader.under(TOTAL, "使用非财政拨款结余", "nonFiscalBalance")),
  /** 年初结转和结余 (年初财政拨款结转和结余 on 财政拨款收入支出决算总表): balances carried into the year. */
  OPENING(ColumnHeader.under(TOTAL, "年初结转和结余", "opening")),
  /** 年初 一般公共预算财政拨款 结转和结余. */
  OPENING_GENERAL_PUBLIC(ColumnHeader.under(OPENING, "年初一般公共预算财政拨款", "openingGeneralPublic")),
  /** 年初 政府性基金预算财政拨款 结转和结余. */
  OPENING_GOVERNMENT_FUND(ColumnHeader.under(OPENING, "年初政府性基金预算财政拨款", "openingGovernmentFund")),
  /** 年初 国有资本经营预算财政拨款 结转和结余. */
  OPENING_STATE_CAPITAL(ColumnHeader.under(OPENING, "年初国有资本经营预算财政拨款", "openingStateCapital"));

  private final ColumnHeader header;

  FinalIncomeColumn(ColumnHeader header) {
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
