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
  private final String reason;

  private UnknownRecipient(String name, FiscalUnit issuer, String reason) {
    this.name = name;
    this.issuer = issuer;
    this.reason = reason;
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
    return of(name, issuer, "is not a unit the registry knows");
  }

  /**
   * Returns an unknown recipient with the reason it is not resolved, such as several units bearing its name.
   *
   * @param name the name as printed, not blank
   * @param issuer the unit whose table printed it, not null
   * @param reason a predicate completing the name, such as {@code is not a unit the registry knows}, not null
   * @return the recipient, not null
   * @throws IllegalArgumentException if the name is blank
   */
  public static UnknownRecipient of(String name, FiscalUnit issuer, String reason) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(reason, "reason");
    if (name.isBlank()) {
      throw new IllegalArgumentException("Recipient name must not be blank");
    }
    return new UnknownRecipient(name.strip(), issuer, reason);
  }

  /**
   * Returns why the name is not resolved, completing it: {@code 朝阳区 is borne by several units: …}.
   *
   * @return the reason, not null
   */
  public String reason() {
    return reason;
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
