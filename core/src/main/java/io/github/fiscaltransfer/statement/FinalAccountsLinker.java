package io.github.fiscaltransfer.statement;

import io.github.fiscaltransfer.budget.Cells;
import io.github.fiscaltransfer.budget.ExpenditureColumn;
import io.github.fiscaltransfer.budget.FinalAccounts;
import io.github.fiscaltransfer.budget.FinalBalanceTable;
import io.github.fiscaltransfer.budget.FinalIncomeColumn;
import io.github.fiscaltransfer.budget.FinalOutgoColumn;
import io.github.fiscaltransfer.budget.FinalTableId;
import io.github.fiscaltransfer.budget.SubjectRow;
import io.github.fiscaltransfer.budget.SubjectTable;
import io.github.fiscaltransfer.budget.ThreePublicColumn;
import io.github.fiscaltransfer.budget.ThreePublicFinalTable;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.subject.SubjectCode;
import io.github.fiscaltransfer.validation.Arguments;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves a statement of a 部门决算's 情况说明 to the cell of its nine tables it restates, by the words it uses: the
 * totals of the two 总表, 收入决算表's 财政拨款收入, 支出决算表's 基本支出 and 项目支出, 一般公共预算财政拨款支出 with its
 * 类/款/项 rows, 人员经费 and 公用经费, and the "三公" 预算数 and 决算数. A 决算 prints no last year, so a change it
 * states is linked but not checkable against a table; a figure the tables do not print (年初预算, 机关运行经费,
 * 政府采购) is not linked, with the reason.
 */
final class FinalAccountsLinker {

  private static final Pattern SUBJECTS = Pattern.compile("([^()]+)\\(类\\)(?:([^()]+)\\(款\\))?(?:([^()]+)\\(项\\))?");
  private static final Pattern BUDGETED = Pattern.compile("(年初预算|全年预算|调整预算|预算数|预算)$");
  private static final Pattern ACTUAL = Pattern.compile("(支出)?(决算数|决算)$");

  private final FinalAccounts accounts;

  FinalAccountsLinker(FinalAccounts accounts) {
    this.accounts = accounts;
  }

  Link link(AmountStatement statement) {
    if (statement.topic().unit().isPresent()) {
      return Link.none("department-only", Arguments.of("unit", statement.topic().unit().get()));
    }
    String name = BudgetLinker.normal(statement.topic().name());
    boolean budgeted = BUDGETED.matcher(name).find();
    Optional<ThreePublicColumn> threePublic = BudgetLinker.threePublic(name);
    if (threePublic.isPresent()) {
      return threePublic(threePublic.get(), budgeted);
    }
    if (budgeted) {
      return Link.none("no-budget", Arguments.of("name", name));
    }
    Matcher actual = ACTUAL.matcher(name);
    String base = actual.find() && actual.start() > 0 ? name.substring(0, actual.start())
        + (actual.group(1) == null ? "" : "支出") : name;
    Matcher subjects = SUBJECTS.matcher(base);
    if (subjects.lookingAt()) {
      return subject(subjects);
    }
    return named(base);
  }

  private Link named(String name) {
    return switch (name.replaceFirst("^部门", "")) {
      case "收入支出总计", "收支总计" -> balance(FinalTableId.SUMMARY, accounts.summary());
      case "财政拨款收入支出总计", "财政拨款收支总计" -> balance(FinalTableId.APPROPRIATIONS, accounts.appropriations());
      case "本年收入合计", "本年收入" -> income(FinalIncomeColumn.CURRENT_YEAR);
      case "本年支出合计", "本年支出" -> accounts.summary().map(t -> cell(FinalTableId.SUMMARY, "本年支出合计",
          "/summary/currentYear/total", t.currentYear().flatMap(c -> c.get(FinalOutgoColumn.TOTAL)), t))
          .orElse(absent(FinalTableId.SUMMARY));
      case "财政拨款收入" -> fiscalIncome();
      case "基本支出" -> total(FinalTableId.EXPENDITURE, accounts.expenditure(), ExpenditureColumn.BASIC);
      case "项目支出" -> total(FinalTableId.EXPENDITURE, accounts.expenditure(), ExpenditureColumn.PROJECT);
      case "一般公共预算财政拨款支出" -> total(FinalTableId.GENERAL_PUBLIC, accounts.generalPublic(),
          ExpenditureColumn.TOTAL);
      case "一般公共预算财政拨款基本支出" -> basic(true, true);
      case "人员经费", "人员经费支出" -> basic(true, false);
      case "公用经费", "公用经费支出" -> basic(false, true);
      case "机关运行经费", "机关运行经费支出" -> Link.none("no-running-cost",
          Arguments.of("table", FinalTableId.BASIC_EXPENDITURE));
      default -> Link.none(name.contains("采购") ? "no-procurement" : "no-figure", Arguments.none());
    };
  }

