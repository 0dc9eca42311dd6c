package io.github.fiscaltransfer.budget;

/**
 * The columns of the expenditure tables (支出总表 and the tables by function subject): 支出总计 (本年支出合计 or 合计 in a
 * 部门决算) split into 基本支出 and 项目支出 — and in a 部门决算 上缴上级支出, 经营支出 and 对附属单位补助支出 — and the
 * government procurement (政府采购) columns with their "of which" parts.
 */
public enum ExpenditureColumn implements Column {
  /** 支出总计: total expenditure. */
  TOTAL(ColumnHeader.of("支出总计", "total")),
  /** 基本支出: basic expenditure (staff and running costs). */
  BASIC(ColumnHeader.under(TOTAL, "基本支出", "basic")),
  /** 项目支出: project expenditure. */
  PROJECT(ColumnHeader.under(TOTAL, "项目支出", "project")),
  /** 上缴上级支出 (部门决算): remittances to the level above. */
  REMITTANCE(ColumnHeader.under(TOTAL, "上缴上级支出", "remittance")),
  /** 经营支出 (部门决算): business expenditure. */
  BUSINESS(ColumnHeader.under(TOTAL, "经营支出", "business")),
  /** 对附属单位补助支出 (部门决算): subsidies to affiliated units. */
  AFFILIATE_SUBSIDY(ColumnHeader.under(TOTAL, "对附属单位补助支出", "affiliateSubsidy")),
  /** 政府采购项目 小计: government procurement, a view of the expenditure rather than a part of it. */
  PROCUREMENT(ColumnHeader.of("政府采购项目", "procurement")),
  /** 其中：面向中小企业政府采购项目: of which reserved for small and medium enterprises. */
  PROCUREMENT_SME(ColumnHeader.ofWhich(PROCUREMENT, "其中：面向中小企业", "procurementSme")),
  /** 其中：面向小型、微型企业政府采购项目: of which reserved for small and micro enterprises. */
  PROCUREMENT_SMALL(ColumnHeader.ofWhich(PROCUREMENT_SME, "其中：面向小型、微型企业", "procurementSmall"));

  private final ColumnHeader header;

  ExpenditureColumn(ColumnHeader header) {
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
