package io.github.fiscaltransfer.statement;

import io.github.fiscaltransfer.budget.BudgetTask;
import io.github.fiscaltransfer.budget.Cells;
import io.github.fiscaltransfer.budget.DepartmentBudget;
import io.github.fiscaltransfer.budget.ExpenditureColumn;
import io.github.fiscaltransfer.budget.GridTable;
import io.github.fiscaltransfer.budget.RevenueColumn;
import io.github.fiscaltransfer.budget.SubjectTable;
import io.github.fiscaltransfer.budget.TableId;
import io.github.fiscaltransfer.budget.ThreePublicColumn;
import io.github.fiscaltransfer.validation.Arguments;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves a statement to the cell of a department budget it restates, by the words it uses and the unit it speaks
 * of; a statement whose words name no cell, or name one the document cannot tell apart, is not linked.
 */
final class BudgetLinker {

  private static final Set<String> ECONOMIC = Set.of("人员支出", "人员经费", "公用支出", "公用经费",
      "对个人和家庭的补助支出", "对个人和家庭补助支出", "对个人和家庭的补助");

  private final DepartmentBudget budget;
  /** The units the prose names each project for. */
  private final Map<String, Set<String>> scopes = new HashMap<>();

  BudgetLinker(DepartmentBudget budget, Narrative narrative) {
    this.budget = budget;
    for (Statement statement : narrative.statements()) {
      if (statement instanceof AmountStatement amount && amount.topic().unit().isPresent()) {
        scopes.computeIfAbsent(normal(amount.topic().name()), k -> new HashSet<>()).add(amount.topic().unit().get());
      }
    }
  }

  /** Returns the name as compared: no spaces or quotes, half-width brackets, one dash for a run of dashes. */
  static String normal(String name) {
    return name.replaceAll("[\\s“”\"‘’']", "").replace('（', '(').replace('）', ')')
        .replaceAll("[—–\\-]+", "-");
  }

  Link link(AmountStatement statement) {
    Optional<String> unit = statement.topic().unit();
    String name = normal(statement.topic().name());
    if (unit.isPresent() && !budget.units().contains(unit.get())) {
      return Link.none("not-unit", Arguments.of("unit", unit.get()));
    }
    Optional<ThreePublicColumn> threePublic = threePublic(name);
    if (threePublic.isPresent()) {
      return new ThreePublicCells(budget).link(unit, threePublic.get());
    }
    if (name.contains("政府采购")) {
      return expenditure(unit, ExpenditureColumn.PROCUREMENT);
    }
    Optional<TableId> fund = fundTable(name);
    if (fund.isPresent()) {
      return subjectTotal(fund.get(), unit);
    }
    if (unit.isEmpty() && isTotal(name, "收入")) {
      return budget.summary().map(t -> Link.to(new LinkedCell(TableId.SUMMARY + ", " + RevenueColumn.TOTAL,
          List.of("/summary/revenue/total"), t.revenue().get(RevenueColumn.TOTAL).orElseThrow(), Optional.empty(),
          t.format()))).orElse(Link.absent(TableId.SUMMARY));
    }
    if (unit.isEmpty() && isTotal(name, "支出")) {
      return budget.summary().map(t -> Link.to(new LinkedCell(TableId.SUMMARY + ", 支出总计",
          List.of("/summary/totalExpenditure"), t.totalExpenditure(), Optional.empty(), t.format())))
          .orElse(Link.absent(TableId.SUMMARY));
    }
    return item(unit, name);
  }

  private Link item(Optional<String> unit, String name) {
    if (name.isEmpty()) {
      return unit.isPresent() ? expenditure(unit, ExpenditureColumn.TOTAL)
          : Link.none("no-figure", Arguments.none());
    }
    if (name.equals("基本支出")) {
      return expenditure(unit, ExpenditureColumn.BASIC);
    }
    if (name.equals("项目支出")) {
      return expenditure(unit, ExpenditureColumn.PROJECT);
    }
    if (ECONOMIC.contains(name)) {
      return Link.none(budget.basicExpenditure().isEmpty() ? "no-economic-table" : "no-economic", Arguments.none());
    }
    return unit.isEmpty() ? task(name) : project(unit.get(), name);
  }

  private static boolean isTotal(String name, String side) {
    return name.endsWith(side) && (name.contains("部门预算") || name.contains("总计") || name.contains("合计")
        || name.equals(side) || name.equals("部门" + side));
  }

  static Optional<ThreePublicColumn> threePublic(String name) {
    if (name.contains("三公")) {
      return Optional.of(ThreePublicColumn.TOTAL);
    } else if (name.contains("因公出国")) {
      return Optional.of(ThreePublicColumn.OVERSEAS);
    } else if (name.contains("公务接待")) {
      return Optional.of(ThreePublicColumn.RECEPTION);
    } else if (name.contains("公务用车购置和运行") || name.contains("公务用车购置及运行")) {
      return Optional.of(ThreePublicColumn.VEHICLES);
    } else if (name.contains("公务用车运行")) {
      return Optional.of(ThreePublicColumn.VEHICLE_RUNNING);
    } else if (name.contains("公务用车购置")) {
      return Optional.of(ThreePublicColumn.VEHICLE_PURCHASE);
    }
    return Optional.empty();
  }

