package io.github.fiscaltransfer.performance;

import io.github.fiscaltransfer.money.PrintedAmount;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The funding block of a target table (资金情况): 年度金额 and its parts 中央资金, 地方资金 and 其他资金.
 *
 * <p>Immutable and thread-safe. Each amount is optional because tables leave cells blank; whether the parts add up
 * is a validation finding ({@code funding.parts-sum}), not a construction error.
 */
@Value.Immutable
public abstract class Funding {

  Funding() {}

  /**
   * Returns the annual amount (年度金额 / 年度资金 / 项目金额).
   *
   * @return the amount, or empty if the cell is blank
   */
  public abstract Optional<PrintedAmount> annual();

  /**
   * Returns the central-government part (中央资金 / 中央补助).
   *
   * @return the amount, or empty if blank or not printed
   */
  public abstract Optional<PrintedAmount> central();

  /**
   * Returns the local part (地方资金).
   *
   * @return the amount, or empty if blank or not printed
   */
  public abstract Optional<PrintedAmount> local();

  /**
   * Returns the other part (其他资金).
   *
   * @return the amount, or empty if blank or not printed
   */
  public abstract Optional<PrintedAmount> other();

  /**
   * Returns funding with an annual amount and no parts.
   *
   * @param annual the annual amount, not null
   * @return the funding, not null
   */
  public static Funding of(PrintedAmount annual) {
    return builder().annual(annual).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns {@code 年度金额 1,829万元 (中央 1,829万元, 地方 —, 其他 —)}. */
  @Override
  public String toString() {
    return "年度金额 " + show(annual()) + " (中央 " + show(central()) + ", 地方 " + show(local())
        + ", 其他 " + show(other()) + ")";
  }

  private static String show(Optional<PrintedAmount> amount) {
    return amount.map(PrintedAmount::toString).orElse("—");
  }

  /**
   * Builds a {@link Funding}; every amount is optional. Each method sets the attribute of the same name, described at its accessor;
   * {@linkplain io.github.fiscaltransfer how the methods behave}.
   */
  public static final class Builder extends ImmutableFunding.Builder {
    Builder() {}
  }
}
