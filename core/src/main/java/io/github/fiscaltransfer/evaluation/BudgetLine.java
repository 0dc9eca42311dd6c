package io.github.fiscaltransfer.evaluation;

import io.github.fiscaltransfer.identifier.DocumentNumber;
import io.github.fiscaltransfer.money.PrintedAmount;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One budget line of a self-evaluation (预算执行情况): funds available from one allocation, what was spent, and the
 * execution rate (执行率) the report states.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class BudgetLine {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  BudgetLine() {}

  /**
   * Returns whether the funds were allocated this year or carried over.
   *
   * @return the source, not null
   */
  public abstract BudgetSource source();

  /**
   * Returns the year whose allocation the funds belong to (2021 for 2021 funds carried over into 2022).
   *
   * @return the year, not null
   */
  public abstract Year fundsYear();

  /**
   * Returns the number of the document the allocation is based on (依据文件), such as {@code 江财社〔2020〕217号}.
   *
   * @return the document number, or empty if not stated
   */
  public abstract Optional<DocumentNumber> basisDocument();

  /**
   * Returns the funds available (下达 or 结转资金).
   *
   * @return the amount, more than zero, not null
   */
  public abstract PrintedAmount available();

  /**
   * Returns the amount spent (当年支出).
   *
   * @return the amount, zero or more, not null
   */
  public abstract PrintedAmount spent();

  /**
   * Returns the execution rate in percent as the report prints it, such as {@code 89.17}.
   *
   * @return the stated rate, or empty if not stated
   */
  public abstract Optional<BigDecimal> statedExecutionRate();

  @Value.Check
  void check() {
    if (available().toYuan().signum() <= 0) {
      throw new IllegalArgumentException("Available funds must be more than zero: " + available());
    }
    if (spent().toYuan().signum() < 0) {
      throw new IllegalArgumentException("Spent funds must not be negative: " + spent());
    }
    statedExecutionRate().ifPresent(rate -> StatedValues.requireDecimal(rate, "stated execution rate"));
    StatedValues.requireYear(fundsYear(), "funds year");
  }

  /**
   * Returns the execution rate spent / available in percent, rounded half-up to 2 decimals
   * (174.77 / 196 万元 gives 89.17).
   *
   * @return the rounded rate, scale 2, not null
   */
  public BigDecimal executionRateRoundedHalfUp() {
    return rateRoundedHalfUp(spent().toYuan(), available().toYuan(), 2);
  }

  /** Returns part / whole in percent, rounded half-up to a scale; whole is more than zero. */
  static BigDecimal rateRoundedHalfUp(BigDecimal part, BigDecimal whole, int scale) {
    return part.multiply(HUNDRED).divide(whole, scale, RoundingMode.HALF_UP);
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns {@code 结转 2021 (江财社〔2020〕217号): spent 8.16万元 of 8.16万元, 100.00%}. */
  @Override
  public String toString() {
    return source() + " " + fundsYear() + basisDocument().map(d -> " (" + d + ")").orElse("") + ": spent "
        + spent() + " of " + available() + ", " + executionRateRoundedHalfUp().toPlainString() + "%";
  }

  /**
   * Builds a {@link BudgetLine}; source, funds year, available and spent are required. Each method sets the attribute of the same name, described at its accessor;
   * {@linkplain io.github.fiscaltransfer how the methods behave}.
   */
  public static final class Builder extends ImmutableBudgetLine.Builder {
    Builder() {}
  }
}
