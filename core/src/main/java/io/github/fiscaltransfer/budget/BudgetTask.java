package io.github.fiscaltransfer.budget;

import io.github.fiscaltransfer.money.PrintedAmount;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One main task of the year (年度主要任务) in a 整体支出绩效目标表: its name, what it covers, and its budget
 * 总额 = 财政拨款 + 其他资金, a blank cell being no amount printed.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class BudgetTask {

  BudgetTask() {}

  /**
   * Returns the task's name, such as {@code 基本支出}.
   *
   * @return the name, not null
   */
  public abstract String name();

  /**
   * Returns what the task covers, as printed (主要内容).
   *
   * @return the content, not null
   */
  public abstract String content();

  /**
   * Returns the task's budget (总额).
   *
   * @return the amount, not null
   */
  public abstract PrintedAmount total();

  /**
   * Returns the fiscal appropriation part (其中：财政拨款).
   *
   * @return the amount, empty if the cell is blank, not null
   */
  public abstract Optional<PrintedAmount> fiscal();

  /**
   * Returns the other funds part (其中：其他资金).
   *
   * @return the amount, empty if the cell is blank, not null
   */
  public abstract Optional<PrintedAmount> other();

  @Value.Check
  void check() {
    if (name().isBlank()) {
      throw new IllegalArgumentException("A task must have a name: " + total());
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

  /** Returns {@code 基本支出: 16,269万元 (财政拨款 16,269万元)}. */
  @Override
  public String toString() {
    return name() + ": " + total() + fiscal().map(a -> " (财政拨款 " + a).orElse(" (")
        + other().map(a -> (fiscal().isPresent() ? ", " : "") + "其他资金 " + a).orElse("") + ")";
  }

  /**
   * Builds a {@link BudgetTask}; name, content and total are required. Each method sets the attribute of the same name, described at its accessor;
   * {@linkplain io.github.fiscaltransfer how the methods behave}.
   */
  public static final class Builder extends ImmutableBudgetTask.Builder {
    Builder() {}
  }
}
