package io.github.fiscaltransfer.jackson.binding;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.notice.AllocationLine;
import io.github.fiscaltransfer.unit.FiscalUnit;

/**
 * The JSON shape of an {@link AllocationLine}: the recipient by name (and code), the amount as printed, the note.
 *
 * @param recipient the recipient's shape
 * @param amount the amount as printed
 * @param note the note (备注), or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"recipient", "amount", "note"})
record AllocationLineJson(UnitJson recipient, PrintedAmount amount, String note) {

  /**
   * Returns the shape of a line.
   *
   * @param line the line, not null
   * @return its JSON shape, not null
   */
  static AllocationLineJson of(AllocationLine line) {
    return new AllocationLineJson(UnitJson.of(line.recipient()), line.amount(), line.note().orElse(null));
  }

  AllocationLine toLine(UnitResolver units, FiscalUnit issuer) {
    AllocationLine line = AllocationLine.of(
        Shapes.at("recipient", () -> units.recipient(Shapes.required(recipient, "recipient"), issuer)),
        Shapes.required(amount, "amount"));
    return note == null ? line : line.withNote(note);
  }
}
