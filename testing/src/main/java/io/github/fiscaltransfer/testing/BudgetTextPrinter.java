package io.github.fiscaltransfer.testing;

import io.github.fiscaltransfer.budget.BalanceTable;
import io.github.fiscaltransfer.budget.BudgetTask;
import io.github.fiscaltransfer.budget.Cells;
import io.github.fiscaltransfer.budget.Column;
import io.github.fiscaltransfer.budget.DepartmentBudget;
import io.github.fiscaltransfer.budget.ExpenditureColumn;
import io.github.fiscaltransfer.budget.GridTable;
import io.github.fiscaltransfer.budget.PerformanceGoalTable;
import io.github.fiscaltransfer.budget.RevenueColumn;
import io.github.fiscaltransfer.budget.Row;
import io.github.fiscaltransfer.budget.SubjectRow;
import io.github.fiscaltransfer.budget.SubjectSection;
import io.github.fiscaltransfer.budget.SubjectTable;
import io.github.fiscaltransfer.budget.TableId;
import io.github.fiscaltransfer.budget.ThreePublicColumn;
import io.github.fiscaltransfer.budget.ThreePublicSection;
import io.github.fiscaltransfer.budget.ThreePublicTable;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.testing.BudgetLayout.TotalRow;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Prints a {@link DepartmentBudget}'s tables as a published disclosure's text, as a PDF-to-text tool gives it, in a
 * {@link BudgetLayout}: a title line, then 收支总表, 收入总表, 支出总表, 项目支出总表, 政府预算拨款收支总表, the
 * three tables by function subject, the "三公" table and 绩效目标表's tasks (not its goals or indicators), each under its
 * catalog title, 部门名称 (绩效目标表: 年度) and 单位 lines, with the column header and one line a row, as seed 004
 * prints them.
 *
 * <p>Immutable and thread-safe: each {@link #print} prints afresh.
 */
public final class BudgetTextPrinter {

  /** A name longer than this many characters wraps onto the next line, when the layout wraps names. */
  public static final int WRAP_AT = 10;

  private static final String SUM = "合计";
  private static final String[] ORDINALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一"};

  /** The lines a table takes, 1-based and inclusive, from its first title line to its last row. */
  public record Span(int first, int last) {

    /**
     * Returns whether a 1-based line lies in the span.
     *
     * @param line the line
     * @return true if it does
     */
    public boolean contains(int line) {
      return line >= first && line <= last;
    }
  }

  /** A budget printed: the text and where each printed table lies in it. */
  public record Printed(String text, Map<TableId, Span> spans) {

    /**
     * Copies the spans.
     *
     * @throws NullPointerException if any is null
     */
    public Printed {
      Objects.requireNonNull(text, "text");
      spans = Collections.unmodifiableMap(new EnumMap<>(spans));
    }
  }

  /** A row as printed: its cells, and the index of the cell whose name may wrap (-1 for none). */
  private record Line(List<String> cells, int wraps) {}

  private final BudgetLayout layout;
  private final String department;
  private final String year;
  private final List<String> lines = new ArrayList<>();
  private final Map<TableId, Span> spans = new EnumMap<>(TableId.class);
  private int page = 1;

  private BudgetTextPrinter(BudgetLayout layout, String department, String year) {
    this.layout = layout;
    this.department = department;
    this.year = year;
  }

  /**
   * Prints a budget's tables in a layout.
   *
   * @param budget the budget, not null
   * @param layout the layout, not null
   * @return the text and the tables' spans, not null
   */
  public static Printed print(DepartmentBudget budget, BudgetLayout layout) {
    BudgetTextPrinter printer = new BudgetTextPrinter(Objects.requireNonNull(layout, "layout"), budget.department(),
        budget.year().toString());
    printer.lines.add(budget.department() + " " + budget.year() + " 年部门预算");
    printer.lines.add("以下为本部门" + budget.year() + "年部门预算公开表。");
    String year = budget.year().toString();
    budget.summary().ifPresent(t -> printer.balance(TableId.SUMMARY, t, year));
    budget.revenue().ifPresent(t -> printer.grid(TableId.REVENUE, "预算单位", t, year));
    budget.expenditure().ifPresent(t -> printer.grid(TableId.EXPENDITURE, "预算单位", t, year));
    budget.projectExpenditure().ifPresent(t -> printer.grid(TableId.PROJECT_EXPENDITURE, "支出项目类别", t, year));
    budget.appropriations().ifPresent(t -> printer.balance(TableId.APPROPRIATIONS, t, year));
    budget.generalPublic().ifPresent(t -> printer.subjects(TableId.GENERAL_PUBLIC, t, year));
    budget.threePublic().ifPresent(t -> printer.threePublic(t, budget.year().getValue()));
    budget.governmentFund().ifPresent(t -> printer.subjects(TableId.GOVERNMENT_FUND, t, year));
    budget.stateCapital().ifPresent(t -> printer.subjects(TableId.STATE_CAPITAL, t, year));
    budget.performance().ifPresent(printer::performance);
    String text = String.join(layout.crlf() ? "\r\n" : "\n", printer.lines);
    return new Printed((layout.bom() ? "\uFEFF" : "") + text, printer.spans);
  }

  // 表1 and 表6: 收入 items and figures on the left, 支出 subjects and figures on the right, the totals last.
  private void balance(TableId id, BalanceTable table, String year) {
    List<List<String>> header = new ArrayList<>();
    if (layout.headerLines() > 1) {
      header.add(List.of("收 入", "", "支 出", ""));
    }
    header.add(List.of("项 目", year + " 年预算数", "项 目", year + " 年预算数"));
    List<List<String>> left = new ArrayList<>();
    Cells<RevenueColumn> revenue = table.revenue();
    List<RevenueColumn> totals = List.of(RevenueColumn.TOTAL, RevenueColumn.CURRENT_YEAR, RevenueColumn.CARRY_OVER);
    for (RevenueColumn column : sorted(revenue.columns())) {
      if (!totals.contains(column)) {
        left.add(List.of(column.header().label(), figure(revenue.get(column).orElseThrow())));
      }
    }
    List<List<String>> right = new ArrayList<>();
    for (SubjectSection<ExpenditureColumn> section : table.expenditure().sections()) {
      for (SubjectRow<ExpenditureColumn> row : section.rows()) {
        right.add(List.of(row.subject().name().orElse(""),
            figure(row.cells().get(ExpenditureColumn.TOTAL).orElseThrow())));
      }
    }
    List<Line> rows = new ArrayList<>();
    for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
      List<String> cells = new ArrayList<>(i < left.size() ? left.get(i) : List.of("", ""));
      cells.addAll(i < right.size() ? right.get(i) : List.of("", ""));
      rows.add(new Line(cells, 2));
    }
    rows.add(new Line(List.of("本年收入合计", amount(revenue, RevenueColumn.CURRENT_YEAR), "本年支出合计",
        figure(table.currentExpenditure())), -1));
    rows.add(new Line(List.of("上年结余、结转", amount(revenue, RevenueColumn.CARRY_OVER), "结转下年",
        figure(table.carryForward())), -1));
    rows.add(new Line(List.of("收入总计", amount(revenue, RevenueColumn.TOTAL), "支出总计",
        figure(table.totalExpenditure())), -1));
    table(id, header, rows);
  }

  private String amount(Cells<RevenueColumn> cells, RevenueColumn column) {
    return cells.get(column).map(this::figure).orElse("");
  }

  // 表2, 表3, 表5: a row a unit or project, the department's total first or last.
  private <C extends Enum<C> & Column> void grid(TableId id, String lead, GridTable<C> table, String year) {
    TreeSet<C> present = new TreeSet<>();
    table.total().ifPresent(total -> present.addAll(total.columns()));
    table.rows().forEach(row -> present.addAll(row.cells().columns()));
    List<C> columns = List.copyOf(present);
    List<List<String>> header = header(List.of(lead), columns, year);
    List<Line> rows = new ArrayList<>();
    for (Row<C> row : table.rows()) {
      rows.add(new Line(cells(List.of(row.label()), row.cells(), columns), 0));
    }
    table.total().ifPresent(total -> total(rows, cells(List.of(totalLabel()), total, columns)));
    table(id, header, rows);
  }

  // 表7, 表9, 表10: the department's total, then a section a unit: its total row, then a row a subject.
  private void subjects(TableId id, SubjectTable<ExpenditureColumn> table, String year) {
    List<ExpenditureColumn> columns = List.copyOf(new TreeSet<>(table.total().orElseThrow().columns()));
    List<String> codes = layout.splitCodes() ? List.of("", "", "") : List.of("");
    List<String> lead = new ArrayList<>(List.of("预算单位", "科目编码"));
    lead.addAll(codes.subList(1, codes.size()));
    lead.add("科目名称");
    List<List<String>> header = new ArrayList<>(header(lead, columns, year));
    if (layout.splitCodes() && layout.headerLines() > 1) {
      List<String> last = new ArrayList<>(header.get(header.size() - 1));
      last.set(1, "类");
      last.set(2, "款");
      last.set(3, "项");
      header.set(header.size() - 1, last);
    }
    List<Line> rows = new ArrayList<>();
    for (SubjectSection<ExpenditureColumn> section : table.sections()) {
      List<String> unit = new ArrayList<>(List.of(section.unit().orElse("")));
      unit.addAll(codes);
      unit.add("");
      rows.add(new Line(cells(unit, section.total().orElseThrow(), columns), -1));
      for (SubjectRow<ExpenditureColumn> row : section.rows()) {
        List<String> subject = new ArrayList<>(List.of(""));
        subject.addAll(code(row.subject().code().digits()));
        subject.add(row.subject().name().orElse(""));
        rows.add(new Line(cells(subject, row.cells(), columns), subject.size() - 1));
      }
    }
    List<String> total = new ArrayList<>(List.of(totalLabel()));
    total.addAll(codes);
    total.add("");
    total(rows, cells(total, table.total().orElseThrow(), columns));
    table(id, header, rows);
  }

  private List<String> code(String digits) {
    if (!layout.splitCodes()) {
      return List.of(digits);
    }
    return List.of(digits.substring(0, 3), digits.length() > 3 ? digits.substring(3, 5) : "",
        digits.length() > 5 ? digits.substring(5) : "");
  }

  // 表8: a section a unit, of last year, this year and the change.
  private void threePublic(ThreePublicTable table, int year) {
    List<ThreePublicColumn> columns = List.copyOf(new TreeSet<>(table.sections().get(0).current().columns()));
    List<List<String>> header = header(List.of("预算单位", "年度"), columns, Integer.toString(year));
    List<Line> rows = new ArrayList<>();
    for (ThreePublicSection section : table.sections()) {
      rows.add(new Line(cells(List.of(section.unit(), (year - 1) + " 年"), section.previous(), columns), 0));
      rows.add(new Line(cells(List.of("", year + " 年"), section.current(), columns), -1));
      rows.add(new Line(cells(List.of("", "增减变化金额"), section.change(), columns), -1));
    }
    table(TableId.THREE_PUBLIC, header, rows);
  }

  // 表11: the names row and the task header, then a row a task and 金额合计.
  private void performance(PerformanceGoalTable table) {
    List<List<String>> header = List.of(
        List.of("部门（单位）名称", "", table.department(), "主管部门", table.supervisor(), ""),
        List.of("年度主要任务", "任务名称", "主要内容", "预算金额（万元）", "", ""),
        List.of("", "", "", "总额", "其中：财政拨款", "其中：其他资金"));
    List<Line> rows = new ArrayList<>();
    for (BudgetTask task : table.tasks()) {
      rows.add(new Line(task("", task), 1));
    }
    List<String> totals = new ArrayList<>(task("", table.totals()));
    totals.remove(0);
    rows.add(new Line(totals, -1));
    table(TableId.PERFORMANCE, header, rows);
  }

  private List<String> task(String lead, BudgetTask task) {
    return List.of(lead, task.name(), task.content(), figure(task.total()),
        task.fiscal().map(this::figure).orElse(""), task.other().map(this::figure).orElse(""));
  }

  private String totalLabel() {
    return layout.totalRow() == TotalRow.DEPARTMENT_FIRST ? department : SUM;
  }

  private void total(List<Line> rows, List<String> cells) {
    rows.add(layout.totalRow() == TotalRow.SUM_LAST ? rows.size() : 0, new Line(cells, -1));
  }

  /**
   * The header over lead cells and figure columns: one line of labels; or a parent's label above its children's
   * (小计 under a parent that has children); or that under a line naming the budget year.
   */
  private <C extends Enum<C> & Column> List<List<String>> header(List<String> lead, List<C> columns, String year) {
    List<String> blank = Collections.nCopies(lead.size(), "");
    if (layout.headerLines() == 1) {
      List<String> line = new ArrayList<>(lead);
      columns.forEach(c -> line.add(c.header().label()));
      return List.of(line);
    }
    List<String> top = new ArrayList<>(lead);
    List<String> below = new ArrayList<>(blank);
    for (C column : columns) {
      boolean child = column.header().parent().filter(columns::contains).isPresent();
      boolean parent = columns.stream().anyMatch(c -> c.header().parent().filter(column::equals).isPresent());
      top.add(child ? "" : column.header().label());
      below.add(child ? column.header().label() : parent ? "小计" : "");
    }
    if (layout.headerLines() == 2) {
      return List.of(top, below);
    }
    List<String> years = new ArrayList<>(blank);
    years.add(year + " 年预算");
    columns.subList(1, columns.size()).forEach(c -> years.add(""));
    return List.of(years, top, below);
  }

  private <C extends Enum<C> & Column> List<String> cells(List<String> lead, Cells<C> cells, List<C> columns) {
    List<String> printed = new ArrayList<>(lead);
    columns.forEach(column -> printed.add(cells.get(column).map(this::figure).orElse("")));
    return printed;
  }

  private static <C extends Enum<C>> List<C> sorted(java.util.Set<C> columns) {
    return List.copyOf(new TreeSet<>(columns));
  }

  private String figure(PrintedAmount amount) {
    String text = layout.separators() ? amount.formatFigure() : amount.figure().toPlainString();
    if (!layout.fullWidth()) {
      return text;
    }
    StringBuilder wide = new StringBuilder();
    text.chars().forEach(c -> wide.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : (char) c));
    return wide.toString();
  }

  private void table(TableId id, List<List<String>> header, List<Line> rows) {
    lines.add("");
    int first = lines.size() + 1;
    heading(id, false);
    header.forEach(line -> lines.add(joined(line, false)));
    for (int i = 0; i < rows.size(); i++) {
      row(rows.get(i));
      if (layout.pageEvery() > 0 && (i + 1) % layout.pageEvery() == 0 && i + 1 < rows.size()) {
        pageBreak(id, header);
      }
    }
    spans.put(id, new Span(first, lines.size()));
  }

  private void heading(TableId id, boolean continued) {
    String title = id.title() + (continued && layout.continued() ? "（续）" : "");
    String number = "表" + (id.number() % 2 == 0 ? "" : " ") + id.number();
    switch (layout.numbering()) {
      case NUMBER_LINE -> {
        lines.add(number);
        lines.add(title);
      }
      case NUMBER_INLINE -> lines.add(number + " " + title);
      case ORDINAL -> lines.add(ORDINALS[id.number() - 1] + "、" + title);
      case NONE -> lines.add(title);
    }
    lines.add(id == TableId.PERFORMANCE ? year + " 年度" : "部门名称：" + department);
    lines.add("单位：万元");
  }

  private void pageBreak(TableId id, List<List<String>> header) {
    page++;
    if (layout.pageNumber()) {
      lines.add("- " + page + " -");
    }
    if (layout.repeatTitle()) {
      heading(id, true);
    } else if (layout.continued()) {
      lines.add("（续）");
    }
    if (layout.repeatHeader()) {
      header.forEach(line -> lines.add(joined(line, false)));
    }
  }

  private void row(Line row) {
    List<String> cells = new ArrayList<>(row.cells());
    String rest = "";
    if (layout.wrap() && row.wraps() >= 0 && cells.get(row.wraps()).length() > WRAP_AT) {
      String name = cells.get(row.wraps());
      cells.set(row.wraps(), name.substring(0, WRAP_AT));
      rest = name.substring(WRAP_AT);
    }
    String line = joined(cells, true);
    lines.add(line);
    if (!rest.isEmpty()) {
      List<String> continued = new ArrayList<>(Collections.nCopies(row.wraps(), ""));
      continued.add(rest);
      lines.add(layout.tabs() ? joined(continued, false) : " ".repeat(column(cells, row.wraps())) + rest);
    }
  }

  /** The column where a cell starts in a line split by spaces, under which a wrapped name continues. */
  private int column(List<String> cells, int index) {
    return String.join("  ", cells.subList(0, index).stream().map(c -> c.isEmpty() && layout.dashes() ? "-" : c)
        .toList()).length() + (index > 0 ? 2 : 0);
  }

  /** Joins cells with a tab or two spaces, an empty cell printed as {@code -} where the layout says so. */
  private String joined(List<String> cells, boolean dashes) {
    List<String> printed = cells.stream().map(c -> c.isEmpty() && dashes && layout.dashes() ? "-" : c).toList();
    return String.join(layout.tabs() ? "\t" : "  ", printed);
  }

  @Override
  public String toString() {
    return "BudgetTextPrinter[" + layout + "]";
  }
}
