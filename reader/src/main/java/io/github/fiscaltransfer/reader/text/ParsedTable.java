package io.github.fiscaltransfer.reader.text;

import io.github.fiscaltransfer.reader.LocatedText;
import java.util.ArrayList;
import java.util.List;

/** An allocation table parsed but not resolved: its title, unit, rows and 合计 row as located text. */
final class ParsedTable {

  /** One row: the name of the recipient, its figure and any note, as printed. */
  record Row(LocatedText name, LocatedText figure, LocatedText note) {}

  LocatedText title;
  LocatedText unit;
  Row total;
  final List<Row> rows = new ArrayList<>();
  /** A note the table prints that its figures are rounded (尾数误差, 四舍五入), or null. */
  LocatedText roundingNote;
  /** The attachment number the table was printed under (附件1), 0 if none was printed. */
  int attachment;
}
