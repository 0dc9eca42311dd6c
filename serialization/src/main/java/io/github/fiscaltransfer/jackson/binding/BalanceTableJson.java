package io.github.fiscaltransfer.jackson.binding;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.fiscaltransfer.budget.BalanceTable;
import io.github.fiscaltransfer.budget.RevenueColumn;
import io.github.fiscaltransfer.budget.TableFormat;
import java.util.Map;
import java.util.Objects;

/**
 * The JSON shape of a {@link BalanceTable} (收支总表, 政府预算拨款收支总表).
 *
 * @param format the format
 * @param revenue the revenue headings by column key
 * @param expenditure the expenditure side by subject
 * @param currentExpenditure 本年支出合计
 * @param carryForward 结转下年
 * @param totalExpenditure 支出总计
 */
@JsonPropertyOrder({"format", "revenue", "expenditure", "currentExpenditure", "carryForward", "totalExpenditure"})
record BalanceTableJson(FormatJson format, Map<String, String> revenue, SubjectTableJson expenditure,
    String currentExpenditure, String carryForward, String totalExpenditure) {

  static BalanceTableJson of(BalanceTable table) {
    return new BalanceTableJson(FormatJson.of(table.format()), FormatJson.cells(table.revenue()),
        SubjectTableJson.of(table.expenditure(), true), FormatJson.figure(table.currentExpenditure()),
        FormatJson.figure(table.carryForward()), FormatJson.figure(table.totalExpenditure()));
  }

  BalanceTable toTable() {
    TableFormat table = Objects.requireNonNull(format, "format").toFormat();
    return BalanceTable.of(FormatJson.cells(Objects.requireNonNull(revenue, "revenue"), RevenueColumn.class, table),
        Objects.requireNonNull(expenditure, "expenditure").toExpenditure(table),
        Shapes.figure(table, Objects.requireNonNull(currentExpenditure, "currentExpenditure")),
        Shapes.figure(table, Objects.requireNonNull(carryForward, "carryForward")),
        Shapes.figure(table, Objects.requireNonNull(totalExpenditure, "totalExpenditure")));
  }
}
