package io.github.fiscaltransfer.jackson.binding;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.notice.Grant;
import io.github.fiscaltransfer.notice.GrantAllocation;
import io.github.fiscaltransfer.unit.FiscalUnit;
import java.util.List;
import java.util.Optional;

/**
 * The JSON shape of a {@link GrantAllocation}: the grant, the total the text states, and the table if any.
 *
 * @param grant the grant
 * @param statedTotal the total the notice's text states, or null where it prints none
 * @param parts the parts of the total the text names (其中), or null for none
 * @param table the table's shape, or null
 * @param tableAttachments the attachments that hold the table when the notice does not, or null for none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(using = ShapeRecordDeserializer.Allocation.class)
@JsonPropertyOrder({"grant", "statedTotal", "parts", "table", "tableAttachments"})
record GrantAllocationJson(Grant grant, PrintedAmount statedTotal, List<StatedPartJson> parts,
    AllocationTableJson table, List<String> tableAttachments) {

  /** Makes the lists read unmodifiable views, so that the shape is immutable. */
  GrantAllocationJson {
    parts = Shapes.view(parts);
    tableAttachments = Shapes.view(tableAttachments);
  }

  /**
   * Returns the shape of an allocation.
   *
   * @param allocation the allocation, not null
   * @return its JSON shape, not null
   */
  static GrantAllocationJson of(GrantAllocation allocation) {
    return new GrantAllocationJson(allocation.grant(), allocation.statedTotal().orElse(null),
        allocation.parts().isEmpty() ? null : Shapes.shapes(allocation.parts(), StatedPartJson::of),
        allocation.table().map(AllocationTableJson::of).orElse(null),
        allocation.tableAttachments().isEmpty() ? null : allocation.tableAttachments());
  }

  GrantAllocation toAllocation(UnitResolver units, FiscalUnit issuer) {
    GrantAllocation.Builder builder = GrantAllocation.builder();
    builder.grant(Shapes.required(grant, "grant")).statedTotal(Optional.ofNullable(statedTotal))
        .parts(Shapes.each("parts", parts, StatedPartJson::toPart))
        .tableAttachments(Shapes.each("tableAttachments", tableAttachments));
    if (table != null) {
      builder.table(Shapes.at("table", () -> table.toTable(units, issuer)));
    }
    return builder.build();
  }
}
