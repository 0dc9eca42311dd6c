package io.github.fiscaltransfer.notice;

import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.unit.Recipient;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One line of an allocation table: a recipient (a unit below, or the issuer's retained share), the amount as
 * printed, and the note (备注) if any.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AllocationLine {

  AllocationLine() {}

  /**
   * Returns who the line gives money to.
   *
   * @return the recipient, not null
   */
  @Value.Parameter
  public abstract Recipient recipient();

  /**
   * Returns the amount as printed.
   *
   * @return the amount, not null
   */
  @Value.Parameter
  public abstract PrintedAmount amount();

  /**
   * Returns the note (备注) as printed, if any.
   *
   * @return the note, not null
   */
  public abstract Optional<String> note();

  /**
   * Returns a line without a note.
   *
   * @param recipient the recipient, not null
   * @param amount the amount as printed, not null
   * @return the line, not null
   */
  public static AllocationLine of(Recipient recipient, PrintedAmount amount) {
    return ImmutableAllocationLine.of(recipient, amount);
  }

  /**
   * Returns a copy with a note.
   *
   * @param note the note as printed, not null
   * @return a new line, not null
   */
  public AllocationLine withNote(String note) {
    return ImmutableAllocationLine.copyOf(this).withNote(note);
  }

  /** Returns {@code 台山市 33,695,182元}, with the note in brackets if any. */
  @Override
  public String toString() {
    return recipient().name() + " " + amount() + note().map(n -> " [" + n + "]").orElse("");
  }
}
