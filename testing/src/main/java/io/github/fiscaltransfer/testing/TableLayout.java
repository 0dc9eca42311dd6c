package io.github.fiscaltransfer.testing;

import io.github.fiscaltransfer.money.AmountUnit;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.notice.AllocationLine;
import io.github.fiscaltransfer.notice.AllocationTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * One way a published allocation table (分配表) is laid out as text (版式): cells split by tabs or spaces, figures
 * with or without thousands separators and in full- or half-width digits, 序号 printed or not, the 合计 row first or
 * last, a page break after any row (page number, 附件1（续）, repeated 单位 and header, each or not), a name wrapped
 * onto the next line, CRLF line ends and a byte-order mark.
 *
 * @param tabs cells split by tabs, else by spaces
 * @param separators figures with thousands separators ({@code 10,831})
 * @param fullWidth digits printed full-width ({@code １０８３１})
 * @param serials rows numbered (序号)
 * @param totalFirst the 合计 row before the rows, else after them
 * @param pageBreak the 0-based row after which the page breaks, or -1
 * @param pageNumber the break prints a page number
 * @param continued the break prints 附件1（续）
 * @param repeatCaption the break repeats the 单位 line and the header
 * @param wrap the 0-based row whose name wraps onto the next line, or -1
 * @param crlf lines end with CR LF
 * @param bom the text starts with a byte-order mark
 */
public record TableLayout(boolean tabs, boolean separators, boolean fullWidth, boolean serials, boolean totalFirst,
    int pageBreak, boolean pageNumber, boolean continued, boolean repeatCaption, int wrap, boolean crlf,
    boolean bom) {

  /** A table printed: the text, and the 1-based lines a reader cannot read as they stand (a wrapped name's two). */
  public record Printed(String text, Set<Integer> damagedLines) {}

  /**
   * Layouts for a table of some rows.
   *
   * @param rows the table's rows, positive
   * @return the arbitrary, not null
   */
  public static Arbitrary<TableLayout> layouts(int rows) {
    Arbitrary<Integer> row = Arbitraries.integers().between(-1, rows - 1);
    Arbitrary<Integer> sometimes = Arbitraries.oneOf(Arbitraries.just(-1), Arbitraries.just(-1), row);
    return Combinators.combine(Arbitraries.of(true, false).list().ofSize(10), sometimes, sometimes)
        .as((flags, pageBreak, wrap) -> new TableLayout(flags.get(0), flags.get(1), flags.get(2), flags.get(3),
            flags.get(4), pageBreak, flags.get(5), flags.get(6), flags.get(7), wrap, flags.get(8), flags.get(9)));
  }

  /**
   * Prints a table as 附件1 of a text, between lines that come before and after it.
   *
   * @param before the lines before the table, not null
   * @param table the table, not null
   * @param after the lines after it, not null
   * @return the text, not null
   */
  public Printed print(List<String> before, AllocationTable table, List<String> after) {
    List<String> lines = new ArrayList<>(before);
    Set<Integer> damaged = new TreeSet<>();
    lines.add("附件1");
    String unit = "单位：" + table.unit().label();
    String header = cells("序号", "地区", "金额");
    lines.add(unit);
    lines.add(header);
    if (totalFirst) {
      lines.add(cells("", "合计", figure(table.declaredTotal())));
    }
    List<AllocationLine> rows = table.lines();
    for (int i = 0; i < rows.size(); i++) {
      String name = rows.get(i).recipient().name();
      String serial = Integer.toString(i + 1);
      if (i == wrap && name.length() > 1) {
        int cut = name.length() / 2;
        lines.add(cells(serial, name.substring(0, cut), figure(rows.get(i).amount())));
        damaged.add(lines.size());
        lines.add(name.substring(cut));
        damaged.add(lines.size());
      } else {
        lines.add(cells(serial, name, figure(rows.get(i).amount())));
      }
      if (i == pageBreak) {
        pageBreak(lines, unit, header);
      }
    }
    if (!totalFirst) {
      lines.add(cells("", "合计", figure(table.declaredTotal())));
    }
    lines.addAll(after);
    return new Printed((bom ? "\uFEFF" : "") + String.join(crlf ? "\r\n" : "\n", lines), damaged);
  }

  private void pageBreak(List<String> lines, String unit, String header) {
    if (pageNumber) {
      lines.add("- 2 -");
    }
    if (continued) {
      lines.add("附件1（续）");
    }
    if (repeatCaption || !pageNumber && !continued) {
      lines.add(unit);
      lines.add(header);
    }
  }

  private String cells(String serial, String name, String figure) {
    String separator = tabs ? "\t" : "  ";
    return (serials && !serial.isEmpty() ? serial + separator : serials ? separator : "") + name + separator + figure;
  }

  private String figure(PrintedAmount amount) {
    BigDecimal figure = amount.figure();
    String text = separators ? PrintedAmount.format(figure, AmountUnit.YUAN).replace("元", "")
        : figure.toPlainString();
    if (!fullWidth) {
      return text;
    }
    StringBuilder wide = new StringBuilder();
    text.chars().forEach(c -> wide.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : (char) c));
    return wide.toString();
  }
}
