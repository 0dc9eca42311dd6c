package io.github.fiscaltransfer.budget;

import io.github.fiscaltransfer.money.PrintedAmount;
import java.util.Objects;

/**
 * 一般公共预算财政拨款基本支出决算表: basic expenditure by economic classification (经济分类, 301 工资福利支出 …, 302
 * 商品和服务支出 …, 303 对个人和家庭的补助 …, 310 资本性支出 …), each 类 and 款 with its 决算数, and the two totals the
 * table prints, 人员经费合计 and 公用经费合计.
 *
 * <p>Immutable and thread-safe.
 */
public final class BasicExpenditureTable {

  private final SubjectTable<FinalOutgoColumn> rows;
  private final PrintedAmount personnel;
  private final PrintedAmount publicUse;

  private BasicExpenditureTable(SubjectTable<FinalOutgoColumn> rows, PrintedAmount personnel,
      PrintedAmount publicUse) {
    this.rows = rows;
    this.personnel = personnel;
    this.publicUse = publicUse;
  }

  /**
   * Returns the table.
   *
   * @param rows the economic 类 and 款 rows in printed order (the left half, then the right), each printing
   *     决算数, as a table of one section without total, not null
   * @param personnel 人员经费合计, not null
   * @param publicUse 公用经费合计, not null
   * @return the table, not null
   * @throws IllegalArgumentException if a row is not an economic code, or a total is in another format
   */
  public static BasicExpenditureTable of(SubjectTable<FinalOutgoColumn> rows, PrintedAmount personnel,
      PrintedAmount publicUse) {
    Objects.requireNonNull(rows, "rows");
    rows.sections().forEach(section -> section.rows().forEach(row -> {
      if (row.subject().code().classification().levels() != 2) {
        throw new IllegalArgumentException("A basic expenditure row is by economic classification: " + row);
      }
    }));
    rows.format().require(Objects.requireNonNull(personnel, "personnel"), "人员经费合计");
    rows.format().require(Objects.requireNonNull(publicUse, "publicUse"), "公用经费合计");
    return new BasicExpenditureTable(rows, personnel, publicUse);
  }

  /**
   * Returns how the table prints amounts.
   *
   * @return the format, not null
   */
  public TableFormat format() {
    return rows.format();
  }

  /**
   * Returns the economic rows, one section without total (in JSON, the table's {@code sections} beside its
   * totals).
   *
   * @return the rows, not null
   */
  public SubjectTable<FinalOutgoColumn> rows() {
    return rows;
  }

  /**
   * Returns 人员经费合计, staff costs.
   *
   * @return the amount, not null
   */
  public PrintedAmount personnel() {
    return personnel;
  }

  /**
   * Returns 公用经费合计, running costs.
   *
   * @return the amount, not null
   */
  public PrintedAmount publicUse() {
    return publicUse;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof BasicExpenditureTable other && rows.equals(other.rows)
        && personnel.equals(other.personnel) && publicUse.equals(other.publicUse);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rows, personnel, publicUse);
  }

  /** Returns {@code 人员经费合计 95.36万元, 公用经费合计 10.23万元, 1 sections (…)}. */
  @Override
  public String toString() {
    return "人员经费合计 " + personnel + ", 公用经费合计 " + publicUse + ", " + rows;
  }
}
