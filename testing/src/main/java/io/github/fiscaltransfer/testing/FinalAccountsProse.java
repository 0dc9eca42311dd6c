package io.github.fiscaltransfer.testing;

import io.github.fiscaltransfer.budget.Cells;
import io.github.fiscaltransfer.budget.ExpenditureColumn;
import io.github.fiscaltransfer.budget.FinalAccounts;
import io.github.fiscaltransfer.budget.FinalIncomeColumn;
import io.github.fiscaltransfer.budget.FinalOutgoColumn;
import io.github.fiscaltransfer.budget.SubjectRow;
import io.github.fiscaltransfer.budget.SubjectTable;
import io.github.fiscaltransfer.budget.ThreePublicColumn;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.subject.SubjectLevel;
import io.github.fiscaltransfer.testing.BudgetProse.Fault;
import io.github.fiscaltransfer.testing.BudgetProse.Written;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes the 情况说明 (第三部分) of a 部门决算 from its own tables, each figure in a {@link ProseForm} taken in turn:
 * 收入支出总计 and 财政拨款收入支出总计 with a change on last year (made up: a 决算 prints no last year, so the
 * change is checked only against the stated figures), 本年收入合计 with 财政拨款收入 as its share, 本年支出合计 with
 * 基本支出 and 项目支出, 一般公共预算财政拨款支出 with each 类 as its share, 基本支出 with 人员经费 and 公用经费, the
 * "三公" 预算数 and 决算数 with its completion rate (完成年初预算的), and 无政府性基金/国有资本经营预算财政拨款收入和支出 where those tables print only zeros.
 * Shares and percentages are computed from the figures as printed, so one {@link Fault} (a figure, a sign word or a
 * percentage printed wrong) puts exactly one statement wrong.
 *
 * <p>Immutable and thread-safe.
 */
public final class FinalAccountsProse {

  /** One figure statement before it is written: its words, the figure, its whole, its change on last year. */
  private static final class Figure {
    private final String head;
    private final Figure whole;
    private final boolean continues;
    private final int paragraph;
    private BigDecimal figure;
    private BigDecimal change;
    private String name;
    /** Whether the whole is the budget the figure completes (完成年初预算的 Z%) rather than a total (占 Z%). */
    private boolean completes;

    Figure(String head, BigDecimal figure, Figure whole, boolean continues, int paragraph) {
      this.head = head;
      this.figure = figure;
      this.whole = whole;
      this.continues = continues;
      this.paragraph = paragraph;
    }
  }

  private final FinalAccounts accounts;
  private final List<ProseForm> forms;
  /** Headings and table statements as written, null for a paragraph of figures. */
  private final List<String> paragraphs = new ArrayList<>();
  private final List<Figure> figures = new ArrayList<>();
  private int current = -1;
  private int tableStatements;

  private FinalAccountsProse(FinalAccounts accounts, List<ProseForm> forms) {
    this.accounts = Objects.requireNonNull(accounts, "accounts");
    this.forms = List.copyOf(forms);
    if (this.forms.isEmpty()) {
      throw new IllegalArgumentException("At least one form is needed");
    }
  }

  /**
   * Writes a 决算's 情况说明.
   *
   * @param accounts the document, not null
   * @param forms the forms, used in turn, not empty
   * @param fault the fault to print, empty for none
   * @param at which figure statement (modulo their count) the fault goes to, or the next that can take it
   * @return the prose, not null
   */
  public static Written write(FinalAccounts accounts, List<ProseForm> forms, Optional<Fault> fault, int at) {
    FinalAccountsProse prose = new FinalAccountsProse(accounts, forms);
    prose.collect();
    return prose.print(fault, at);
  }

