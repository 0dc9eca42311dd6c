package io.github.fiscaltransfer.jackson.binding;

import io.github.fiscaltransfer.unit.AdministrativeLevel;
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
 * <p>A unit with a code is what {@link UnitRegistry#unit} makes of its name and code: the registry's unit, the
 * unit the code had under that name in another year, or, for a code or name the registry does not know, a unit
 * kept as printed, which validation reports ({@code unit.*}); a unit without a code written with its level and parent
 * (a township, a project) is that unit below its parent, resolved in turn; any other unit without a code is the one
 * unit the registry
 * knows by that name, or else an {@linkplain FiscalUnit#unknown unknown unit} with the printed name, which validation
 * reports ({@code unit.unknown}), unless the resolver is strict. A recipient is
 * resolved against the issuer whose table prints it, as {@link UnitRegistry#recipient} does: a retained-share label
 * ({@code 市本级}) is the issuer's own share, and a name the registry does not know becomes an
 * {@link io.github.fiscaltransfer.unit.UnknownRecipient} (validation warns with {@code table.recipient-unknown}),
 * unless the resolver is strict. Immutable and thread-safe; Java-serializable with the built-in registry only.
 */
final class UnitResolver implements Serializable {

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
   * @param strict whether a name the registry does not know is an error rather than an unknown recipient or unit
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
   * @throws IllegalArgumentException if, when strict, a unit without a code has a name the registry knows no single
   *     unit by
   */
  FiscalUnit unit(UnitJson json) {
    String name = Shapes.required(json.name(), "name");
    if (json.code() == null && (json.level() != null || json.parent() != null)) {
      return placed(name, json);
    }
    if (json.code() == null) {
      Optional<FiscalUnit> known = units.byName(name);
      if (strict && known.isEmpty()) {
        throw new IllegalArgumentException(
            "Unknown unit '" + Failures.echo(name) + "': the unit registry knows no single unit by that name");
      }
      return known.orElseGet(() -> FiscalUnit.unknown(name));
    }
    return units.unit(name, json.code());
  }

  /**
   * Returns the recipient a shape names in a table printed by an issuer.
   *
   * @param json the shape, not null
   * @param issuer the unit whose table prints the recipient, not null
   * @return the recipient, not null
   * @throws IllegalArgumentException if, when strict, the shape names an unknown recipient without a code
   */
  Recipient recipient(UnitJson json, FiscalUnit issuer) {
    if (json.code() != null || json.level() != null || json.parent() != null) {
      return unit(json);
    }
    String name = Shapes.required(json.name(), "name");
    if (strict) {
      return units.resolve(name, issuer).orElseThrow(() -> new IllegalArgumentException(
          "Unknown recipient '" + Failures.echo(name) + "' in a table of " + issuer.name()));
    }
    return units.recipient(name, issuer);
  }

  /** A unit without a code, identified by its level and parent (a township, a project, a department). */
  private FiscalUnit placed(String name, UnitJson json) {
    AdministrativeLevel level = Shapes.required(json.level(), "level");
    FiscalUnit parent = Shapes.at("parent", () -> unit(Shapes.required(json.parent(), "parent")));
    return FiscalUnit.of(name, level, parent);
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
