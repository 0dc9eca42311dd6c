package io.github.fiscaltransfer.budget;

import io.github.fiscaltransfer.performance.PerformanceIndicator;
import java.time.Year;
import java.util.List;
import org.immutables.value.Value;

/**
 * A department's overall performance target table (部门（单位）整体支出绩效目标表): the year's main tasks with their
 * budgets and the 金额合计 row, the year's overall goals (年度总体目标) and the performance indicators
 * (年度绩效指标, with typed targets from the performance package).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class PerformanceGoalTable {

  PerformanceGoalTable() {}

  /**
   * Returns how the table prints amounts.
   *
   * @return the format, not null
   */
  public abstract TableFormat format();

  /**
   * Returns the year (年度).
   *
   * @return the year, not null
   */
  public abstract Year year();

  /**
   * Returns the department (or unit) the table is for, as printed (部门（单位）名称).
   *
   * @return the name, not null
   */
  public abstract String department();

  /**
   * Returns the supervising department, as printed (主管部门).
   *
   * @return the name, not null
   */
  public abstract String supervisor();

  /**
   * Returns the main tasks (年度主要任务), in printed order.
   *
   * @return the tasks, not null
   */
  public abstract List<BudgetTask> tasks();

  /**
   * Returns the 金额合计 row, printed as a task named {@code 金额合计}.
   *
   * @return the totals, not null
   */
  public abstract BudgetTask totals();

  /**
   * Returns the year's overall goals (年度总体目标), one a printed item.
   *
   * @return the goals, not null
   */
  public abstract List<String> goals();

  /**
   * Returns the performance indicators (年度绩效指标), in printed order.
   *
   * @return the indicators, not null
   */
  public abstract List<PerformanceIndicator> indicators();

  @Value.Check
  void check() {
    for (BudgetTask task : tasks()) {
      requireFormat(task);
    }
    requireFormat(totals());
  }

  private void requireFormat(BudgetTask task) {
    format().require(task.total(), task.name() + " 总额");
    task.fiscal().ifPresent(amount -> format().require(amount, task.name() + " 财政拨款"));
    task.other().ifPresent(amount -> format().require(amount, task.name() + " 其他资金"));
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns {@code 深圳市医疗保障局 2022: 16 tasks, 金额合计 273,800万元, 63 indicators}. */
  @Override
  public String toString() {
    return department() + " " + year() + ": " + tasks().size() + " tasks, 金额合计 " + totals().total() + ", "
        + indicators().size() + " indicators";
  }

  /**
   * Builds a {@link PerformanceGoalTable}; every attribute but the lists is required. Each method sets the attribute of the same name, described at its accessor;
   * {@linkplain io.github.fiscaltransfer how the methods behave}.
   */
  public static final class Builder extends ImmutablePerformanceGoalTable.Builder {
    Builder() {}
  }
}
