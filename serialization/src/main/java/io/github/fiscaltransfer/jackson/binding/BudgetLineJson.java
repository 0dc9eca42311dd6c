package io.github.fiscaltransfer.jackson.binding;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.fiscaltransfer.identifier.DocumentNumber;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.evaluation.BudgetLine;
import io.github.fiscaltransfer.evaluation.BudgetSource;
import java.math.BigDecimal;
import java.time.Year;
import java.util.Optional;

/**
 * The JSON shape of a self-evaluation's {@link BudgetLine}: source by label, funds year, basis document, amounts
 * as printed, and the stated execution rate as a plain-decimal string.
 *
 * @param source the source, {@code 当年下达} or {@code 结转}
 * @param fundsYear the year the funds belong to, a JSON integer from 1 to 9999
 * @param basisDocument the basis document's number (发文字号), or null
 * @param available the funds available
 * @param spent the amount spent
 * @param statedExecutionRate the stated rate in percent, such as {@code "89.17"}, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"source", "fundsYear", "basisDocument", "available", "spent", "statedExecutionRate"})
record BudgetLineJson(BudgetSource source, @JsonYear Year fundsYear, DocumentNumber basisDocument,
    PrintedAmount available, PrintedAmount spent, String statedExecutionRate) {

  /**
   * Returns the shape of a budget line.
   *
   * @param line the line, not null
   * @return its JSON shape, not null
   */
  static BudgetLineJson of(BudgetLine line) {
    return new BudgetLineJson(line.source(), line.fundsYear(),
        line.basisDocument().orElse(null), line.available(), line.spent(),
        line.statedExecutionRate().map(BigDecimal::toPlainString).orElse(null));
  }

  BudgetLine toLine() {
    BudgetLine.Builder builder = BudgetLine.builder();
    builder.basisDocument(Optional.ofNullable(basisDocument)).statedExecutionRate(Optional.ofNullable(
        statedExecutionRate).map(rate -> Shapes.at("statedExecutionRate", () -> Shapes.decimal(rate))));
    Shapes.ifPresent(source, builder::source);
    Shapes.ifPresent(fundsYear, builder::fundsYear);
    Shapes.ifPresent(available, builder::available);
    Shapes.ifPresent(spent, builder::spent);
    return builder.build();
  }
}
