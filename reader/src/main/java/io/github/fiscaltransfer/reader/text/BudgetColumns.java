package io.github.fiscaltransfer.reader.text;

import io.github.fiscaltransfer.budget.Column;
import io.github.fiscaltransfer.budget.ExpenditureColumn;
import io.github.fiscaltransfer.budget.RevenueColumn;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds a department budget column by the label a table prints, ignoring spaces and a leading ordinal
 * ({@code 一、政府预算拨款}, {@code 1. 一般公共预算拨款}).
 */
final class BudgetColumns {

  private static final Pattern ORDINAL = Pattern.compile("^([一二三四五六七八九十]+、|\\d+[.．、])");

  private BudgetColumns() {}

  /** Returns a label without spaces and without its leading ordinal. */
  static String label(String printed) {
    return ORDINAL.matcher(printed.replaceAll("\\s+", "")).replaceFirst("");
  }

  static Optional<ExpenditureColumn> expenditure(String printed) {
    return find(ExpenditureColumn.values(), printed);
  }

  static Optional<RevenueColumn> revenue(String printed) {
    return find(RevenueColumn.values(), printed);
  }

  private static <C extends Column> Optional<C> find(C[] columns, String printed) {
    String label = label(printed);
    return Arrays.stream(columns).filter(c -> c.header().label().equals(label)).findFirst();
  }
}