  private Link balance(FinalTableId id, Optional<FinalBalanceTable> table) {
    return table.map(t -> cell(id, "总计", "/" + id.key() + "/total/total", t.total().get(FinalOutgoColumn.TOTAL), t))
        .orElse(absent(id));
  }

  private Link income(FinalIncomeColumn column) {
    return accounts.summary().map(t -> cell(FinalTableId.SUMMARY, column.label(), "/summary/income/" + column.key(),
        t.income().get(column), t)).orElse(absent(FinalTableId.SUMMARY));
  }

  private static Link cell(FinalTableId id, String what, String pointer, Optional<PrintedAmount> amount,
      FinalBalanceTable table) {
    return new Sum(id + ", " + what, table.format()).add(pointer, amount).link();
  }

  /** 财政拨款收入: 收入决算表's 合计 row. */
  private Link fiscalIncome() {
    return accounts.income().map(t -> new Sum(FinalTableId.INCOME + ", 合计, " + FinalIncomeColumn.FISCAL.label(),
        t.format()).add("/income/total/" + FinalIncomeColumn.FISCAL.key(),
        t.total().flatMap(c -> c.get(FinalIncomeColumn.FISCAL))).link()).orElse(absent(FinalTableId.INCOME));
  }

  private Link total(FinalTableId id, Optional<SubjectTable<ExpenditureColumn>> table, ExpenditureColumn column) {
    return table.map(t -> new Sum(id + ", 合计, " + column.label(), t.format())
        .add("/" + id.key() + "/total/" + column.key(), t.total().flatMap(c -> c.get(column))).link())
        .orElse(absent(id));
  }

  /** 一般公共预算财政拨款基本支出决算表's 人员经费合计, 公用经费合计, or both added up. */
  private Link basic(boolean personnel, boolean publicUse) {
    FinalTableId id = FinalTableId.BASIC_EXPENDITURE;
    return accounts.basicExpenditure().map(t -> {
      Sum sum = new Sum(id + ", " + (personnel && publicUse ? "人员经费合计 + 公用经费合计"
          : personnel ? "人员经费合计" : "公用经费合计"), t.format());
      if (personnel) {
        sum.add("/basicExpenditure/personnel", Optional.of(t.personnel()));
      }
      if (publicUse) {
        sum.add("/basicExpenditure/publicUse", Optional.of(t.publicUse()));
      }
      return sum.link();
    }).orElse(absent(id));
  }

  /** A "三公" item: its 预算数 where the sentence says 预算, else its 决算数. */
  private Link threePublic(ThreePublicColumn column, boolean budgeted) {
    FinalTableId id = FinalTableId.THREE_PUBLIC;
    Optional<ThreePublicFinalTable> table = accounts.threePublic();
    if (table.isEmpty()) {
      return absent(id);
    }
    Optional<Cells<ThreePublicColumn>> row = budgeted ? table.get().budgeted() : table.get().actual();
    return new Sum(id + ", " + column.label() + (budgeted ? " 预算数" : " 决算数"), table.get().format())
        .add("/threePublic/" + (budgeted ? "budgeted/" : "actual/") + column.key(),
            row.flatMap(c -> c.get(column))).link();
  }

  /** A 类, 类/款 or 类/款/项 of 一般公共预算财政拨款支出决算表, by the names the sentence chains. */
  private Link subject(Matcher chain) {
    FinalTableId id = FinalTableId.GENERAL_PUBLIC;
    if (accounts.generalPublic().isEmpty()) {
      return absent(id);
    }
    SubjectTable<ExpenditureColumn> table = accounts.generalPublic().get();
    List<String> names = new ArrayList<>();
    for (int g = 1; g <= 3 && chain.group(g) != null; g++) {
      names.add(chain.group(g));
    }
    for (int s = 0; s < table.sections().size(); s++) {
      List<SubjectRow<ExpenditureColumn>> rows = table.sections().get(s).rows();
      Map<SubjectCode, String> named = new HashMap<>();
      rows.forEach(r -> named.put(r.subject().code(), BudgetLinker.normal(r.subject().name().orElse(""))));
      for (int i = 0; i < rows.size(); i++) {
        if (chain(rows.get(i).subject().code(), named).equals(names)) {
          SubjectRow<ExpenditureColumn> row = rows.get(i);
          return new Sum(id + ", " + row.subject() + ", " + ExpenditureColumn.TOTAL.label(), table.format())
              .add("/" + id.key() + "/sections/" + s + "/rows/" + i + "/total", row.cells()
                  .get(ExpenditureColumn.TOTAL)).link();
        }
      }
    }
    return Link.none("no-row", Arguments.of("table", id).and("name", String.join(" / ", names)));
  }

  /** The names of a code and its ancestors, 类 first. */
  private static List<String> chain(SubjectCode code, Map<SubjectCode, String> named) {
    List<String> names = new ArrayList<>();
    code.ancestors().forEach(a -> names.add(0, named.getOrDefault(a, "")));
    names.add(named.getOrDefault(code, ""));
    return names;
  }

  private static Link absent(FinalTableId id) {
    return Link.absent(id);
  }
}
