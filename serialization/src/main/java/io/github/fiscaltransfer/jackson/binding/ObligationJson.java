package io.github.fiscaltransfer.jackson.binding;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.fiscaltransfer.notice.Obligation;

/**
 * The JSON shape of an {@link Obligation}: the action and the deadline as printed, and the resolved date.
 *
 * @param action what is to be done, as printed
 * @param deadline the deadline as printed
 * @param due the resolved date as {@code 2017-07-24}, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"action", "deadline", "due"})
record ObligationJson(String action, String deadline, String due) {

  static ObligationJson of(Obligation obligation) {
    return new ObligationJson(obligation.action(), obligation.deadline(),
        obligation.due().map(Object::toString).orElse(null));
  }

  Obligation toObligation() {
    return Obligation.of(Shapes.required(action, "action"), Shapes.required(deadline, "deadline"),
        due == null ? null : Shapes.at("due", () -> Shapes.date(due)));
  }
}
