package io.github.fiscaltransfer.jackson.binding;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.fiscaltransfer.budget.Cells;
import io.github.fiscaltransfer.budget.Column;
import io.github.fiscaltransfer.budget.TableFormat;
import io.github.fiscaltransfer.money.AmountUnit;
import io.github.fiscaltransfer.money.PrintedAmount;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The JSON shape of a {@link TableFormat}, and the reading and writing of the figures printed in it.
 *
 * @param unit the unit label, such as {@code 万元}
 * @param scale the decimal places printed
 */
record FormatJson(AmountUnit unit, @JsonDeserialize(using = ScaleDeserializer.class) int scale) {

  static FormatJson of(TableFormat format) {
    return new FormatJson(format.unit(), format.scale());
  }

  TableFormat toFormat() {
    return TableFormat.of(Objects.requireNonNull(unit, "format.unit"), scale);
  }

  /** A figure as the table prints it, in plain notation: {@code 16910}, {@code 43.44}. */
  static String figure(PrintedAmount amount) {
    return amount.figure().toPlainString();
  }

  static <C extends Enum<C> & Column> Map<String, String> cells(Cells<C> cells) {
    Map<String, String> json = new LinkedHashMap<>();
    cells.amounts().forEach((column, amount) -> json.put(column.key(), figure(amount)));
    return json;
  }

  static <C extends Enum<C> & Column> Cells<C> cells(Map<String, String> json, Class<C> type, TableFormat format) {
    Objects.requireNonNull(json, "cells");
    Map<C, PrintedAmount> amounts = new EnumMap<>(type);
    json.forEach((key, figure) -> amounts.put(column(type, key), Shapes.figure(format, Objects.requireNonNull(figure, key))));
    return Cells.of(amounts);
  }

  private static <C extends Enum<C> & Column> C column(Class<C> type, String key) {
    return Arrays.stream(type.getEnumConstants()).filter(c -> c.key().equals(key)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Unknown column " + key + "; the columns are "
            + Arrays.stream(type.getEnumConstants()).map(Column::key).toList()));
  }
}
