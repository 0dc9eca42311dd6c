package io.github.fiscaltransfer.reader.text;

import io.github.fiscaltransfer.reader.LocatedText;
import java.util.ArrayList;
import java.util.List;

/**
 * One table of a department budget's 表格部分 as text, its pages joined: the 表 number, title, 部门名称, 年度 and 单位
 * lines, the header lines (no figure in any cell) and the rows (one figure at least), in printed order.
 */
final class BudgetTableText {

  final int number;
  final LocatedText heading;
  LocatedText title;
  LocatedText department;
  LocatedText year;
  LocatedText unit;
  final List<BudgetRow> header = new ArrayList<>();
  final List<BudgetRow> rows = new ArrayList<>();

  BudgetTableText(int number, LocatedText heading) {
    this.number = number;
    this.heading = heading;
  }
}
