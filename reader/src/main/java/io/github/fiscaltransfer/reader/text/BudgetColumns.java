package io.github.fiscaltransfer.reader.text;

import io.github.fiscaltransfer.budget.Column;
import io.github.fiscaltransfer.budget.ExpenditureColumn;
import io.github.fiscaltransfer.budget.RevenueColumn;
import io.github.fiscaltransfer.reader.LocatedText;
import io.github.fiscaltransfer.reader.ReadReport;
import io.github.fiscaltransfer.reader.ReadRule;
import io.github.fiscaltransfer.validation.Arguments;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Finds a department budget column by the label a table prints, ignoring spaces, a leading ordinal
 * ({@code 一、政府预算拨款}, {@code 1. 一般公共预算拨款}) and a leading year ({@code 2022 年政府采购项目}); a printed label
 * may add words after the column's ({@code 其中：面向中小企业政府采购项目}), and 项目支出总表 prints 收入总计 as 总计.
 */
final class BudgetColumns {

  private static final Pattern PREFIX = Pattern.compile("^([一二三四五六七八九十]+、|\\d+[.．、]|\\d{4}年)");
  private static final String SUBTOTAL = "小计";

  private BudgetColumns() {}

  /** Returns a label without spaces and without its leading ordinal or year. */
  static String label(String printed) {
    return PREFIX.matcher(printed.replaceAll("\\s+", "")).replaceFirst("");
  }

  static Optional<ExpenditureColumn> expenditure(String printed) {
    return find(ExpenditureColumn.values(), printed);
  }

  static Optional<RevenueColumn> revenue(String printed) {
    return label(printed).equals("总计") ? Optional.of(RevenueColumn.TOTAL) : find(RevenueColumn.values(), printed);
  }

  /** Returns the column whose label is the printed one, else the one with the longest label the printed begins with. */
  static <C extends Column> Optional<C> find(C[] columns, String printed) {
    String label = label(printed);
    return Arrays.stream(columns).filter(c -> label.startsWith(c.header().label()))
        .max(Comparator.comparingInt(c -> c.header().label().length()));
  }

  /**
   * Reads the columns of a header of several lines, from cell {@code first} on: each cell index takes the lowest
   * label printed above it, and a 小计 the label above the 小计. Returns empty (with a finding) if a label is none of
   * the columns or an index has none.
   */
  static <C extends Enum<C> & Column> Optional<Map<Integer, C>> resolve(List<BudgetRow> header, int first,
      Function<String, Optional<C>> lookup, ReadReport.Builder report, LocatedText where) {
    int width = header.stream().mapToInt(row -> row.cells().size()).max().orElse(0);
    Map<Integer, C> resolved = new LinkedHashMap<>();
    for (int c = first; c < width; c++) {
      Optional<LocatedText> label = label(header, c);
      Optional<C> column = label.flatMap(text -> lookup.apply(text.text()));
      if (column.isEmpty()) {
        LocatedText at = label.orElse(where);
        report.add(ReadRule.UNREAD, at.position(), at.text(), "column", Arguments.of("cell", c));
        return Optional.empty();
      }
      resolved.put(c, column.get());
    }
    return Optional.of(resolved);
  }

  private static Optional<LocatedText> label(List<BudgetRow> header, int index) {
    for (int r = header.size() - 1; r >= 0; r--) {
      String text = header.get(r).text(index);
      if (!text.isEmpty() && !text.equals(SUBTOTAL)) {
        return Optional.of(header.get(r).cells().get(index));
      }
    }
    return Optional.empty();
  }
}
