package io.github.fiscaltransfer.statement;

import io.github.fiscaltransfer.money.PrintedAmount;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A statement's comparison with last year (与上年比较) as printed: the sign word and amount of the change
 * (比上年增加 11,294万元), the sign word and percentage (增长 4%), or 持平 alone. The amount is printed without
 * sign: the word carries it.
 *
 * <p>Immutable and thread-safe. Build with {@link #builder()}.
 */
@Value.Immutable
public abstract class Comparison {

  Comparison() {}

  /**
   * Returns the direction the change's sign word states (增加, 减少, 持平).
   *
   * @return the direction, not null
   */
  public abstract Direction direction();

  /**
   * Returns the amount of the change as printed, without sign.
   *
   * @return the amount, empty if only a percentage or 持平 is printed, not null
   */
  public abstract Optional<PrintedAmount> amount();

  /**
   * Returns the direction the percentage's own word states (增长, 下降, 增幅, 减幅).
   *
   * @return the direction, empty if no percentage is printed, not null
   */
  public abstract Optional<Direction> percentDirection();

  /**
   * Returns the percentage of the change as printed.
   *
   * @return the percentage, empty if none is printed, not null
   */
  public abstract Optional<Percent> percent();

  @Value.Check
  void check() {
    if (percent().isPresent() != percentDirection().isPresent()) {
      throw new IllegalArgumentException("A percentage of change is printed with its sign word: " + this);
    }
    amount().ifPresent(amount -> {
      if (amount.figure().signum() < 0) {
        throw new IllegalArgumentException("A change is printed without sign, its word says which way: " + amount);
      }
    });
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns {@code 增加 11,294万元, 增长 4%} or {@code 持平}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(direction().toString());
    amount().ifPresent(amount -> text.append(' ').append(amount));
    percent().ifPresent(percent -> text.append(", ").append(percentDirection().orElseThrow().rateWord())
        .append(' ')
        .append(percent));
    return text.toString();
  }

  /** Builds a {@link Comparison}; the direction is required, a percentage with its direction. */
  public static final class Builder extends ImmutableComparison.Builder {
    Builder() {}
  }
}
