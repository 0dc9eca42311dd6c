package io.github.fiscaltransfer.jackson.binding;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.notice.Grant;
import io.github.fiscaltransfer.notice.GrantAllocation;
import io.github.fiscaltransfer.unit.FiscalUnit;

/**
 * The JSON shape of a {@link GrantAllocation}: the grant, the total the text states, and the table if any.
 *
 * @param grant the grant
 * @param statedTotal the total the notice's text states
 * @param table the table's shape, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(using = ShapeRecordDeserializer.Allocation.class)
@JsonPropertyOrder({"grant", "statedTotal", "table"})
record GrantAllocationJson(Grant grant, PrintedAmount statedTotal, AllocationTableJson table) {

  /**
   * Returns the shape of an allocation.
   *
   * @param allocation the allocation, not null
   * @return its JSON shape, not null
   */
  static GrantAllocationJson of(GrantAllocation allocation) {
    return new GrantAllocationJson(allocation.grant(), allocation.statedTotal(),
        allocation.table().map(AllocationTableJson::of).orElse(null));
  }

  GrantAllocation toAllocation(UnitResolver units, FiscalUnit issuer) {
    Grant checkedGrant = Shapes.required(grant, "grant");
    PrintedAmount total = Shapes.required(statedTotal, "statedTotal");
    return table == null ? GrantAllocation.of(checkedGrant, total)
        : GrantAllocation.of(checkedGrant, total, Shapes.at("table", () -> table.toTable(units, issuer)));
  }
}
