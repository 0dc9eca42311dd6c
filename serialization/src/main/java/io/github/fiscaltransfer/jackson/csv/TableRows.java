package io.github.fiscaltransfer.jackson.csv;

import io.github.fiscaltransfer.money.AmountUnit;
import io.github.fiscaltransfer.money.Precision;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.notice.AllocationLine;
import io.github.fiscaltransfer.notice.AllocationTable;
import io.github.fiscaltransfer.unit.FiscalUnit;
import io.github.fiscaltransfer.unit.UnitRegistry;
import java.util.Arrays;
import java.util.List;

/** The rows of one CSV allocation table, taken in turn; not thread-safe. */
final class TableRows {

  /** The most characters of a refused cell an error repeats. */
  private static final int MAX_ECHO = 60;

  private final UnitRegistry units;
  private final FiscalUnit issuer;
  private final AllocationTable.Builder table = AllocationTable.builder();
  private AmountUnit unit;
  private boolean header;
  private boolean titled;
  private PrintedAmount total;

  TableRows(UnitRegistry units, FiscalUnit issuer) {
    this.units = units;
    this.issuer = issuer;
  }

  void accept(int line, String[] cells) {
    if (total != null) {
      throw new AllocationTableCsvException(line, "a row after the 合计 row: " + echo(Arrays.toString(cells)), null);
    }
    if (!header) {
      beforeHeader(line, cells);
      return;
    }
    unread(line, cells, AllocationTableCsv.HEADER.size(), "a cell after the 备注 column");
    if (AllocationTableCsv.TOTAL.equals(cell(cells, 0)) || AllocationTableCsv.TOTAL.equals(cell(cells, 1))) {
      total(line, cells);
    } else {
      recipient(line, cells);
    }
  }

  /**
   * The 合计 row holds the declared total and, in its 备注, at most a rounding note (尾数误差, 四舍五入) that declares
   * the table rounded: a recipient or another note on it has nowhere to go.
   */
  private void total(int line, String[] cells) {
    String number = cell(cells, 0);
    String name = cell(cells, 1);
    if (number.equals(AllocationTableCsv.TOTAL) && !name.isEmpty() && !name.equals(AllocationTableCsv.TOTAL)) {
      throw new AllocationTableCsvException(line, "the 合计 row names a 地区 \"" + echo(name)
          + "\": a total is no recipient's line", null);
    }
    if (name.equals(AllocationTableCsv.TOTAL) && !number.isEmpty() && !number.equals(AllocationTableCsv.TOTAL)) {
      throw new AllocationTableCsvException(line, "the 合计 row has a 序号 \"" + echo(number) + "\"", null);
    }
    String note = cell(cells, 3);
    if (AllocationTableCsv.isRoundingNote(note)) {
      table.precision(Precision.rounded(note));
    } else {
      unread(line, cells, 3, "a 备注 on the 合计 row other than a rounding note (尾数误差, 四舍五入), which a table's "
          + "total cannot keep");
    }
    total = amount(line, cells, AllocationTableCsv.TOTAL);
  }

  /** Refuses a row whose cells from {@code from} on are not all blank, naming the first such cell. */
  private static void unread(int line, String[] cells, int from, String what) {
    for (int i = from; i < cells.length; i++) {
      if (!cell(cells, i).isEmpty()) {
        throw new AllocationTableCsvException(line, what + ": \"" + echo(cell(cells, i)) + "\" in column "
            + (i + 1), null);
      }
    }
  }

  private void beforeHeader(int line, String[] cells) {
    String first = cell(cells, 0);
    List<String> filled = Arrays.stream(cells).filter(c -> c != null && !c.isBlank()).map(String::strip).toList();
    if (first.startsWith("单位")) {
      unread(line, cells, 1, "a cell after the 单位");
      unit = unit(line, first);
    } else if (first.equals(AllocationTableCsv.HEADER.get(0))) {
      if (unit == null) {
        throw new AllocationTableCsvException(line, "the header comes before a 单位 line such as 单位：万元", null);
      }
      unread(line, cells, AllocationTableCsv.HEADER.size(), "a column after 备注");
      header = true;
    } else if (!titled && unit == null && filled.size() == 1) {
      table.title(filled.get(0));
      titled = true;
    } else {
      throw new AllocationTableCsvException(line, "expected a title, a 单位 line or the 序号,地区,金额,备注 header, got "
          + echo(Arrays.toString(cells)), null);
    }
  }

  private static AmountUnit unit(int line, String text) {
    String label = text.substring(2).replaceFirst("^\\s*[:：]\\s*", "").strip();
    try {
      return AmountUnit.ofLabel(label);
    } catch (IllegalArgumentException e) {
      throw new AllocationTableCsvException(line, "the 单位 must be 元, 万元 or 亿元, got \"" + label + "\"", e);
    }
  }

  private void recipient(int line, String[] cells) {
    String number = cell(cells, 0);
    if (!number.isEmpty() && !number.chars().allMatch(Character::isDigit)) {
      throw new AllocationTableCsvException(line, "the 序号 must be a number or empty, got \"" + number + "\"", null);
    }
    String name = cell(cells, 1);
    if (name.isEmpty()) {
      throw new AllocationTableCsvException(line, "the 地区 is empty", null);
    }
    AllocationLine row = AllocationLine.of(units.recipient(name, issuer), amount(line, cells, name));
    String note = cell(cells, 3);
    table.addLines(note.isEmpty() ? row : row.withNote(note));
  }

  private PrintedAmount amount(int line, String[] cells, String what) {
    String figure = cell(cells, 2);
    if (figure.isEmpty()) {
      throw new AllocationTableCsvException(line, "the 金额 of " + what + " is empty", null);
    }
    try {
      return PrintedAmount.parse(figure, unit);
    } catch (IllegalArgumentException e) {
      throw new AllocationTableCsvException(line, "the 金额 of " + what + " is not an exact amount in " + unit
          + ": \"" + figure + "\"", e);
    }
  }

  AllocationTable build(int lastLine) {
    if (!header) {
      throw new AllocationTableCsvException(lastLine, "no 序号,地区,金额,备注 header", null);
    }
    if (total == null) {
      throw new AllocationTableCsvException(lastLine, "no 合计 row: the declared total is required", null);
    }
    return table.unit(unit).declaredTotal(total).build();
  }

  private static String echo(String text) {
    return text.length() <= MAX_ECHO ? text : text.substring(0, MAX_ECHO) + "…(" + text.length() + " chars)";
  }

  private static String cell(String[] cells, int index) {
    return index < cells.length && cells[index] != null ? cells[index].strip() : "";
  }
}
