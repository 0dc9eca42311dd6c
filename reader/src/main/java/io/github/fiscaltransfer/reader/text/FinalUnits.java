package io.github.fiscaltransfer.reader.text;

import io.github.fiscaltransfer.reader.ReadReport;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the units a 部门决算 covers (部门决算单位构成): the numbered list under the header {@code 序号 单位名称}, a name
 * wrapped around its number joined ({@link WrappedNames}), up to the part's end (the 决算表 title or the first table).
 */
final class FinalUnits {

  private static final Pattern HEADER = Pattern.compile("序号.*单位名称");
  private static final Pattern ROW = Pattern.compile("^(\\d{1,3})(?:\\s+(.*))?$");
  private static final Pattern END = Pattern.compile("部门决算|第[一二三四五六七八九十]+部分");

  private FinalUnits() {}

  /** Returns the unit names, in printed order, each once. */
  static List<String> read(SourceLines lines, int until, ReadReport.Builder report) {
    int start = 0;
    while (start < until && !HEADER.matcher(NoticeLines.compact(lines.stripped(start))).find()) {
      start++;
    }
    List<Object> items = new ArrayList<>();
    for (int i = start + 1; i < until; i++) {
      String line = lines.stripped(i);
      if (line.isEmpty()) {
        continue;
      }
      if (END.matcher(NoticeLines.compact(line)).find()) {
        break;
      }
      Matcher row = ROW.matcher(line);
      if (row.matches()) {
        String name = row.group(2) == null ? "" : NoticeLines.compact(row.group(2));
        items.add(new PrintedRow(row.group(1), name, List.of(), lines.start(i)));
      } else {
        items.add(new WrappedNames.Fragment(NoticeLines.compact(line), lines.start(i)));
      }
    }
    Set<String> units = new LinkedHashSet<>();
    WrappedNames.join(items, code -> false, report).forEach(row -> units.add(row.name()));
    units.remove("");
    return List.copyOf(units);
  }
}
