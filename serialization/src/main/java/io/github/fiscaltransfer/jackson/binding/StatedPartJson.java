package io.github.fiscaltransfer.jackson.binding;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.notice.StatedPart;

/**
 * The JSON shape of a {@link StatedPart}: what the part is for and its amount.
 *
 * @param name what the part is for, as printed
 * @param amount the part's amount
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"name", "amount"})
record StatedPartJson(String name, PrintedAmount amount) {

  static StatedPartJson of(StatedPart part) {
    return new StatedPartJson(part.name(), part.amount());
  }

  StatedPart toPart() {
    return StatedPart.of(Shapes.required(name, "name"), Shapes.required(amount, "amount"));
  }
}
