package io.github.fiscaltransfer.notice;

import io.github.fiscaltransfer.money.AmountUnit;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.unit.Recipient;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of an allocation table: a recipient (a unit below, or the issuer's retained share), the amount as
 * printed, and the note (备注) if any.
 *
 * <p>A table holds a million of these in a national fund flow, so a line keeps its figure inline, as an unscaled
 * {@code long}, a scale and a unit, and creates its {@link PrintedAmount} on request; only a figure whose
 * unscaled value does not fit a {@code long} is kept as a {@code PrintedAmount}. The two forms are
 * indistinguishable through this API: {@link #equals} compares recipient, amount (figure, scale and unit) and note.
 * Immutable and thread-safe.
 */
public abstract class AllocationLine {

  private static final AmountUnit[] UNITS = AmountUnit.values();

  private final Recipient recipient;
  /** The note as printed, or null if none. */
  private final String note;

  private AllocationLine(Recipient recipient, String note) {
    this.recipient = recipient;
    this.note = note;
  }

  /**
   * Returns who the line gives money to.
   *
   * @return the recipient, not null
   */
  public final Recipient recipient() {
    return recipient;
  }

  /**
   * Returns the amount as printed.
   *
   * @return the amount, not null
   */
  public abstract PrintedAmount amount();

  /**
   * Returns the unit the amount is printed in, {@code amount().unit()} without creating the amount.
   *
   * @return the unit, not null
   */
  public abstract AmountUnit unit();

  /**
   * Returns the number of decimal places printed, {@code amount().scale()} without creating the amount (validation
   * asks it of each of a million lines).
   *
   * @return the scale, 0 to 16
   */
  public abstract int scale();

  /** The sign of the figure, without creating the amount (validation asks it of every line). */
  abstract int signum();

  /** Whether the figure's unscaled value fits a {@code long}, so that {@link #unscaled()} gives it. */
  abstract boolean fitsLong();

  /** The figure's unscaled value; only for a line that {@link #fitsLong()}, for sums without amounts. */
  abstract long unscaled();

  /**
   * Returns the note (备注) as printed, if any.
   *
   * @return the note, not null
   */
  public final Optional<String> note() {
    return Optional.ofNullable(note);
  }

  /**
   * Returns a line without a note.
   *
   * @param recipient the recipient, not null
   * @param amount the amount as printed, not null
   * @return the line, not null
   */
  public static AllocationLine of(Recipient recipient, PrintedAmount amount) {
    return of(Objects.requireNonNull(recipient, "recipient"), Objects.requireNonNull(amount, "amount"), null);
  }

  private static AllocationLine of(Recipient recipient, PrintedAmount amount, String note) {
    BigDecimal figure = amount.figure();
    // A figure of at most 18 digits fits a long; the scale (at most 16) and the unit fit a byte each.
    return figure.precision() <= 18
        ? new Compact(recipient, note, figure.movePointRight(figure.scale()).longValueExact(),
            (byte) figure.scale(), (byte) amount.unit().ordinal())
        : new Wide(recipient, note, amount);
  }

  /**
   * Returns a copy with a note; this line is unchanged.
   *
   * @param note the note as printed, not null
   * @return a new line, or this line if it has that note already, not null
   */
  public AllocationLine withNote(String note) {
    Objects.requireNonNull(note, "note");
    return note.equals(this.note) ? this : of(recipient, amount(), note);
  }

  /**
   * Compares recipient, amount (figure with its scale, and unit) and note.
   *
   * @param obj the other object
   * @return true if both lines print the same
   */
  @Override
  public final boolean equals(Object obj) {
    return this == obj || obj instanceof AllocationLine other && recipient.equals(other.recipient)
        && amount().equals(other.amount()) && Objects.equals(note, other.note);
  }

  @Override
  public final int hashCode() {
    int h = 5381;
    h += (h << 5) + recipient.hashCode();
    h += (h << 5) + amount().hashCode();
    h += (h << 5) + Objects.hashCode(note);
    return h;
  }

  /** Returns {@code 台山市 33,695,182元}, with the note in brackets if any. */
  @Override
  public final String toString() {
    return recipient.name() + " " + amount() + (note == null ? "" : " [" + note + "]");
  }

  /** A line whose figure's unscaled value fits a {@code long}: 32 bytes with compressed references. */
  private static final class Compact extends AllocationLine {
    private final long unscaled;
    private final byte scale;
    private final byte unit;

    Compact(Recipient recipient, String note, long unscaled, byte scale, byte unit) {
      super(recipient, note);
      this.unscaled = unscaled;
      this.scale = scale;
      this.unit = unit;
    }

    @Override
    public PrintedAmount amount() {
      return PrintedAmount.ofUnscaled(unscaled, scale, UNITS[unit]);
    }

    @Override
    public AmountUnit unit() {
      return UNITS[unit];
    }

    @Override
    public int scale() {
      return scale;
    }

    @Override
    int signum() {
      return Long.signum(unscaled);
    }

    @Override
    boolean fitsLong() {
      return true;
    }

    @Override
    long unscaled() {
      return unscaled;
    }
  }

  /** A line whose figure does not fit a {@code long}, holding its printed amount. */
  private static final class Wide extends AllocationLine {
    private final PrintedAmount amount;

    Wide(Recipient recipient, String note, PrintedAmount amount) {
      super(recipient, note);
      this.amount = amount;
    }

    @Override
    public PrintedAmount amount() {
      return amount;
    }

    @Override
    public AmountUnit unit() {
      return amount.unit();
    }

    @Override
    public int scale() {
      return amount.scale();
    }

    @Override
    int signum() {
      return amount.figure().signum();
    }

    @Override
    boolean fitsLong() {
      return false;
    }

    @Override
    long unscaled() {
      throw new IllegalStateException("A wide line's figure does not fit a long: " + amount);
    }
  }
}
