package io.github.fiscaltransfer.jackson.binding;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.fiscaltransfer.unit.DivisionCode;
import io.github.fiscaltransfer.unit.FiscalUnit;
import io.github.fiscaltransfer.unit.Recipient;

/**
 * The JSON shape of a {@link FiscalUnit} or {@link Recipient}: its name as documents
 * print it, and the division code when the unit has one. {@link UnitResolver} turns it back into a unit.
 *
 * @param name the name, such as {@code 江门市} or {@code 市本级}
 * @param code the division code, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"name", "code"})
record UnitJson(String name, DivisionCode code) {

  /**
   * Returns the shape of a recipient: a unit's name and code, a retained share's label, an unknown name.
   *
   * @param recipient the recipient, not null
   * @return its JSON shape, not null
   */
  static UnitJson of(Recipient recipient) {
    DivisionCode code = recipient instanceof FiscalUnit unit
        ? unit.code().orElse(null) : null;
    return new UnitJson(recipient.name(), code);
  }
}
