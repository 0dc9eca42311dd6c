package io.github.fiscaltransfer.statement;

import io.github.fiscaltransfer.money.PrintedAmount;
import java.util.Objects;

/**
 * A share a statement prints (占 Z%): the percentage and the whole it is a share of, the figure the same sentence
 * states first (本年支出合计 307.82 万元，其中：基本支出 105.58 万元，占 34.3%); or a completion rate (完成年初预算的
 * Z%), the figure's share of the budget its sentence states before it.
 *
 * @param percent the percentage as printed, not null
 * @param whole the whole as printed, not null
 */
public record Share(Percent percent, PrintedAmount whole) {

  /**
   * Checks the parts.
   *
   * @throws NullPointerException if a part is null
   */
  public Share {
    Objects.requireNonNull(percent, "percent");
    Objects.requireNonNull(whole, "whole");
  }

  /** Returns {@code 占 34.3% of 307.82万元}. */
  @Override
  public String toString() {
    return "占 " + percent + " of " + whole;
  }
}
