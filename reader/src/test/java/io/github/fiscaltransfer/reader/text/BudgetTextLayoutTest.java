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
  private static final String TOTAL_7 = "深圳市医疗保障局\t\t\t268,660\t16,269\t252,391";
  private static final String WRAPPED = "\t2101202\t财政对城乡居民基本医疗保险基金的补助\t226,632\t0\t226,632";

  @Test
  void tablesNumberedWithOrdinalsOrNotAtAll() {
    String ordinals = NUMBER.matcher(SEED).replaceAll(m -> ORDINALS[Integer.parseInt(m.group(1)) - 1] + "、");
    String titlesOnly = NUMBER.matcher(SEED).replaceAll("");

    String inline = NUMBER.matcher(SEED).replaceAll(m -> "表" + m.group(1) + " ");

    assertEquals(PRINTED, READER.read(ordinals).document().orElseThrow());
    assertEquals(PRINTED, READER.read(titlesOnly).document().orElseThrow());
    assertEquals(PRINTED, READER.read(inline).document().orElseThrow(), "表1 收支总表 on one line");
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
  void aNameWrappedUnderItsColumnWhereCellsAreSplitBySpaces() {
    List<String> lines = lines(SEED);
    int row = indexOf(lines, "2. 政府性基金预算拨款\t1,477\t机关事业单位基本养老保险缴费支出", 0);
    lines.set(row, "2. 政府性基金预算拨款  1,477  机关事业单位基本养老  921");
    lines.add(row + 1, " ".repeat("2. 政府性基金预算拨款  1,477  ".length()) + "保险缴费支出");

    ReadResult<DepartmentBudget> read = READER.read(String.join("\n", lines));
    assertEquals(PRINTED, read.document().orElseThrow(), read.report()::toString);
    assertTrue(read.report().findings().findings(ReadRule.JOINED.id()).stream()
        .anyMatch(f -> f.source().orElse("").startsWith("line " + (row + 2) + ",")), read.report()::toString);
  }

  @Test
  void aPieceOfNameUnderNoCellIsAFindingAtItsLine() {
    List<String> lines = lines(SEED);
    int row = indexOf(lines, "2. 政府性基金预算拨款\t1,477\t机关事业单位基本养老保险缴费支出", 0);
    lines.set(row, "2. 政府性基金预算拨款  1,477  机关事业单位基本养老  921");
    lines.add(row + 1, "    保险缴费支出");

    ReadResult<DepartmentBudget> read = READER.read(String.join("\n", lines));
    assertTrue(read.report().findings().findings(ReadRule.UNREAD.id()).stream()
        .anyMatch(f -> f.source().orElse("").startsWith("line " + (row + 2) + ",")), read.report()::toString);
  }

  @Test
  void theTotalRowLabelled合计AndPrintedLast() {
    String subjects = SEED.replace(TOTAL_7 + "\n", "").replace("\t2210203\t购房补贴\t982\t982\t0",
        "\t2210203\t购房补贴\t982\t982\t0\n合计\t\t\t268,660\t16,269\t252,391");
    String units = "深圳市医疗保障局\t273,800\t265,760\t16,269\t9,993\t239,498\t0\t1,477\t0\t0\t0\t0\t0\t0\t3,663\t2,900";
    String centre = "深圳市医疗保险基金管理中心\t256,890\t251,414\t6,283\t5,633\t239,498\t0\t1,477\t0\t0\t0\t0\t0\t0\t2,234\t1,764";
    String grid = SEED.replace(units + "\n", "").replace(centre, centre + "\n合计" + units.substring(8));

    assertEquals(PRINTED, READER.read(subjects).document().orElseThrow());
    assertEquals(PRINTED, READER.read(grid).document().orElseThrow());
  }

  @Test
  void subjectCodesOverThreeColumnsUnderAHeaderOfTwoLines() {
    List<String> lines = lines(SEED);
    int from = indexOf(lines, "表7", 0);
    for (int i = from; i < indexOf(lines, "表 11", from); i++) {
      String line = lines.get(i);
      if (line.startsWith("预算单位\t科目编码")) {
        lines.set(i, "预算单位\t科目编码\t\t\t科目名称\t支出总计\t\t\n\t类\t款\t项\t\t小计\t基本支出\t项目支出");
      } else if (line.matches("\\t\\d{3,7}\\t.*")) {
        String code = line.split("\t")[1];
        lines.set(i, "\t" + code.substring(0, 3) + "\t" + (code.length() > 3 ? code.substring(3, 5) : "") + "\t"
            + (code.length() > 5 ? code.substring(5) : "") + line.substring(code.length() + 1));
      } else if (line.matches("[^\\t]+\\t\\t\\t.*")) {
        lines.set(i, line.replaceFirst("\\t\\t\\t", "\t\t\t\t\t"));
      }
    }

    assertEquals(PRINTED, READER.read(String.join("\n", lines)).document().orElseThrow());
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

  @Test
  void anUnreadableDepartmentTotalIsNotReplacedByAUnitsRow() {
    ReadResult<DepartmentBudget> read = READER.read(SEED.replace(TOTAL_7, TOTAL_7.replace("268,660", "268 660")));

    DepartmentBudget budget = read.document().orElseThrow();
    assertTrue(budget.generalPublic().isEmpty(), () -> budget.generalPublic().toString());
    assertEquals(PRINTED.units(), budget.units(), "the units are those 政府性基金预算支出表 prints a section for");
    assertEquals(PRINTED.expenditure(), budget.expenditure(), "支出总表 read with them");
    assertEquals(List.of("268 660"), read.report().findings().findings(ReadRule.AMBIGUOUS.id()).stream()
        .map(f -> f.actual().orElse("")).toList());
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
