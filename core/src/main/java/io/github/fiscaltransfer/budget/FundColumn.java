package io.github.fiscaltransfer.budget;

/**
 * The columns of 政府性基金预算 and 国有资本经营预算 财政拨款收入支出决算表: 年初结转和结余, 本年收入, 本年支出 (合计 =
 * 基本支出 + 项目支出) and 年末结转和结余 = 年初 + 本年收入 − 本年支出.
 */
public enum FundColumn implements Column {
  /** 年初结转和结余: balances carried into the year. */
  OPENING(ColumnHeader.of("年初结转和结余", "opening")),
  /** 本年收入: this year's appropriation. */
  INCOME(ColumnHeader.of("本年收入", "income")),
  /** 本年支出 合计: this year's expenditure. */
  EXPENDITURE(ColumnHeader.of("本年支出", "expenditure")),
  /** 本年支出 基本支出. */
  BASIC(ColumnHeader.under(EXPENDITURE, "基本支出", "basic")),
  /** 本年支出 项目支出. */
  PROJECT(ColumnHeader.under(EXPENDITURE, "项目支出", "project")),
  /** 年末结转和结余: balances carried out of the year. */
  CLOSING(ColumnHeader.of("年末结转和结余", "closing"));

  private final ColumnHeader header;

  FundColumn(ColumnHeader header) {
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
