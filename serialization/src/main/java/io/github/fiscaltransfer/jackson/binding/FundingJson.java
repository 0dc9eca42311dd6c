package io.github.fiscaltransfer.jackson.binding;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.performance.Funding;
import java.util.Optional;

/**
 * The JSON shape of a target table's {@link Funding} (资金情况): each amount as printed, a blank cell left out.
 *
 * @param annual the annual amount (年度金额), or null
 * @param central the central part (中央资金), or null
 * @param local the local part (地方资金), or null
 * @param other the other part (其他资金), or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"annual", "central", "local", "other"})
record FundingJson(PrintedAmount annual, PrintedAmount central, PrintedAmount local, PrintedAmount other) {

  /**
   * Returns the shape of a funding block.
   *
   * @param funding the funding, not null
   * @return its JSON shape, not null
   */
  static FundingJson of(Funding funding) {
    return new FundingJson(funding.annual().orElse(null), funding.central().orElse(null),
        funding.local().orElse(null), funding.other().orElse(null));
  }

  Funding toFunding() {
    return Funding.builder().annual(Optional.ofNullable(annual)).central(Optional.ofNullable(central))
        .local(Optional.ofNullable(local)).other(Optional.ofNullable(other)).build();
  }
}
