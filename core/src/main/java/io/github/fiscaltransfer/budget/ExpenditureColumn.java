package io.github.fiscaltransfer.budget;

import java.util.Optional;

/**
 * The columns of the expenditure tables (支出总表 and the tables by function subject): 支出总计 split into 基本支出
 * and 项目支出, and the government procurement (政府采购) columns with their "of which" parts.
 */
public enum ExpenditureColumn implements Column {
  /** 支出总计: total expenditure. */
  TOTAL("支出总计", null, false, "total"),
  /** 基本支出: basic expenditure (staff and running costs). */
  BASIC("基本支出", TOTAL, false, "basic"),
  /** 项目支出: project expenditure. */
  PROJECT("项目支出", TOTAL, false, "project"),
  /** 政府采购项目 小计: government procurement, a view of the expenditure rather than a part of it. */
  PROCUREMENT("政府采购项目", null, false, "procurement"),
  /** 其中：面向中小企业政府采购项目: of which reserved for small and medium enterprises. */
  PROCUREMENT_SME("其中：面向中小企业", PROCUREMENT, true, "procurementSme"),
  /** 其中：面向小型、微型企业政府采购项目: of which reserved for small and micro enterprises. */
  PROCUREMENT_SMALL("其中：面向小型、微型企业", PROCUREMENT_SME, true, "procurementSmall");

  private final String label;
  private final ExpenditureColumn parent;
  private final boolean ofWhich;
  private final String key;

  ExpenditureColumn(String label, ExpenditureColumn parent, boolean ofWhich, String key) {
    this.label = label;
    this.parent = parent;
    this.ofWhich = ofWhich;
    this.key = key;
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public Optional<ExpenditureColumn> parent() {
    return Optional.ofNullable(parent);
  }

  @Override
  public boolean ofWhich() {
    return ofWhich;
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
