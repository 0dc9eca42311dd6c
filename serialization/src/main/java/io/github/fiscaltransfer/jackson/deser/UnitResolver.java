package io.github.fiscaltransfer.jackson.deser;

import io.github.fiscaltransfer.unit.FiscalUnit;
import io.github.fiscaltransfer.unit.Recipient;
import io.github.fiscaltransfer.unit.UnitRegistry;
import java.io.IOException;
import java.io.NotSerializableException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns the {@code UnitJson} a document names a unit by back into a {@link FiscalUnit} or a {@link Recipient},
 * through a {@link UnitRegistry}.
 *
 * <p>A unit with a code is the registry's unit of that code, and its name must be that unit's name or an alias the
 * registry knows it by; a unit without a code is the one unit the registry knows by that name. A recipient is
 * resolved against the issuer whose table prints it, as {@link UnitRegistry#recipient} does: a retained-share label
 * ({@code 市本级}) is the issuer's own share, and a name the registry does not know becomes an
 * {@link io.github.fiscaltransfer.unit.UnknownRecipient} (validation warns with {@code table.recipient-unknown}),
 * unless the resolver is strict. Immutable and thread-safe; Java-serializable with the built-in registry only.
 */
public final class UnitResolver implements Serializable {

  private static final long serialVersionUID = 1L;

  private final transient UnitRegistry units;
  private final boolean builtIn;
  private final boolean strict;

  private UnitResolver(UnitRegistry units, boolean strict) {
    this.units = Objects.requireNonNull(units, "units");
    this.builtIn = units == UnitRegistry.builtIn();
    this.strict = strict;
  }

  /**
   * Returns a resolver.
   *
   * @param units the registry, not null
   * @param strict whether a recipient name the registry does not know is an error rather than an unknown recipient
   * @return the resolver, not null
   */
  public static UnitResolver of(UnitRegistry units, boolean strict) {
    return new UnitResolver(units, strict);
  }

  /**
   * Returns the unit a shape names.
   *
   * @param json the shape, not null
   * @return the unit, not null
   * @throws IllegalArgumentException if the registry does not know the unit, or the name does not match the code
   */
  FiscalUnit unit(UnitJson json) {
    String name = Shapes.required(json.name(), "name");
    if (json.code() == null) {
      return units.byName(name).orElseThrow(() -> new IllegalArgumentException(
          "Unknown unit '" + Failures.echo(name) + "': the unit registry knows no single unit by that name"));
    }
    FiscalUnit unit = units.byCode(json.code()).orElseThrow(() -> new IllegalArgumentException(
        "Unknown division code " + json.code() + ": not in the unit registry"));
    if (!unit.name().equals(name.strip()) && !units.byName(name).equals(Optional.of(unit))) {
      throw new IllegalArgumentException("Division code " + json.code() + " is " + unit.name() + ", not '"
          + Failures.echo(name) + "'");
    }
    return unit;
  }

  /**
   * Returns the recipient a shape names in a table printed by an issuer.
   *
   * @param json the shape, not null
   * @param issuer the unit whose table prints the recipient, not null
   * @return the recipient, not null
   * @throws IllegalArgumentException if the shape names an unknown unit by code, or, when strict, an unknown name
   */
  Recipient recipient(UnitJson json, FiscalUnit issuer) {
    if (json.code() != null) {
      return unit(json);
    }
    String name = Shapes.required(json.name(), "name");
    if (strict) {
      return units.resolve(name, issuer).orElseThrow(() -> new IllegalArgumentException(
          "Unknown recipient '" + Failures.echo(name) + "' in a table of " + issuer.name()));
    }
    return units.recipient(name, issuer);
  }

  private void writeObject(ObjectOutputStream out) throws IOException {
    if (!builtIn) {
      throw new NotSerializableException("A module with a custom UnitRegistry is not Java-serializable");
    }
    out.defaultWriteObject();
  }

  private Object readResolve() {
    return new UnitResolver(UnitRegistry.builtIn(), strict);
  }
}
