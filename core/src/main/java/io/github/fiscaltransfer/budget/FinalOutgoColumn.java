package io.github.fiscaltransfer.budget;

/**
 * The expenditure columns of the two 决算 总表: 决算数 on 收入支出决算总表; 合计 = 一般公共预算 + 政府性基金预算 +
 * 国有资本经营预算 财政拨款 on 财政拨款收入支出决算总表.
 */
public enum FinalOutgoColumn implements Column {
  /** 决算数 (收入支出决算总表) or 合计 (财政拨款收入支出决算总表): the line's whole amount. */
  TOTAL(ColumnHeader.of("决算数", "total")),
  /** 一般公共预算财政拨款. */
  GENERAL_PUBLIC(ColumnHeader.under(TOTAL, "一般公共预算财政拨款", "generalPublic")),
  /** 政府性基金预算财政拨款. */
  GOVERNMENT_FUND(ColumnHeader.under(TOTAL, "政府性基金预算财政拨款", "governmentFund")),
  /** 国有资本经营预算财政拨款. */
  STATE_CAPITAL(ColumnHeader.under(TOTAL, "国有资本经营预算财政拨款", "stateCapital"));

  private final ColumnHeader header;

  FinalOutgoColumn(ColumnHeader header) {
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