  private static Optional<TableId> fundTable(String name) {
    if (name.contains("政府性基金")) {
      return Optional.of(TableId.GOVERNMENT_FUND);
    } else if (name.contains("国有资本经营")) {
      return Optional.of(TableId.STATE_CAPITAL);
    } else if (name.contains("一般公共预算") && name.endsWith("支出")) {
      return Optional.of(TableId.GENERAL_PUBLIC);
    }
    return Optional.empty();
  }

  /** 支出总表: a unit's row, or the department's (its total row, else the sum of the unit rows). */
  private Link expenditure(Optional<String> unit, ExpenditureColumn column) {
    Optional<GridTable<ExpenditureColumn>> table = budget.expenditure();
    if (table.isEmpty()) {
      return Link.absent(TableId.EXPENDITURE);
    }
    String described = TableId.EXPENDITURE + ", " + unit.orElse(budget.department()) + ", " + column.label();
    Sum sum = new Sum(described, table.get().format());
    if (unit.isEmpty() && table.get().total().isPresent()) {
      return sum.add("/expenditure/total/" + column.key(), table.get().total().get().get(column)).link();
    }
    for (int i = 0; i < table.get().rows().size(); i++) {
      var row = table.get().rows().get(i);
      if (unit.isEmpty() || row.label().equals(unit.get())) {
        sum.add("/expenditure/rows/" + i + "/cells/" + column.key(), row.cells().get(column));
        if (unit.isPresent()) {
          break;
        }
      }
    }
    return sum.link();
  }

  private Link subjectTotal(TableId id, Optional<String> unit) {
    Optional<SubjectTable<ExpenditureColumn>> table = switch (id) {
      case GOVERNMENT_FUND -> budget.governmentFund();
      case STATE_CAPITAL -> budget.stateCapital();
      default -> budget.generalPublic();
    };
    if (table.isEmpty()) {
      return Link.absent(id);
    }
    String prefix = "/" + id.key();
    Sum sum = new Sum(id + ", " + unit.orElse(budget.department()) + ", 支出总计", table.get().format());
    if (unit.isEmpty() && table.get().total().isPresent()) {
      return sum.add(prefix + "/total/total", table.get().total().get().get(ExpenditureColumn.TOTAL)).link();
    }
    for (int s = 0; s < table.get().sections().size(); s++) {
      var section = table.get().sections().get(s);
      if (unit.isEmpty() || section.unit().equals(unit)) {
        sum.add(prefix + "/sections/" + s + "/total/total",
            section.total().flatMap(cells -> cells.get(ExpenditureColumn.TOTAL)));
        if (unit.isPresent()) {
          break;
        }
      }
    }
    return sum.link();
  }

  /** A department's project: the task of 整体支出绩效目标表 by that name. */
  private Link task(String name) {
    if (budget.performance().isEmpty()) {
      return Link.absent(TableId.PERFORMANCE);
    }
    List<BudgetTask> tasks = budget.performance().get().tasks();
    for (int i = 0; i < tasks.size(); i++) {
      if (normal(tasks.get(i).name()).equals(name)) {
        return new Sum(TableId.PERFORMANCE + ", " + tasks.get(i).name() + ", 总额", budget.performance().get()
            .format()).add("/performance/tasks/" + i + "/total", Optional.of(tasks.get(i).total())).link();
      }
    }
    return Link.none("no-task", Arguments.of("table", TableId.PERFORMANCE).and("name", name));
  }

  /**
   * A unit's project: the row of 项目支出总表 by that name, when only one row bears it and the prose names the
   * project for one unit only (the table's rows do not say which unit they belong to).
   */
  private Link project(String unit, String name) {
    Optional<GridTable<RevenueColumn>> table = budget.projectExpenditure();
    if (table.isEmpty()) {
      return Link.absent(TableId.PROJECT_EXPENDITURE);
    }
    List<Integer> rows = new ArrayList<>();
    for (int i = 0; i < table.get().rows().size(); i++) {
      if (normal(table.get().rows().get(i).label()).equals(name)) {
        rows.add(i);
      }
    }
    if (rows.size() != 1 || scopes.getOrDefault(name, Set.of()).size() > 1) {
      Arguments arguments = Arguments.of("table", TableId.PROJECT_EXPENDITURE).and("name", name);
      return rows.isEmpty() ? Link.none("no-row", arguments) : Link.none("row-ambiguous", arguments
          .and("units", scopes.get(name).size()).and("times", rows.size()));
    }
    int i = rows.get(0);
    Cells<RevenueColumn> cells = table.get().rows().get(i).cells();
    return new Sum(TableId.PROJECT_EXPENDITURE + ", " + table.get().rows().get(i).label() + " (" + unit + "), "
        + RevenueColumn.TOTAL.label(), table.get().format())
        .add("/projectExpenditure/rows/" + i + "/cells/" + RevenueColumn.TOTAL.key(), cells.get(RevenueColumn.TOTAL))
        .link();
  }
}
