package io.github.fiscaltransfer.hierarchy;

import io.github.fiscaltransfer.money.CnyAmount;
import io.github.fiscaltransfer.unit.Recipient;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * One recipient's line of a {@link Reconciliation}: what the pre-allocation (预下达) gave, what the formal
 * allocation gives, and the difference to refund (退, negative) or top up (补, positive).
 *
 * <p>Amounts are exact CNY. Immutable and thread-safe.
 */
public final class RecipientDelta {

  private final Recipient recipient;
  private final CnyAmount pre;
  private final CnyAmount formal;

  private RecipientDelta(Recipient recipient, CnyAmount pre, CnyAmount formal) {
    this.recipient = recipient;
    this.pre = pre;
    this.formal = formal;
  }

  /**
   * Returns a recipient's line.
   *
   * @param recipient the recipient, not null
   * @param pre what the pre-allocation gave it, zero if it had no line, not null
   * @param formal what the formal allocation gives it, zero if it has no line, not null
   * @return the line, not null
   * @throws IllegalArgumentException if an amount is not CNY or is finer than one fen
   */
  public static RecipientDelta of(Recipient recipient, MonetaryAmount pre, MonetaryAmount formal) {
    Objects.requireNonNull(recipient, "recipient");
    return new RecipientDelta(recipient, CnyAmount.from(pre), CnyAmount.from(formal));
  }

  /**
   * Returns the recipient.
   *
   * @return the recipient, not null
   */
  public Recipient recipient() {
    return recipient;
  }

  /**
   * Returns what the pre-allocation gave.
   *
   * @return the amount, not null
   */
  public CnyAmount pre() {
    return pre;
  }

  /**
   * Returns what the formal allocation gives.
   *
   * @return the amount, not null
   */
  public CnyAmount formal() {
    return formal;
  }

  /**
   * Returns formal − pre, exactly: negative to refund (退), positive to top up (补), zero if unchanged.
   *
   * @return the delta, not null
   */
  public CnyAmount delta() {
    return formal.subtract(pre);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof RecipientDelta other && recipient.equals(other.recipient)
        && pre.equals(other.pre) && formal.equals(other.formal);
  }

  @Override
  public int hashCode() {
    return Objects.hash(recipient, pre, formal);
  }

  /** Returns {@code 台山市 1,000.00元 → 1,200.00元: +200.00元}. */
  @Override
  public String toString() {
    CnyAmount delta = delta();
    return recipient.name() + " " + pre + " → " + formal + ": "
        + (delta.isPositive() ? "+" : "") + delta;
  }
}
