package io.github.fiscaltransfer.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.fiscaltransfer.budget.Cells;
import io.github.fiscaltransfer.budget.ExpenditureColumn;
import io.github.fiscaltransfer.budget.FinalAccounts;
import io.github.fiscaltransfer.budget.SubjectRow;
import io.github.fiscaltransfer.budget.SubjectTable;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.reader.DisplayWidth;
import io.github.fiscaltransfer.reader.ReadResult;
import io.github.fiscaltransfer.reader.text.FinalAccountsTextReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * A generated 部门决算's 支出决算表 ({@link FinalAccountsDomain}, printed by {@link FinalAccountsPrinter}: zeros
 * blank) laid out as {@code pdftotext -layout} prints one, in random variants — subject codes in one piece or as 类,
 * 款 and 项 parts in columns of their own, figures with or without thousands separators, the 合计 row first or last,
 * a name wrapped onto the next line, a page break after any row with or without a page number and a repeated title
 * and header — and read back with {@link FinalAccountsTextReader}: the same table, every figure in its column. The
 * statistics show every variant drawn.
 */
class FinalTableLayoutPropertyTest {

  private static final List<ExpenditureColumn> COLUMNS = List.of(ExpenditureColumn.TOTAL, ExpenditureColumn.BASIC,
      ExpenditureColumn.PROJECT);
  private static final int NAME = 12;

  /** How the table is laid out; a row index past the table's rows means none. */
  record Layout(boolean splitCodes, boolean separators, boolean totalLast, int wrap, int pageBreak,
      boolean pageNumber, boolean repeatHeader) {}

  /** A table and its layout. */
  record Case(SubjectTable<ExpenditureColumn> table, Layout layout) {}

  @Property(tries = 200)
  void aTableInAnyLayoutReadsBackTheSame(@ForAll("cases") Case printed) {
    String text = String.join("\n", print(printed.table(), printed.layout()));
    ReadResult<FinalAccounts> read = FinalAccountsTextReader.create().read(text);
    statistics(printed);
    assertEquals(Optional.of(printed.table()), read.document().flatMap(FinalAccounts::expenditure),
        () -> text + "\n" + read);
  }

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<SubjectTable<ExpenditureColumn>> tables = new FinalAccountsDomain().printed()
        .map(accounts -> accounts.expenditure().orElseThrow());
    return tables.flatMap(table -> {
      int rows = table.sections().get(0).rows().size();
      Arbitrary<Integer> row = Arbitraries.integers().between(0, rows + rows / 2);
      return Combinators.combine(Arbitraries.of(true, false), Arbitraries.of(true, false), Arbitraries.of(true, false),
          row, row, Arbitraries.of(true, false), Arbitraries.of(true, false)).as(Layout::new)
          .map(layout -> new Case(table, layout));
    });
  }

  private static List<String> print(SubjectTable<ExpenditureColumn> table, Layout layout) {
    List<SubjectRow<ExpenditureColumn>> rows = table.sections().get(0).rows();
    int names = rows.stream().mapToInt(r -> DisplayWidth.of(r.subject().name().orElse(""))).max().orElse(0) + 4;
    int[] ends = {NAME + names + 12, NAME + names + 26, NAME + names + 40};
    List<String> lines = new ArrayList<>(List.of("上海市XX局", "2022 年度部门决算", ""));
    header(lines, ends);
    String total = line("", "合计", table.total().orElseThrow(), ends, layout.separators());
    if (!layout.totalLast()) {
      lines.add(total);
    }
    for (int i = 0; i < rows.size(); i++) {
      String code = rows.get(i).subject().code().digits();
      String name = rows.get(i).subject().name().orElse("");
      boolean wrap = i == layout.wrap() && name.length() > 1;
      lines.add(line(layout.splitCodes() ? split(code) : code, wrap ? name.substring(0, name.length() / 2) : name,
          rows.get(i).cells(), ends, layout.separators()));
      if (wrap) {
        lines.add(" ".repeat(NAME) + name.substring(name.length() / 2));
      }
      if (i == layout.pageBreak()) {
        lines.add("");
        if (layout.pageNumber()) {
          lines.add("                    7");
        }
        if (layout.repeatHeader()) {
          header(lines, ends);
        }
      }
    }
    if (layout.totalLast()) {
      lines.add(total);
    }
    lines.add("注：本表反映部门本年度各项支出情况。");
    return lines;
  }

  private static void header(List<String> lines, int[] ends) {
    lines.add("                              支出决算表");
    lines.add(" ".repeat(ends[2]) + "单位：万元");
    lines.add("          项目");
    lines.add(pad(pad(pad(new StringBuilder("  功能分类"), ends[0] - 12).append("本年支出合计"), ends[1] - 8)
        .append("基本支出"), ends[2] - 8).append("项目支出    上缴上级支出    经营支出    对附属单位补助支出").toString());
    lines.add("  科目编码    科目名称");
  }

  /** A 类 code alone, a 款 code's last two digits under the 款 column, a 项 code's under the 项 column. */
  private static String split(String code) {
    return switch (code.length()) {
      case 3 -> code;
      case 5 -> "    " + code.substring(3);
      default -> "       " + code.substring(5);
    };
  }

  private static String line(String code, String name, Cells<ExpenditureColumn> cells, int[] ends,
      boolean separators) {
    StringBuilder line = pad(new StringBuilder(code), NAME).append(name);
    for (int c = 0; c < COLUMNS.size(); c++) {
      Optional<PrintedAmount> amount = cells.get(COLUMNS.get(c));
      if (amount.isPresent()) {
        String figure = separators ? String.format("%,.2f", amount.get().figure())
            : amount.get().figure().toPlainString();
        pad(line, ends[c] - figure.length()).append(figure);
      }
    }
    return line.toString();
  }

  private static StringBuilder pad(StringBuilder line, int column) {
    line.append(" ".repeat(Math.max(1, column - DisplayWidth.of(line))));
    return line;
  }

  private static void statistics(Case printed) {
    Layout layout = printed.layout();
    int rows = printed.table().sections().get(0).rows().size();
    Statistics.label("codes").collect(layout.splitCodes() ? "类 款 项 columns" : "one piece");
    Statistics.label("thousands separators").collect(layout.separators());
    Statistics.label("合计").collect(layout.totalLast() ? "last" : "first");
    Statistics.label("wrapped name").collect(layout.wrap() < rows);
    Statistics.label("page break").collect(layout.pageBreak() >= rows ? "none"
        : (layout.pageNumber() ? "page number " : "") + (layout.repeatHeader() ? "title and header" : "blank line"));
  }
}