  private void collect() {
    String year = accounts.year() + "年度";
    heading("一、收入支出决算总体情况说明");
    accounts.summary().flatMap(t -> t.total().get(FinalOutgoColumn.TOTAL)).ifPresent(total ->
        changed(accounts.department() + year + "收入支出总计", total, "收入支出总计"));
    heading("二、收入决算情况说明");
    accounts.summary().flatMap(t -> t.income().get(FinalIncomeColumn.CURRENT_YEAR)).ifPresent(income -> {
      Figure whole = add("本年收入合计", income, null, false);
      accounts.income().flatMap(t -> t.total()).flatMap(c -> c.get(FinalIncomeColumn.FISCAL))
          .ifPresent(fiscal -> add("其中：财政拨款收入", fiscal, whole, true));
    });
    heading("三、支出决算情况说明");
    accounts.summary().flatMap(t -> t.currentYear()).flatMap(c -> c.get(FinalOutgoColumn.TOTAL)).ifPresent(spent -> {
      Figure whole = add("本年支出合计", spent, null, false);
      Optional<Cells<ExpenditureColumn>> total = accounts.expenditure().flatMap(SubjectTable::total);
      total.flatMap(c -> c.get(ExpenditureColumn.BASIC)).ifPresent(b -> add("其中：基本支出", b, whole, true));
      total.flatMap(c -> c.get(ExpenditureColumn.PROJECT)).ifPresent(p -> add("项目支出", p, whole, false));
    });
    heading("四、财政拨款收入支出决算总体情况说明");
    accounts.appropriations().flatMap(t -> t.total().get(FinalOutgoColumn.TOTAL)).ifPresent(total ->
        changed(accounts.department() + year + "财政拨款收入支出总计", total, "财政拨款收入支出总计"));
    heading("五、一般公共预算财政拨款支出决算情况说明");
    accounts.generalPublic().ifPresent(this::classes);
    heading("六、一般公共预算财政拨款基本支出决算情况说明");
    accounts.basicExpenditure().ifPresent(t -> {
      add("一般公共预算财政拨款基本支出", t.personnel().plus(t.publicUse()), null, false);
      add("其中：人员经费", t.personnel(), null, false);
      add("公用经费", t.publicUse(), null, false);
    });
    heading("七、财政拨款“三公”经费支出决算情况说明");
    accounts.threePublic().ifPresent(t -> {
      Optional<PrintedAmount> budgeted = t.budgeted().flatMap(c -> c.get(ThreePublicColumn.TOTAL));
      Figure budget = budgeted.map(b -> add("“三公”经费财政拨款支出年初预算", b, null, false)).orElse(null);
      t.actual().flatMap(c -> c.get(ThreePublicColumn.TOTAL)).ifPresent(a -> {
        Figure actual = add(budget != null ? "支出决算" : "“三公”经费财政拨款支出决算", a, budget, budget != null);
        actual.completes = budget != null;
      });
      t.actual().flatMap(c -> c.get(ThreePublicColumn.RECEPTION)).ifPresent(r ->
          add("其中：公务接待费支出决算", r, null, false));
    });
    empty(accounts.governmentFund(), "政府性基金");
    empty(accounts.stateCapital(), "国有资本经营");
  }

  /** 一般公共预算财政拨款支出 and each 类 as its share, in one paragraph. */
  private void classes(SubjectTable<ExpenditureColumn> table) {
    Optional<PrintedAmount> total = table.total().flatMap(c -> c.get(ExpenditureColumn.TOTAL));
    if (total.isEmpty()) {
      return;
    }
    Figure whole = add("一般公共预算财政拨款支出", total.get(), null, false);
    String lead = "主要用于以下方面：";
    for (var section : table.sections()) {
      for (SubjectRow<ExpenditureColumn> row : section.rows()) {
        Optional<PrintedAmount> cell = row.cells().get(ExpenditureColumn.TOTAL);
        if (row.subject().code().level() == SubjectLevel.CLASS && cell.isPresent()
            && row.subject().name().isPresent()) {
          add(lead + row.subject().name().get() + "（类）", cell.get(), whole, !lead.isEmpty());
          lead = "";
        }
      }
    }
  }

  private void empty(Optional<? extends SubjectTable<?>> table, String fund) {
    boolean zeros = table.isPresent() && table.get().sections().stream().allMatch(s -> s.rows().stream()
        .allMatch(r -> r.cells().amounts().values().stream().allMatch(a -> a.figure().signum() == 0)));
    if (zeros) {
      paragraphs.add(accounts.department() + accounts.year() + "年度无" + fund + "预算财政拨款收入和支出。");
      current = -1;
      tableStatements++;
    }
  }

  private void heading(String text) {
    paragraphs.add(text);
    current = -1;
  }

  /** A total with a made-up change on last year (a tenth of it, from 1万元 up): a 决算 prints no last year. */
  private void changed(String head, PrintedAmount figure, String name) {
    current = -1;
    Figure stated = add(head, figure, null, false);
    if (figure.figure().compareTo(BigDecimal.ONE) > 0) {
      stated.change = figure.figure().divide(BigDecimal.TEN, 2, RoundingMode.DOWN).max(new BigDecimal("0.01"));
      stated.name = name;
    }
    current = -1;
  }

  private Figure add(String head, PrintedAmount figure, Figure whole, boolean continues) {
    if (current < 0) {
      paragraphs.add(null);
      current = paragraphs.size() - 1;
    }
    Figure stated = new Figure(head, figure.figure(), whole, continues, current);
    figures.add(stated);
    return stated;
  }

