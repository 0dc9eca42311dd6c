package io.github.fiscaltransfer.jackson.binding;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.fiscaltransfer.budget.Cells;
import io.github.fiscaltransfer.budget.ClassLine;
import io.github.fiscaltransfer.budget.FinalBalanceTable;
import io.github.fiscaltransfer.budget.FinalIncomeColumn;
import io.github.fiscaltransfer.budget.FinalOutgoColumn;
import io.github.fiscaltransfer.budget.TableFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The JSON shape of a {@link FinalBalanceTable} (收入支出决算总表, 财政拨款收入支出决算总表): the income headings, the
 * numbered 类 lines and the expenditure side's rows, each by column key, a blank row or cell left out.
 *
 * @param format the format
 * @param income the income headings by column key
 * @param lines the 类 lines in printed order
 * @param currentYear 本年支出合计, or null if blank
 * @param distribution 结余分配, or null if blank or not printed
 * @param closing 年末结转和结余, or null if blank
 * @param total the expenditure side's 总计
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"format", "income", "lines", "currentYear", "distribution", "closing", "total"})
record FinalBalanceTableJson(FormatJson format, Map<String, String> income, List<LineJson> lines,
    Map<String, String> currentYear, Map<String, String> distribution, Map<String, String> closing,
    Map<String, String> total) {

  /**
   * One 类 line.
   *
   * @param label the line as printed, numbering included
   * @param cells its cells by column key, or null for a blank line
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"label", "cells"})
  record LineJson(String label, Map<String, String> cells) {}

  static FinalBalanceTableJson of(FinalBalanceTable table) {
    return new FinalBalanceTableJson(FormatJson.of(table.format()), FormatJson.cells(table.income()),
        table.lines().stream().map(l -> new LineJson(l.label(), l.cells().map(FormatJson::cells).orElse(null)))
            .toList(), write(table.currentYear()), write(table.distribution()), write(table.closing()),
        FormatJson.cells(table.total()));
  }

  private static Map<String, String> write(Optional<Cells<FinalOutgoColumn>> cells) {
    return cells.map(FormatJson::cells).orElse(null);
  }

  FinalBalanceTable toTable() {
    TableFormat table = Objects.requireNonNull(format, "format").toFormat();
    return FinalBalanceTable.builder().format(table)
        .income(FormatJson.cells(Objects.requireNonNull(income, "income"), FinalIncomeColumn.class, table))
        .lines(Objects.requireNonNull(lines, "lines").stream().map(l -> ClassLine.of(
            Objects.requireNonNull(l.label(), "label"), read(l.cells(), table))).toList())
        .currentYear(read(currentYear, table)).distribution(read(distribution, table)).closing(read(closing, table))
        .total(FormatJson.cells(Objects.requireNonNull(total, "total"), FinalOutgoColumn.class, table))
        .build();
  }

  private static Optional<Cells<FinalOutgoColumn>> read(Map<String, String> json, TableFormat table) {
    return Optional.ofNullable(json).map(cells -> FormatJson.cells(cells, FinalOutgoColumn.class, table));
  }
}
