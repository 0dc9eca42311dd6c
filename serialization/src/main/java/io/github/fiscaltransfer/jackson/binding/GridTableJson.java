package io.github.fiscaltransfer.jackson.binding;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.fiscaltransfer.budget.Column;
import io.github.fiscaltransfer.budget.GridTable;
import io.github.fiscaltransfer.budget.Row;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The JSON shape of a {@link GridTable}: its format, the total row where printed, and the labelled rows.
 *
 * @param format the format
 * @param total the total row's cells, or null
 * @param rows the rows
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"format", "total", "rows"})
record GridTableJson(FormatJson format, Map<String, String> total, List<RowJson> rows) {

  /**
   * One labelled row.
   *
   * @param label what the row is about, as printed
   * @param cells the cells by column key
   */
  @JsonPropertyOrder({"label", "cells"})
  record RowJson(String label, Map<String, String> cells) {}

  static <C extends Enum<C> & Column> GridTableJson of(GridTable<C> table) {
    return new GridTableJson(FormatJson.of(table.format()), table.total().map(FormatJson::cells).orElse(null),
        table.rows().stream().map(row -> new RowJson(row.label(), FormatJson.cells(row.cells()))).toList());
  }

  <C extends Enum<C> & Column> GridTable<C> toTable(Class<C> type) {
    var format = Objects.requireNonNull(this.format, "format").toFormat();
    return GridTable.of(format, Optional.ofNullable(total).map(t -> FormatJson.cells(t, type, format)),
        Objects.requireNonNull(rows, "rows").stream()
            .map(r -> Row.of(r.label(), FormatJson.cells(r.cells(), type, format))).toList());
  }
}
