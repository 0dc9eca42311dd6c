package io.github.fiscaltransfer.jackson.csv;

import io.github.fiscaltransfer.money.AmountUnit;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.notice.AllocationLine;
import io.github.fiscaltransfer.notice.AllocationTable;
import io.github.fiscaltransfer.unit.FiscalUnit;
import io.github.fiscaltransfer.unit.UnitRegistry;
import java.util.Arrays;

/** The rows of one CSV allocation table, taken in turn; not thread-safe. */
final class TableRows {

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
      throw new AllocationTableCsvException(line, "a row after the 合计 row: " + Arrays.toString(cells), null);
    }
    if (!header) {
      beforeHeader(line, cells);
    } else if (AllocationTableCsv.TOTAL.equals(cell(cells, 0)) || AllocationTableCsv.TOTAL.equals(cell(cells, 1))) {
      total = amount(line, cells, AllocationTableCsv.TOTAL);
    } else {
      recipient(line, cells);
    }
  }

  private void beforeHeader(int line, String[] cells) {
    String first = cell(cells, 0);
    if (first.startsWith("单位")) {
      unit = unit(line, first);
    } else if (first.equals(AllocationTableCsv.HEADER.get(0))) {
      if (unit == null) {
        throw new AllocationTableCsvException(line, "the header comes before a 单位 line such as 单位：万元", null);
      }
      header = true;
    } else if (!titled && unit == null && Arrays.stream(cells).filter(c -> !c.isBlank()).count() == 1) {
      table.title(first);
      titled = true;
    } else {
      throw new AllocationTableCsvException(line, "expected a title, a 单位 line or the 序号,地区,金额,备注 header, got "
          + Arrays.toString(cells), null);
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

  private static String cell(String[] cells, int index) {
    return index < cells.length && cells[index] != null ? cells[index].strip() : "";
  }
}
