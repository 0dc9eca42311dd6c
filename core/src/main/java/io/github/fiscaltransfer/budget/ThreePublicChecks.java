package io.github.fiscaltransfer.budget;

import io.github.fiscaltransfer.money.PrintedAmount;

/** The "三公" table: each row adds up, and 增减变化金额 = this year − last year, per column. */
final class ThreePublicChecks {

  private ThreePublicChecks() {}

  static void check(ThreePublicTable table, String year, String previousYear, Equations equations) {
    TableFormat format = table.format();
    for (int s = 0; s < table.sections().size(); s++) {
      ThreePublicSection section = table.sections().get(s);
      String at = "/" + TableId.THREE_PUBLIC.key() + "/sections/" + s;
      RowChecks.check(section.previous(), place(section, previousYear, at + "/previous/total"), format, equations);
      RowChecks.check(section.current(), place(section, year, at + "/current/total"), format, equations);
      RowChecks.check(section.change(), place(section, "增减变化金额", at + "/change/total"), format, equations);
      for (ThreePublicColumn column : section.change().columns()) {
        PrintedAmount now = section.current().get(column).orElseThrow();
        PrintedAmount before = section.previous().get(column).orElseThrow();
        equations.compare(BudgetRule.CHANGE, place(section, "增减变化金额", at + "/change/total").column(column),
            section.change().get(column).orElseThrow(), now.toYuan().subtract(before.toYuan()), 3,
            Phrase.of("change"), format);
      }
    }
  }

  private static Place place(ThreePublicSection section, String row, String pointer) {
    return new Place(TableId.THREE_PUBLIC, section.unit(), row, "", pointer);
  }
}
