package io.github.fiscaltransfer.testing;

import io.github.fiscaltransfer.budget.Cells;
import io.github.fiscaltransfer.budget.DepartmentBudget;
import io.github.fiscaltransfer.budget.ExpenditureColumn;
import io.github.fiscaltransfer.budget.RevenueColumn;
import io.github.fiscaltransfer.budget.Row;
import io.github.fiscaltransfer.budget.TableId;
import io.github.fiscaltransfer.budget.ThreePublicColumn;
import io.github.fiscaltransfer.budget.ThreePublicSection;
import io.github.fiscaltransfer.money.PrintedAmount;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Writes the prose (文字部分) of a department budget from its own tables, one statement a line, each in a
 * {@link ProseForm} taken in turn: the 目录 of its tables, 部门预算收入/支出 (表1), each unit's total, 基本支出 and
 * 项目支出 under the unit's heading (表3), 政府采购 (表3), the "三公" figures with their change, percentage or 持平
 * (表8, this year against last), 政府性基金 (表9) and 无国有资本经营支出预算 where 表10 prints only zeros. Optionally
 * with one {@link Fault}: a figure, a sign word or a percentage printed wrong.
 *
 * <p>Immutable and thread-safe.
 */
public final class BudgetProse {

  /** A fault to print into one statement. */
  public enum Fault {
    /** The figure 7 table steps larger. */
    FIGURE,
    /** 增加 for a decrease, 减少 for an increase (the statement's own or the next one that states a change). */
    SIGN,
    /** The percentage 3 printed digits larger (the statement's own or the next one that prints one). */
    PERCENT
  }

  /**
   * The prose written and where its fault is.
   *
   * @param text the prose, not null
   * @param statements how many figure and table statements it holds
   * @param faultLine the 1-based line of the statement printed wrong, 0 if none
   * @param fault what was printed wrong (a figure where the requested fault had no statement to go to), not null
   */
  public record Written(String text, int statements, int faultLine, Optional<Fault> fault) {}

  private final DepartmentBudget budget;
  private final List<ProseForm> forms;
  private final List<String> lines = new ArrayList<>();
  private final List<Sentence> sentences = new ArrayList<>();
  private int tableStatements;

  /** One figure statement before it is written. */
  private record Sentence(String head, BigDecimal figure, BigDecimal step, String tail, Comparison comparison) {}

  /** A comparison with last year: this year − last year and last year, in 万元. */
  private record Comparison(BigDecimal change, BigDecimal previous) {}

  private BudgetProse(DepartmentBudget budget, List<ProseForm> forms) {
    this.budget = Objects.requireNonNull(budget, "budget");
    this.forms = List.copyOf(forms);
    if (this.forms.isEmpty()) {
      throw new IllegalArgumentException("At least one form is needed");
    }
  }

  /**
   * Writes a budget's prose.
   *
   * @param budget the budget, not null
   * @param forms the forms, used in turn, not empty
   * @param fault the fault to print, empty for none
   * @param at which figure statement (modulo their count) the fault goes to
   * @return the prose, not null
   */
  public static Written write(DepartmentBudget budget, List<ProseForm> forms, Optional<Fault> fault, int at) {
    BudgetProse prose = new BudgetProse(budget, forms);
    prose.collect();
    return prose.print(fault, Math.floorMod(at, prose.sentences.size()));
  }

  private void collect() {
    String year = budget.year() + "年";
    budget.summary().ifPresent(t -> {
      add(year + budget.department() + "部门预算收入", t.revenue().get(RevenueColumn.TOTAL).orElseThrow(), null);
      add(year + "部门预算支出", t.totalExpenditure(), null);
    });
    budget.expenditure().ifPresent(t -> {
      for (Row<ExpenditureColumn> row : t.rows()) {
        sentences.add(new Sentence("HEADING " + row.label(), null, null, "", null));
        add(row.label(), row.cells().get(ExpenditureColumn.TOTAL).orElseThrow(), null);
        add("其中：基本支出", row.cells().get(ExpenditureColumn.BASIC).orElseThrow(), null);
        add("项目支出", row.cells().get(ExpenditureColumn.PROJECT).orElseThrow(), null);
      }
      sentences.add(new Sentence("HEADING 第四部分 政府采购预算情况", null, null, "", null));
      t.total().flatMap(c -> c.get(ExpenditureColumn.PROCUREMENT))
          .or(() -> sum(t.rows(), Row::cells, ExpenditureColumn.PROCUREMENT)).ifPresent(p ->
          add(budget.department() + "政府采购项目纳入" + year + "部门预算共计", p, null));
    });
    budget.threePublic().ifPresent(t -> {
      sentences.add(new Sentence("HEADING 第五部分 一般公共预算“三公”经费预算情况", null, null, "", null));
      threePublic(t.sections(), ThreePublicColumn.TOTAL, year + "“三公”经费");
      threePublic(t.sections(), ThreePublicColumn.RECEPTION, "公务接待费" + year);
      threePublic(t.sections(), ThreePublicColumn.VEHICLE_RUNNING, "公务用车运行维护费" + year);
    });
    budget.governmentFund().flatMap(t -> t.total()).flatMap(c -> c.get(ExpenditureColumn.TOTAL))
        .ifPresent(p -> add("本单位政府性基金支出预算为", p, null));
  }

  private void threePublic(List<ThreePublicSection> sections, ThreePublicColumn column, String head) {
    Optional<PrintedAmount> current = sum(sections, ThreePublicSection::current, column);
    Optional<PrintedAmount> previous = sum(sections, ThreePublicSection::previous, column);
    if (current.isPresent() && previous.isPresent()) {
      add(head, current.get(), new Comparison(current.get().figure().subtract(previous.get().figure()),
          previous.get().figure()));
    }
  }

