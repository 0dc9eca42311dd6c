package io.github.fiscaltransfer.notice;

import io.github.fiscaltransfer.money.PrintedAmount;
import org.immutables.value.Value;

/**
 * A part of a stated total that the text names (其中), such as {@code 直接费用20万} of {@code 21.5万元}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class StatedPart {

  StatedPart() {}

  /**
   * Returns what the part is for, as printed, such as {@code 直接费用}.
   *
   * @return the name, not null
   */
  @Value.Parameter
  public abstract String name();

  /**
   * Returns the part's amount as printed.
   *
   * @return the amount, not null
   */
  @Value.Parameter
  public abstract PrintedAmount amount();

  @Value.Check
  void check() {
    if (name().isBlank()) {
      throw new IllegalArgumentException("A stated part needs a name: " + amount());
    }
  }

  /**
   * Returns a part.
   *
   * @param name what the part is for, not blank
   * @param amount its amount, not null
   * @return the part, not null
   */
  public static StatedPart of(String name, PrintedAmount amount) {
    return ImmutableStatedPart.of(name, amount);
  }

  /** Returns {@code 直接费用 20万元}. */
  @Override
  public String toString() {
    return name() + " " + amount();
  }
}
