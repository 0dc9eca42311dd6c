package io.github.fiscaltransfer.jackson.binding;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.fiscaltransfer.budget.TableFormat;
import io.github.fiscaltransfer.budget.ThreePublicColumn;
import io.github.fiscaltransfer.budget.ThreePublicSection;
import io.github.fiscaltransfer.budget.ThreePublicTable;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The JSON shape of a {@link ThreePublicTable} ("三公" table).
 *
 * @param format the format
 * @param sections one section a unit
 */
@JsonPropertyOrder({"format", "sections"})
record ThreePublicTableJson(FormatJson format, List<SectionJson> sections) {

  /**
   * One unit's rows.
   *
   * @param unit the unit as printed
   * @param previous last year's row
   * @param current this year's row
   * @param change the 增减变化金额 row
   */
  @JsonPropertyOrder({"unit", "previous", "current", "change"})
  record SectionJson(String unit, Map<String, String> previous, Map<String, String> current,
      Map<String, String> change) {}

  static ThreePublicTableJson of(ThreePublicTable table) {
    return new ThreePublicTableJson(FormatJson.of(table.format()), table.sections().stream()
        .map(s -> new SectionJson(s.unit(), FormatJson.cells(s.previous()), FormatJson.cells(s.current()),
            FormatJson.cells(s.change()))).toList());
  }

  ThreePublicTable toTable() {
    TableFormat table = Objects.requireNonNull(format, "format").toFormat();
    return ThreePublicTable.of(table, Objects.requireNonNull(sections, "sections").stream()
        .map(s -> ThreePublicSection.of(s.unit(), FormatJson.cells(s.previous(), ThreePublicColumn.class, table),
            FormatJson.cells(s.current(), ThreePublicColumn.class, table),
            FormatJson.cells(s.change(), ThreePublicColumn.class, table))).toList());
  }
}