  private Written print(Optional<Fault> fault, int at) {
    int target = target(fault, at);
    Optional<Fault> printed = target < 0 ? Optional.empty() : fault.filter(f -> eligible(figures.get(target), f))
        .or(() -> Optional.of(Fault.FIGURE));
    if (printed.filter(f -> f == Fault.FIGURE).isPresent()) {
      figures.get(target).figure = figures.get(target).figure.add(new BigDecimal("0.07"));
    }
    StringBuilder[] texts = new StringBuilder[paragraphs.size()];
    for (int i = 0; i < figures.size(); i++) {
      Figure figure = figures.get(i);
      if (texts[figure.paragraph] == null) {
        texts[figure.paragraph] = new StringBuilder();
      }
      boolean last = i + 1 == figures.size() || figures.get(i + 1).paragraph != figure.paragraph;
      String end = !last && figures.get(i + 1).continues ? "，" : !last && figure.whole != null ? "；" : "。";
      texts[figure.paragraph].append(sentence(figure, forms.get(i % forms.size()), end,
          i == target ? printed : Optional.empty()));
    }
    List<String> lines = new ArrayList<>();
    lines.add("第三部分 " + accounts.department() + accounts.year() + "年度部门决算情况说明");
    int faultLine = 0;
    for (int p = 0; p < paragraphs.size(); p++) {
      String line = paragraphs.get(p) != null ? paragraphs.get(p) : texts[p] == null ? null : texts[p].toString();
      if (line == null) {
        continue;
      }
      if (target >= 0 && figures.get(target).paragraph == p) {
        faultLine = 2 * lines.size() + 1;
      }
      lines.add(line);
    }
    lines.add("第四部分 名词解释");
    return new Written(String.join("\n\n", lines) + "\n", figures.size() + tableStatements, faultLine,
        target < 0 ? Optional.empty() : printed);
  }

  private String sentence(Figure figure, ProseForm form, String end, Optional<Fault> fault) {
    boolean wrongPercent = fault.filter(f -> f == Fault.PERCENT).isPresent();
    StringBuilder text = new StringBuilder(figure.head)
        .append(figure.head.endsWith("预算") || figure.head.endsWith("决算") ? "为" : VERBS.get(form.verbForm()))
        .append(form.amount(figure.figure));
    if (figure.whole != null && figure.whole.figure.signum() > 0) {
      text.append(figure.completes ? "，完成年初预算的" : "，占").append(form.percent(percent(figure.figure, figure.whole.figure, form,
          wrongPercent && figure.change == null)));
    }
    text.append(end);
    if (figure.change != null) {
      text.append(comparison(figure, form, fault, wrongPercent));
    }
    return text.toString();
  }

  private String comparison(Figure figure, ProseForm form, Optional<Fault> fault, boolean wrongPercent) {
    String name = figure.name;
    String previous = (accounts.year().getValue() - 1) + "年度";
    boolean increase = form.wording() != 1;
    boolean flip = fault.filter(f -> f == Fault.SIGN).isPresent();
    BigDecimal base = increase ? figure.figure.subtract(figure.change) : figure.figure.add(figure.change);
    String lead = switch (form.wording()) {
      case 0 -> "与上年相比，" + name;
      case 1 -> "与" + previous + "相比，" + name;
      default -> name + "比" + previous;
    };
    StringBuilder text = new StringBuilder(lead).append(increase != flip ? "增加" : "减少")
        .append(form.amount(figure.change));
    if (base.signum() > 0) {
      text.append('，').append(increase ? "增长" : "下降")
          .append(form.percent(percent(figure.change, base, form, wrongPercent)));
    }
    return text.append('。').toString();
  }

  private static BigDecimal percent(BigDecimal part, BigDecimal whole, ProseForm form, boolean wrong) {
    int scale = form.percentScale() + 1;
    BigDecimal percent = part.multiply(BigDecimal.valueOf(100)).divide(whole, scale, RoundingMode.HALF_UP);
    return wrong ? percent.add(BigDecimal.valueOf(3).movePointLeft(scale)) : percent;
  }

  /** The statement a fault goes to: the one asked for, or for a sign or percentage the next one that can take it. */
  private int target(Optional<Fault> fault, int at) {
    if (fault.isEmpty() || figures.isEmpty()) {
      return -1;
    }
    int first = Math.floorMod(at, figures.size());
    for (int i = 0; i < figures.size(); i++) {
      int index = (first + i) % figures.size();
      if (eligible(figures.get(index), fault.get())) {
        return index;
      }
    }
    return first;
  }

  private static boolean eligible(Figure figure, Fault fault) {
    boolean changed = figure.change != null;
    return switch (fault) {
      case FIGURE -> true;
      case SIGN -> changed;
      case PERCENT -> changed || figure.whole != null && figure.whole.figure.signum() > 0;
    };
  }

  private static final List<String> VERBS = List.of("", "为", "决算为", "共计");
}
