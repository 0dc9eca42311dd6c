package io.github.fiscaltransfer.reader.text;

import io.github.fiscaltransfer.reader.ReadReport;
import io.github.fiscaltransfer.reader.ReadRule;
import io.github.fiscaltransfer.validation.Arguments;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the rows of a 决算 table by subject code from its laid-out lines, one line at a time: a code in one piece
 * ({@code 2010601}) or in parts ({@code 201 06 01}, or 类, 款 and 项 in columns of their own, a part completing the
 * code above it), a total row ({@code 合计}), a name wrapped onto lines above or below its row, a row whose name and
 * figures follow on the next line, repeated headers and page numbers. Whatever it cannot place is a
 * {@code read.unread} finding at its line.
 *
 * <p>Names wrapped around their rows are joined by {@link WrappedNames}.
 */
final class SubjectLines {

  /** Words that only a header prints. */
  static final Pattern HEADER = Pattern.compile("项目|科目编码|科目名称|功能分类|经济分类|决算数|预算数|单位[：:]|[（(]续[）)]");
  /** Column headings printed on a header line of their own. */
  private static final Set<String> HEADINGS = Set.of("合计", "小计", "基本支出", "项目支出", "本年收入", "本年支出",
      "年初结转和结余", "年末结转和结余", "年初结转和", "年末结转和", "结余");
  private static final Set<String> TOTALS = Set.of("合计", "总计");
  private static final Pattern PAGE_NUMBER = Pattern.compile("\\d{1,2}|第\\d+页.*|[-—]\\d+[-—]");

  private final ReadReport.Builder report;
  private final List<Object> items = new ArrayList<>();
  private String lastClass = "";
  private String lastSection = "";
  private int sectionColumn = -1;

  SubjectLines(ReadReport.Builder report) {
    this.report = report;
  }

  /** Returns whether a line is (part of) a table header. */
  static boolean isHeader(PrintedLine line) {
    return line.figures().isEmpty() && (HEADER.matcher(line.text()).find()
        || line.onlyText() && line.pieces().stream().allMatch(p -> HEADINGS.contains(p.text().replace(" ", ""))));
  }

  /** Reads one line (or the part of one that belongs to this table). */
  void add(PrintedLine line) {
    if (line.isEmpty()) {
      return;
    }
    List<PrintedLine.Piece> pieces = line.pieces();
    PrintedLine.Piece first = pieces.get(0);
    if (pieces.size() == 1 && PAGE_NUMBER.matcher(first.text()).matches()) {
      report.add(ReadRule.PAGE_FURNITURE, first.position(), first.text(), "final-page-number", Arguments.none());
    } else if (isHeader(line)) {
      if (items.stream().noneMatch(PrintedRow.class::isInstance)) {
        dropPendingFragments();
      }
    } else if (line.onlyText() && TableCatalog.title(line.text()).isPresent()) {
      report.add(ReadRule.PAGE_FURNITURE, first.position(), line.text(), "final-title-repeated", Arguments.none());
    } else if (first.kind() == PrintedLine.Kind.CODE || first.kind() == PrintedLine.Kind.CODE_PART) {
      code(line);
    } else if (TOTALS.contains(first.text().replace(" ", "")) && !line.figures().isEmpty()) {
      items.add(new PrintedRow(first.text().replace(" ", ""), "", line.figures(), first.position()));
    } else if (line.onlyText()) {
      items.add(new WrappedNames.Fragment(line.text(), first.position()));
    } else {
      tail(line);
    }
  }

  private void code(PrintedLine line) {
    List<PrintedLine.Piece> pieces = line.pieces();
    PrintedLine.Piece first = pieces.get(0);
    int next = 1;
    String code;
    if (first.kind() == PrintedLine.Kind.CODE_PART) {
      boolean section = sectionColumn < 0 || first.start() <= sectionColumn + 1 || lastSection.isEmpty();
      code = (section ? lastClass : lastSection) + first.text();
      if (section) {
        sectionColumn = first.start();
      }
    } else {
      code = first.text();
      while (next < pieces.size() && pieces.get(next).kind() == PrintedLine.Kind.CODE_PART && code.length() < 7) {
        code += pieces.get(next++).text();
      }
    }
    if (code.length() != 3 && code.length() != 5 && code.length() != 7) {
      unread(first, "final-code-part");
      return;
    }
    lastClass = code.substring(0, 3);
    lastSection = code.length() >= 5 ? code.substring(0, 5) : "";
    StringBuilder name = new StringBuilder();
    List<PrintedLine.Piece> figures = new ArrayList<>();
    for (PrintedLine.Piece piece : pieces.subList(next, pieces.size())) {
      if (piece.isFigure()) {
        figures.add(piece);
      } else if (figures.isEmpty() && piece.kind() == PrintedLine.Kind.TEXT) {
        name.append(piece.text().replace(" ", ""));
      } else {
        unread(piece, "final-after-figures");
      }
    }
    items.add(new PrintedRow(code, name.toString(), List.copyOf(figures), first.position()));
  }

  /**
   * A line with a name and figures but no code: the rest of a row whose code stands alone on the line above. Figures
   * without a name (each cell on a line of its own, as plain {@code pdftotext} prints a table) are no row's.
   */
  private void tail(PrintedLine line) {
    Object last = items.isEmpty() ? null : items.get(items.size() - 1);
    if (last instanceof PrintedRow row && row.figures().isEmpty() && !row.namedOnLine() && !line.text().isEmpty()
        && !TOTALS.contains(row.code())) {
      row.complete(line.text(), line.figures());
    } else {
      unread(line.pieces().get(0), "final-no-code");
    }
  }

  /** Drops the text above the first header line: wrapped headings, which are no row's name. */
  private void dropPendingFragments() {
    while (!items.isEmpty() && items.get(items.size() - 1) instanceof WrappedNames.Fragment) {
      items.remove(items.size() - 1);
    }
  }

  private void unread(PrintedLine.Piece piece, String variant) {
    report.add(ReadRule.UNREAD, piece.position(), piece.text(), variant, Arguments.none());
  }

  /** Returns the rows read, total rows included, in printed order, their wrapped names joined. */
  List<PrintedRow> rows() {
    return WrappedNames.join(items, TOTALS::contains, report);
  }

}
