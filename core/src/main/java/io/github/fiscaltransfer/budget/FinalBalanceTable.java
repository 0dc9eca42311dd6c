package io.github.fiscaltransfer.budget;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A 决算 总表: 收入支出决算总表, or 财政拨款收入支出决算总表 for appropriations alone. The income side prints the
 * {@link FinalIncomeColumn} headings, 本年收入合计, 使用非财政拨款结余, 年初结转和结余 and 总计; the expenditure side the
 * numbered 类 lines, 本年支出合计, 结余分配, 年末结转和结余 and 总计, each in the {@link FinalOutgoColumn} columns
 * (决算数 alone, or 合计 and the three budgets). A blank line or cell is not printed.
 *
 * <p>Immutable and thread-safe. Build with {@link #builder()}.
 */
@Value.Immutable
public abstract class FinalBalanceTable {

  FinalBalanceTable() {}

  /**
   * Returns how the table prints amounts.
   *
   * @return the format, not null
   */
  public abstract TableFormat format();

  /**
   * Returns the income side, by heading.
   *
   * @return the printed headings, not null
   */
  public abstract Cells<FinalIncomeColumn> income();

  /**
   * Returns the numbered 类 lines of the expenditure side, in printed order, blank ones included.
   *
   * @return the lines, not null
   */
  public abstract List<ClassLine<FinalOutgoColumn>> lines();

  /**
   * Returns 本年支出合计.
   *
   * @return the row, empty if blank, not null
   */
  public abstract Optional<Cells<FinalOutgoColumn>> currentYear();

  /**
   * Returns 结余分配 (收入支出决算总表 only).
   *
   * @return the row, empty if blank or not printed, not null
   */
  public abstract Optional<Cells<FinalOutgoColumn>> distribution();

  /**
   * Returns 年末结转和结余 (年末财政拨款结转和结余).
   *
   * @return the row, empty if blank, not null
   */
  public abstract Optional<Cells<FinalOutgoColumn>> closing();

  /**
   * Returns the expenditure side's 总计.
   *
   * @return the row, not null
   */
  public abstract Cells<FinalOutgoColumn> total();

  @Value.Check
  void check() {
    income().amounts().forEach((column, amount) -> format().require(amount, "income " + column));
    lines().forEach(line -> line.cells().ifPresent(cells ->
        GridTable.requireRow(line.label(), cells, cells.columns(), format())));
    for (Optional<Cells<FinalOutgoColumn>> row : List.of(currentYear(), distribution(), closing(),
        Optional.of(total()))) {
      row.ifPresent(cells -> GridTable.requireRow("total rows", cells, cells.columns(), format()));
    }
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns {@code 收入总计 307.82万元, 支出 决算数 307.82万元, 26 类 lines}. */
  @Override
  public String toString() {
    return income().get(FinalIncomeColumn.TOTAL).map(a -> "收入总计 " + a).orElse("收入总计 blank") + ", 支出 " + total()
        + ", " + lines().size() + " 类 lines";
  }

  /** Builds a {@link FinalBalanceTable}; format, income and total are required. */
  public static final class Builder extends ImmutableFinalBalanceTable.Builder {
    Builder() {}
  }
}
