package io.github.fiscaltransfer.budget;

/**
 * Where a figure is printed: table, unit, row, column, and the JSON Pointer of the cell in the document's JSON form.
 */
record Place(StandardTable table, String unit, String row, String column, String pointer) {

  /** Returns the place of another column of the same row. */
  Place column(Column other) {
    int cut = pointer.lastIndexOf('/');
    return new Place(table, unit, row, other.label(), pointer.substring(0, cut + 1) + other.key());
  }

  /** Returns {@code 表7 一般公共预算支出表（按功能分类）, 深圳市医疗保障局, 21015 医疗保障管理事务, 项目支出}. */
  String describe() {
    StringBuilder text = new StringBuilder(table.toString());
    if (!unit.isEmpty()) {
      text.append(", ").append(unit);
    }
    if (!row.isEmpty()) {
      text.append(", ").append(row);
    }
    if (!column.isEmpty()) {
      text.append(", ").append(column);
    }
    return text.toString();
  }
}
