package io.github.fiscaltransfer.statement;

import io.github.fiscaltransfer.money.PrintedAmount;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A figure the prose states: what it is about, the figure as printed (exact, with its unit), and optionally the
 * comparison with last year and the share of a whole, such as
 * {@code 2022年深圳市医疗保障局部门预算收入273,800万元,比2021年增加11,294万元,增长4%}.
 *
 * <p>Immutable and thread-safe. Build with {@link #builder()}.
 */
@Value.Immutable
public abstract non-sealed class AmountStatement implements Statement {

  AmountStatement() {}

  /**
   * Returns what the figure is about.
   *
   * @return the topic, not null
   */
  public abstract Topic topic();

  /**
   * Returns the figure as printed, such as {@code 273,800万元}.
   *
   * @return the figure, not null
   */
  public abstract PrintedAmount figure();

  /**
   * Returns the comparison with last year, if the sentence prints one.
   *
   * @return the comparison, not null
   */
  public abstract Optional<Comparison> comparison();

  /**
   * Returns the share of a whole, if the sentence prints one (占 Z%).
   *
   * @return the share, not null
   */
  public abstract Optional<Share> share();

  @Override
  public abstract Source source();

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns {@code 部门预算收入 273,800万元, 增加 11,294万元, 增长 4% (line 212, column 1)}. */
  @Override
  public String toString() {
    return topic() + " " + figure() + comparison().map(c -> ", " + c).orElse("")
        + share().map(s -> ", " + s).orElse("") + " (" + source().position() + ")";
  }

  /** Builds an {@link AmountStatement}; topic, figure and source are required. */
  public static final class Builder extends ImmutableAmountStatement.Builder {
    Builder() {}
  }
}
