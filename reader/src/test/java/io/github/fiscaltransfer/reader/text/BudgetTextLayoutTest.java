package io.github.fiscaltransfer.reader.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fiscaltransfer.budget.DepartmentBudget;
import io.github.fiscaltransfer.reader.ReadResult;
import io.github.fiscaltransfer.reader.ReadRule;
import io.github.fiscaltransfer.reader.SeedTexts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Seed 004's tables in the layouts other disclosures print (each a layout the budget layout property of the testing
 * module found the reader could not read): read to the same document as printed, or a finding at the line.
 */
class BudgetTextLayoutTest {

  private static final BudgetTextReader READER = BudgetTextReader.create();
  private static final String SEED = SeedTexts.text(SeedTexts.SHENZHEN_BUDGET);
  private static final DepartmentBudget PRINTED = READER.read(SEED).document().orElseThrow();
  private static final Pattern NUMBER = Pattern.compile("表 ?(\\d+)\\n\\n(## )?");
  private static final String[] ORDINALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一"};
  private static final String WRAPPED = "\t2101202\t财政对城乡居民基本医疗保险基金的补助\t226,632\t0\t226,632";

  @Test
  void tablesNumberedWithOrdinalsOrNotAtAll() {
    String ordinals = NUMBER.matcher(SEED).replaceAll(m -> ORDINALS[Integer.parseInt(m.group(1)) - 1] + "、");
    String titlesOnly = NUMBER.matcher(SEED).replaceAll("");

    assertEquals(PRINTED, READER.read(ordinals).document().orElseThrow());
    assertEquals(PRINTED, READER.read(titlesOnly).document().orElseThrow());
  }

  @Test
  void aTitleRepeatedWithItsContinuationMark() {
    String titlesOnly = NUMBER.matcher(SEED).replaceAll("");
    String title = "## 一般公共预算支出表（按功能分类）";
    int first = titlesOnly.indexOf(title) + 1;
    String continued = titlesOnly.substring(0, first) + titlesOnly.substring(first).replace(title, title + "（续）");

    assertEquals(PRINTED, READER.read(continued).document().orElseThrow());
  }

  @Test
  void aHeaderRepeatedAloneOnTheNextPage() {
    List<String> lines = lines(SEED);
    int second = indexOf(lines, "表 7", 0);
    lines.subList(second, indexOf(lines, "单位：万元", second) + 1).clear();

    ReadResult<DepartmentBudget> read = READER.read(String.join("\n", lines));
    assertEquals(PRINTED, read.document().orElseThrow());
    assertTrue(read.report().findings().findings(ReadRule.PAGE_FURNITURE.id()).stream()
        .anyMatch(f -> f.message().startsWith("the repeated header of 表 7")), read.report()::toString);
  }

  @Test
  void aNameWrappedOntoTheNextLine() {
    String wrapped = SEED.replace(WRAPPED, "\t2101202\t财政对城乡居民基本医疗\t226,632\t0\t226,632\n\t\t保险基金的补助");
    int line = lines(wrapped).indexOf("\t\t保险基金的补助") + 1;

    ReadResult<DepartmentBudget> read = READER.read(wrapped);
    assertEquals(PRINTED, read.document().orElseThrow());
    assertTrue(read.report().findings().findings(ReadRule.JOINED.id()).stream()
        .anyMatch(f -> f.source().orElse("").startsWith("line " + line + ",")), read.report()::toString);
  }

  @Test
  void cellsSplitBySpacesReadWhereEveryCellIsPrinted() {
    List<String> lines = lines(SEED);
    int from = indexOf(lines, "表 3", 0);
    for (int i = indexOf(lines, "预算单位", from); i < indexOf(lines, "表 5", from); i++) {
      lines.set(i, lines.get(i).indexOf('\t') < 0 ? lines.get(i) : String.join("  ", Arrays.stream(lines.get(i).split("\t", -1)).map(c -> c.isEmpty() ? "-" : c)
          .toList()));
    }
    String dashes = String.join("\n", lines);
    int header = indexOf(lines, "-  -  -  -  小计", from);
    lines.set(header, lines.get(header).replace("-  ", ""));

    assertEquals(PRINTED, READER.read(dashes).document().orElseThrow());
    ReadResult<DepartmentBudget> blanks = READER.read(String.join("\n", lines));
    assertTrue(blanks.document().orElseThrow().expenditure().isEmpty(), "no column guessed");
    assertTrue(blanks.report().findings().findings(ReadRule.UNREAD.id()).stream()
        .anyMatch(f -> f.source().orElse("").startsWith("line " + (header + 1) + ",")), blanks.report()::toString);
  }

  private static List<String> lines(String text) {
    return new ArrayList<>(text.lines().toList());
  }

  private static int indexOf(List<String> lines, String start, int from) {
    for (int i = from + 1; i < lines.size(); i++) {
      if (lines.get(i).startsWith(start)) {
        return i;
      }
    }
    throw new AssertionError("no line " + start + " after line " + from);
  }
}
