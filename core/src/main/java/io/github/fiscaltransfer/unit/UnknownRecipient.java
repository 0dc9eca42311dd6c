package io.github.fiscaltransfer.unit;

import java.util.Objects;

/**
 * A recipient printed under a name the {@link UnitRegistry} does not know (or knows several units by): kept as
 * printed so that nothing is lost, and reported by validation instead of failing.
 *
 * <p>Its {@link #unit()} is the unit of the table that printed it. Equality counts name and that unit. Immutable
 * and thread-safe.
 */
public final class UnknownRecipient implements Recipient {

  private final String name;
  private final FiscalUnit issuer;

  private UnknownRecipient(String name, FiscalUnit issuer) {
    this.name = name;
    this.issuer = issuer;
  }

  /**
   * Returns an unknown recipient.
   *
   * @param name the name as printed, not blank
   * @param issuer the unit whose table printed it, not null
   * @return the recipient, not null
   * @throws IllegalArgumentException if the name is blank
   */
  public static UnknownRecipient of(String name, FiscalUnit issuer) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(issuer, "issuer");
    if (name.isBlank()) {
      throw new IllegalArgumentException("Recipient name must not be blank");
    }
    return new UnknownRecipient(name.strip(), issuer);
  }

  @Override
  public String name() {
    return name;
  }

  /** Returns the unit whose table printed the name. */
  @Override
  public FiscalUnit unit() {
    return issuer;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof UnknownRecipient other && name.equals(other.name) && issuer.equals(other.issuer);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + issuer.hashCode();
  }

  /** Returns the name marked as unknown, such as {@code 某某市 (unknown)}. */
  @Override
  public String toString() {
    return name + " (unknown)";
  }
}
