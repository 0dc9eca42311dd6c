package io.github.fiscaltransfer.jackson.binding;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.fiscaltransfer.unit.AdministrativeLevel;
import io.github.fiscaltransfer.unit.DivisionCode;
import io.github.fiscaltransfer.unit.FiscalUnit;
import io.github.fiscaltransfer.unit.Recipient;

/**
 * The JSON shape of a {@link FiscalUnit} or {@link Recipient}: its name as documents print it, and the division
 * code when the unit has one. A unit without a code that is neither the centre nor {@linkplain FiscalUnit#isUnknown
 * unknown} — a township, a project or a department built with {@link FiscalUnit#of(String, AdministrativeLevel,
 * FiscalUnit)} — is written with its level and parent too, which is all that identifies it. {@link UnitResolver}
 * turns the shape back into a unit.
 *
 * @param name the name, such as {@code 江门市} or {@code 市本级}
 * @param code the division code, or null
 * @param level the level of a unit without a code, or null
 * @param parent the shape of the parent of a unit without a code, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"name", "code", "level", "parent"})
record UnitJson(String name, DivisionCode code, AdministrativeLevel level, UnitJson parent) {

  /**
   * Returns the shape of a recipient: a unit's name and code (and level and parent, for a unit placed without a
   * code), a retained share's label, an unknown name.
   *
   * @param recipient the recipient, not null
   * @return its JSON shape, not null
   */
  static UnitJson of(Recipient recipient) {
    if (!(recipient instanceof FiscalUnit unit)) {
      return new UnitJson(recipient.name(), null, null, null);
    }
    if (!isPlaced(unit)) {
      return new UnitJson(unit.name(), unit.code().orElse(null), null, null);
    }
    return new UnitJson(unit.name(), null, unit.level(), of(unit.parent().orElseThrow()));
  }

  /**
   * Returns whether a recipient is a unit that only its level and parent identify: one without a code, not unknown,
   * below the centre.
   *
   * @param recipient the recipient, not null
   * @return true if the unit is written with its level and parent
   */
  static boolean isPlaced(Recipient recipient) {
    return recipient instanceof FiscalUnit unit && unit.code().isEmpty() && !unit.isUnknown()
        && unit.parent().isPresent();
  }
}
