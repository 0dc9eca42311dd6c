package io.github.fiscaltransfer.jackson.binding;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.fiscaltransfer.money.AmountUnit;
import io.github.fiscaltransfer.money.Precision;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.notice.AllocationTable;
import io.github.fiscaltransfer.unit.FiscalUnit;
import java.util.List;
import java.util.Optional;

/**
 * The JSON shape of an {@link AllocationTable}: title, the unit it is printed in, the declared total (合计) with
 * its printed scale, its regime ({@code precision}: absent for an exact table, the default, so documents written
 * before it was added read as exact; {@code "rounded: REASON"} for one declared rounded), and the lines in printed
 * order. Read and written by hand ({@link AllocationTableJsonDeserializer},
 * {@link AllocationTableJsonSerializer}); its recipients are resolved against the issuer when the table is built.
 * A shape made from a table to write it keeps the table instead of per-line shapes, and its lines are written
 * straight from the table's lines.
 *
 * @param title the title, or null
 * @param unit the unit every figure is printed in
 * @param declaredTotal the declared total as printed
 * @param precision the regime, or null for an exact table
 * @param lines the lines as read, or null (absent, or a shape made to write {@code written})
 * @param written the table this shape was made from to be written, or null for a shape read
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"title", "unit", "declaredTotal", "precision", "lines"})
@JsonDeserialize(using = AllocationTableJsonDeserializer.class)
@JsonSerialize(using = AllocationTableJsonSerializer.class)
record AllocationTableJson(String title, AmountUnit unit, PrintedAmount declaredTotal, Precision precision,
    List<AllocationLineJson> lines, AllocationTable written) {

  /** Makes the lists read unmodifiable views, so that the shape is immutable. */
  AllocationTableJson {
    lines = Shapes.view(lines);
  }

  /**
   * Returns the shape of a table.
   *
   * @param table the table, not null
   * @return its JSON shape, not null
   */
  static AllocationTableJson of(AllocationTable table) {
    return new AllocationTableJson(table.title().orElse(null), table.unit(), table.declaredTotal(),
        table.precision().isExact() ? null : table.precision(), null, table);
  }

  AllocationTable toTable(UnitResolver units, FiscalUnit issuer) {
    AllocationTable.Builder builder = AllocationTable.builder();
    builder.title(Optional.ofNullable(title)).lines(Shapes.each("lines", lines, line -> line.toLine(units, issuer)));
    builder.unit(Shapes.required(unit, "unit"));
    Shapes.ifPresent(declaredTotal, builder::declaredTotal);
    Shapes.ifPresent(precision, builder::precision);
    return builder.build();
  }
}
