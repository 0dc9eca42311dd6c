package io.github.fiscaltransfer.budget;

import io.github.fiscaltransfer.money.PrintedAmount;
import java.util.Objects;

/**
 * A balance of revenue and expenditure (收支总表, and 政府预算拨款收支总表 for appropriations alone): the revenue
 * headings on the left, expenditure by function subject on the right, each side with 本年合计 and 总计, and
 * 收入总计 = 支出总计.
 *
 * <p>Immutable and thread-safe.
 */
public final class BalanceTable {

  private final TableFormat format;
  private final Cells<RevenueColumn> revenue;
  private final SubjectTable<ExpenditureColumn> expenditure;
  private final PrintedAmount currentExpenditure;
  private final PrintedAmount carryForward;
  private final PrintedAmount totalExpenditure;

  private BalanceTable(TableFormat format, Cells<RevenueColumn> revenue, SubjectTable<ExpenditureColumn> expenditure,
      PrintedAmount currentExpenditure, PrintedAmount carryForward, PrintedAmount totalExpenditure) {
    this.format = format;
    this.revenue = revenue;
    this.expenditure = expenditure;
    this.currentExpenditure = currentExpenditure;
    this.carryForward = carryForward;
    this.totalExpenditure = totalExpenditure;
  }

  /**
   * Returns a balance table.
   *
   * @param revenue the revenue headings printed, with 本年收入合计, 上年结余、结转 and 收入总计, not null
   * @param expenditure the expenditure by subject (one section, 支出总计 only), not null
   * @param currentExpenditure 本年支出合计, not null
   * @param carryForward 结转下年, not null
   * @param totalExpenditure 支出总计, not null
   * @return the table, not null
   * @throws IllegalArgumentException if an amount is printed in another format than the expenditure side's, or
   *     a grand total of the revenue side is missing
   */
  public static BalanceTable of(Cells<RevenueColumn> revenue, SubjectTable<ExpenditureColumn> expenditure,
      PrintedAmount currentExpenditure, PrintedAmount carryForward, PrintedAmount totalExpenditure) {
    TableFormat format = Objects.requireNonNull(expenditure, "expenditure").format();
    Objects.requireNonNull(revenue, "revenue").amounts().forEach((column, amount) ->
        format.require(amount, "revenue " + column));
    for (RevenueColumn required : new RevenueColumn[] {
        RevenueColumn.TOTAL, RevenueColumn.CURRENT_YEAR, RevenueColumn.CARRY_OVER}) {
      if (revenue.get(required).isEmpty()) {
        throw new IllegalArgumentException("A balance table prints " + required + ": " + revenue);
      }
    }
    format.require(Objects.requireNonNull(currentExpenditure, "currentExpenditure"), "本年支出合计");
    format.require(Objects.requireNonNull(carryForward, "carryForward"), "结转下年");
    format.require(Objects.requireNonNull(totalExpenditure, "totalExpenditure"), "支出总计");
    return new BalanceTable(format, revenue, expenditure, currentExpenditure, carryForward, totalExpenditure);
  }

  /**
   * Returns how the table prints amounts.
   *
   * @return the format, not null
   */
  public TableFormat format() {
    return format;
  }

  /**
   * Returns the revenue side, by heading.
   *
   * @return the revenue, not null
   */
  public Cells<RevenueColumn> revenue() {
    return revenue;
  }

  /**
   * Returns the expenditure side by function subject.
   *
   * @return the expenditure, not null
   */
  public SubjectTable<ExpenditureColumn> expenditure() {
    return expenditure;
  }

  /**
   * Returns 本年支出合计, this year's expenditure.
   *
   * @return the amount, not null
   */
  public PrintedAmount currentExpenditure() {
    return currentExpenditure;
  }

  /**
   * Returns 结转下年, what is carried forward to next year.
   *
   * @return the amount, not null
   */
  public PrintedAmount carryForward() {
    return carryForward;
  }

  /**
   * Returns 支出总计, total expenditure.
   *
   * @return the amount, not null
   */
  public PrintedAmount totalExpenditure() {
    return totalExpenditure;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof BalanceTable other && revenue.equals(other.revenue)
        && expenditure.equals(other.expenditure) && currentExpenditure.equals(other.currentExpenditure)
        && carryForward.equals(other.carryForward) && totalExpenditure.equals(other.totalExpenditure);
  }

  @Override
  public int hashCode() {
    return Objects.hash(revenue, expenditure, currentExpenditure, carryForward, totalExpenditure);
  }

  /** Returns {@code 收入总计 273,800万元, 支出总计 273,800万元}. */
  @Override
  public String toString() {
    return "收入总计 " + revenue.get(RevenueColumn.TOTAL).orElseThrow() + ", 支出总计 " + totalExpenditure;
  }
}