  private static <R, C extends Enum<C> & io.github.fiscaltransfer.budget.Column> Optional<PrintedAmount> sum(
      List<R> rows, Function<R, Cells<C>> cells, C column) {
    PrintedAmount sum = null;
    for (R row : rows) {
      Optional<PrintedAmount> cell = cells.apply(row).get(column);
      if (cell.isEmpty()) {
        return Optional.empty();
      }
      sum = sum == null ? cell.get() : sum.plus(cell.get());
    }
    return Optional.ofNullable(sum);
  }

  private void add(String head, PrintedAmount printed, Comparison comparison) {
    BigDecimal step = BigDecimal.ONE.movePointLeft(printed.scale() == 0 ? 0 : 2);
    sentences.add(new Sentence(head, printed.figure(), step, "", comparison));
  }

  private Written print(Optional<Fault> fault, int at) {
    lines.add(budget.year() + "年" + budget.department() + "部门预算");
    for (TableId id : budget.tables()) {
      lines.add("- （" + CHINESE.get(id.number()) + "）" + id.title());
      tableStatements++;
    }
    lines.add("第二部分 部门预算收支总体情况");
    int faultLine = 0;
    Optional<Fault> printed = Optional.empty();
    int figure = 0;
    int target = target(fault, at);
    for (Sentence sentence : sentences) {
      if (sentence.figure() == null) {
        lines.add(heading(sentence.head().substring("HEADING ".length())));
        continue;
      }
      ProseForm form = forms.get(figure % forms.size());
      Optional<Fault> here = figure != target ? Optional.empty()
          : fault.filter(f -> eligible(sentence, f)).or(() -> Optional.of(Fault.FIGURE));
      if (figure == target) {
        faultLine = 2 * lines.size() + 1;
        printed = here;
      }
      lines.add(sentence(sentence, form, here));
      figure++;
    }
    if (budget.stateCapital().isPresent() && zeros(budget)) {
      lines.add("本单位无国有资本经营支出预算。");
      tableStatements++;
    }
    return new Written(String.join("\n\n", lines) + "\n", figure + tableStatements,
        fault.isPresent() ? faultLine : 0, fault.isPresent() ? printed : Optional.empty());
  }

  /** The statement a fault goes to: the one asked for, or for a sign or percentage the next one that can take it. */
  private int target(Optional<Fault> fault, int at) {
    List<Sentence> figures = sentences.stream().filter(s -> s.figure() != null).toList();
    if (fault.isEmpty()) {
      return -1;
    }
    for (int i = 0; i < figures.size(); i++) {
      int index = (at + i) % figures.size();
      if (eligible(figures.get(index), fault.get())) {
        return index;
      }
    }
    return at % figures.size();
  }

  private boolean eligible(Sentence sentence, Fault fault) {
    Comparison comparison = sentence.comparison();
    return switch (fault) {
      case FIGURE -> true;
      case SIGN -> comparison != null && comparison.change().signum() != 0;
      case PERCENT -> comparison != null && comparison.change().signum() != 0
          && comparison.previous().signum() > 0;
    };
  }

  private String heading(String head) {
    return budget.units().contains(head) ? "一、" + head : head;
  }

  private String sentence(Sentence sentence, ProseForm form, Optional<Fault> fault) {
    BigDecimal figure = fault.filter(f -> f == Fault.FIGURE).map(f -> sentence.figure()
        .add(sentence.step().multiply(BigDecimal.valueOf(7)))).orElse(sentence.figure());
    StringBuilder text = new StringBuilder(sentence.head()).append(form.verbText()).append(form.amount(figure));
    Comparison comparison = sentence.comparison();
    if (comparison != null) {
      text.append('，').append(comparison(comparison, form, fault));
    }
    return text.append('。').toString();
  }

  private String comparison(Comparison comparison, ProseForm form, Optional<Fault> fault) {
    int sign = comparison.change().signum();
    if (sign == 0) {
      return "与上年持平";
    }
    String year = (budget.year().getValue() - 1) + "年";
    boolean flip = fault.filter(f -> f == Fault.SIGN).isPresent();
    String word = sign > 0 != flip ? "增加" : "减少";
    String lead = switch (form.wording()) {
      case 0 -> "比上年";
      case 1 -> "比" + year + "预算";
      default -> "较" + year;
    };
    StringBuilder text = new StringBuilder(lead).append(word).append(form.amount(comparison.change().abs()));
    if (comparison.previous().signum() > 0) {
      BigDecimal percent = comparison.change().abs().multiply(BigDecimal.valueOf(100))
          .divide(comparison.previous(), form.percentScale(), RoundingMode.HALF_UP);
      if (fault.filter(f -> f == Fault.PERCENT).isPresent()) {
        percent = percent.add(BigDecimal.valueOf(3).movePointLeft(form.percentScale()));
      }
      text.append('，').append(sign > 0 ? (form.wording() == 2 ? "增幅" : "增长") : (form.wording() == 2 ? "减幅"
          : "下降")).append(form.percent(percent));
    }
    return text.toString();
  }

  private static boolean zeros(DepartmentBudget budget) {
    return budget.stateCapital().get().sections().stream().allMatch(s -> s.total().stream()
        .allMatch(c -> c.amounts().values().stream().allMatch(a -> a.figure().signum() == 0)) && s.rows().isEmpty());
  }

  private static final List<String> CHINESE = List.of("", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十",
      "十一");
}
