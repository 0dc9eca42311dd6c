package io.github.fiscaltransfer.testing;

import static io.github.fiscaltransfer.budget.ExpenditureColumn.BASIC;
import static io.github.fiscaltransfer.budget.ExpenditureColumn.PROJECT;
import static io.github.fiscaltransfer.budget.ExpenditureColumn.TOTAL;

import io.github.fiscaltransfer.budget.BalanceTable;
import io.github.fiscaltransfer.budget.BudgetKind;
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
import io.github.fiscaltransfer.budget.TableFormat;
import io.github.fiscaltransfer.budget.TableId;
import io.github.fiscaltransfer.budget.ThreePublicColumn;
import io.github.fiscaltransfer.budget.ThreePublicSection;
import io.github.fiscaltransfer.budget.ThreePublicTable;
import io.github.fiscaltransfer.money.AmountUnit;
import io.github.fiscaltransfer.money.CnyAmount;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.subject.SubjectCatalog;
import io.github.fiscaltransfer.subject.SubjectCode;
import io.github.fiscaltransfer.testing.ExactDepartment.Leaf;
import io.github.fiscaltransfer.testing.ExactDepartment.Unit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Prints an {@link ExactDepartment} the way a bureau does: every cell of every table rounded half up (四舍五入) on
 * its own from the exact yuan, in 万元 (the "三公" table to two decimals), optionally with one cell printed wrong (the fault to inject into a 部门预算).
 *
 * <p>Thread-safe, and immutable as far as callers can see: each {@link #print()} prints afresh.
 */
public final class BudgetPrinter {

  /** The budget year of every printed department budget. */
  public static final Year YEAR = Year.of(2022);

  private static final TableFormat WAN = TableFormat.WHOLE_WAN_YUAN;
  private static final TableFormat CENTS = TableFormat.of(AmountUnit.WAN_YUAN, 2);

  private final ExactDepartment department;
  private final SubjectCatalog catalog;
  private final String wrongCell;
  private final BigDecimal wrongBy;
  private final List<PrintedCell> checked = new ArrayList<>();

  private BudgetPrinter(ExactDepartment department, SubjectCatalog catalog, String wrongCell, BigDecimal wrongBy) {
    this.department = Objects.requireNonNull(department, "department");
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.wrongCell = Objects.requireNonNull(wrongCell, "pointer");
    this.wrongBy = Objects.requireNonNull(wrongBy, "by");
  }

  /**
   * Returns a printer that prints every cell right.
   *
   * @param department the department in exact yuan, not null
   * @param catalog the catalog that names its subjects, not null
   * @return the printer, not null
   */
  public static BudgetPrinter of(ExactDepartment department, SubjectCatalog catalog) {
    return new BudgetPrinter(department, catalog, "", BigDecimal.ZERO);
  }

  /**
   * Returns a printer that prints one cell, named by its JSON Pointer, larger by a figure in the table's unit.
   *
   * @param department the department in exact yuan, not null
   * @param catalog the catalog that names its subjects, not null
   * @param pointer the wrong cell's pointer, such as one of {@link #checked()}, not null
   * @param by how much larger, in the table's unit, not null
   * @return the printer, not null
   */
  public static BudgetPrinter wrong(ExactDepartment department, SubjectCatalog catalog, String pointer, BigDecimal by) {
    return new BudgetPrinter(department, catalog, pointer, by);
  }

  /**
   * Returns the cells a print prints that a budget rule checks, in printed order.
   *
   * @return the cells, not null
   */
  public synchronized List<PrintedCell> checked() {
    print();
    return List.copyOf(checked);
  }

  /**
   * Prints the department budget.
   *
   * @return the printed document, not null
   */
  public synchronized DepartmentBudget print() {
    checked.clear();
    return DepartmentBudget.builder().year(YEAR).kind(BudgetKind.BUDGET).department(ExactDepartment.NAME)
        .units(department.units().stream().map(Unit::name).toList())
        .summary(balance(TableId.SUMMARY, true))
        .revenue(revenue())
        .expenditure(expenditure())
        .projectExpenditure(projects())
        .appropriations(balance(TableId.APPROPRIATIONS, false))
        .generalPublic(subjects(TableId.GENERAL_PUBLIC, leaf -> !leaf.fund()))
        .threePublic(threePublic())
        .governmentFund(subjects(TableId.GOVERNMENT_FUND, Leaf::fund))
        .stateCapital(subjects(TableId.STATE_CAPITAL, leaf -> false))
        .performance(performance())
        .build();
  }

  private PrintedAmount cell(String pointer, BigDecimal yuan, TableFormat format, PrintedCell checks) {
    if (checks != null) {
      checked.add(checks);
    }
    PrintedAmount printed = PrintedAmount.inUnitRounded(CnyAmount.ofYuan(yuan), format.unit(), format.scale(),
        RoundingMode.HALF_UP);
    PrintedAmount stripped = format.ofYuan(printed.toYuan());
    return pointer.equals(wrongCell) ? PrintedAmount.of(stripped.figure().add(wrongBy), format.unit()) : stripped;
  }

  private <C extends Enum<C> & Column> Cells<C> cells(String at, Map<C, BigDecimal> yuan, TableFormat format,
      Predicate<C> isChecked, TableId table, String unit, String row) {
    Map<C, PrintedAmount> printed = new LinkedHashMap<>();
    yuan.forEach((column, amount) -> printed.put(column, cell(at + column.key(), amount, format,
        isChecked.test(column) ? new PrintedCell(at + column.key(), table, unit, row, column.label()) : null)));
    return Cells.of(printed);
  }

  // 表7, 表9, 表10: by subject within a section a unit.
  private SubjectTable<ExpenditureColumn> subjects(TableId id, Predicate<Leaf> inTable) {
    String prefix = "/" + id.key();
    List<SubjectSection<ExpenditureColumn>> sections = new ArrayList<>();
    List<Leaf> all = new ArrayList<>();
    for (int s = 0; s < department.units().size(); s++) {
      Unit unit = department.units().get(s);
      List<Leaf> leaves = unit.leaves().stream().filter(inTable).toList();
      all.addAll(leaves);
      String at = prefix + "/sections/" + s;
      Cells<ExpenditureColumn> total = cells(at + "/total/", spending(leaves, c -> true), WAN, c -> true, id,
          unit.name(), "合计");
      sections.add(SubjectSection.of(unit.name(), total, subjectRows(id, at, unit.name(), leaves)));
    }
    Cells<ExpenditureColumn> total = cells(prefix + "/total/", spending(all, c -> true), WAN, c -> true, id,
        ExactDepartment.NAME, "合计");
    return SubjectTable.of(WAN, total, sections);
  }

  private List<SubjectRow<ExpenditureColumn>> subjectRows(TableId id, String at, String unit, List<Leaf> leaves) {
    List<SubjectRow<ExpenditureColumn>> rows = new ArrayList<>();
    List<SubjectCode> codes = withAncestors(leaves);
    for (int i = 0; i < codes.size(); i++) {
      SubjectCode code = codes.get(i);
      boolean parent = codes.stream().anyMatch(code::isAncestorOf);
      String row = catalog.subject(code).toString();
      Cells<ExpenditureColumn> cells = cells(at + "/rows/" + i + "/", spending(leaves, under(code)), WAN,
          c -> parent || c == TOTAL, id, unit, row);
      rows.add(SubjectRow.of(catalog.subject(code), cells));
    }
    return rows;
  }

  private static Map<ExpenditureColumn, BigDecimal> spending(List<Leaf> leaves, Predicate<SubjectCode> under) {
    Map<ExpenditureColumn, BigDecimal> yuan = new EnumMap<>(ExpenditureColumn.class);
    List<Leaf> in = leaves.stream().filter(l -> under.test(l.code())).toList();
    yuan.put(TOTAL, sum(in, Leaf::total));
    yuan.put(BASIC, sum(in, Leaf::basic));
    yuan.put(PROJECT, sum(in, Leaf::project));
    return yuan;
  }

  private static Predicate<SubjectCode> under(SubjectCode code) {
    return leaf -> leaf.equals(code) || code.isAncestorOf(leaf);
  }

  private static List<SubjectCode> withAncestors(List<Leaf> leaves) {
    TreeSet<SubjectCode> codes = new TreeSet<>();
    leaves.forEach(leaf -> {
      codes.add(leaf.code());
      codes.addAll(leaf.code().ancestors());
    });
    return List.copyOf(codes);
  }

  // 表1 (with unit funds) and 表6 (appropriations only).
  private BalanceTable balance(TableId id, boolean withUnitFunds) {
    String prefix = "/" + id.key();
    BigDecimal general = total(u -> u.basic(false).add(u.project(false)));
    BigDecimal fund = total(u -> u.basic(true).add(u.project(true)));
    BigDecimal carry = total(Unit::carryOver);
    BigDecimal unitFunds = withUnitFunds ? total(Unit::unitFunds) : BigDecimal.ZERO;
    Map<RevenueColumn, BigDecimal> revenue = new EnumMap<>(RevenueColumn.class);
    revenue.put(RevenueColumn.TOTAL, general.add(fund).add(unitFunds));
    revenue.put(RevenueColumn.CURRENT_YEAR, general.add(fund).add(unitFunds).subtract(carry));
    revenue.put(RevenueColumn.APPROPRIATION, general.add(fund).subtract(carry));
    revenue.put(RevenueColumn.GENERAL_PUBLIC, general.subtract(carry));
    revenue.put(RevenueColumn.GOVERNMENT_FUND, fund);
    revenue.put(RevenueColumn.STATE_CAPITAL, BigDecimal.ZERO);
    if (withUnitFunds) {
      revenue.put(RevenueColumn.SPECIAL_ACCOUNT, BigDecimal.ZERO);
      revenue.put(RevenueColumn.UNIT_FUNDS, unitFunds);
      revenue.put(RevenueColumn.OTHER, unitFunds);
    }
    revenue.put(RevenueColumn.CARRY_OVER, carry);
    List<RevenueColumn> sums = List.of(RevenueColumn.TOTAL, RevenueColumn.CURRENT_YEAR, RevenueColumn.APPROPRIATION,
        RevenueColumn.UNIT_FUNDS);
    Cells<RevenueColumn> income = cells(prefix + "/revenue/", revenue, WAN, sums::contains, id,
        ExactDepartment.NAME, "收入");
    SubjectTable<ExpenditureColumn> expenditure = SubjectTable.ofDepartment(WAN, balanceRows(id, prefix, withUnitFunds));
    BigDecimal spent = general.add(fund).add(unitFunds);
    return BalanceTable.of(income, expenditure,
        cell(prefix + "/currentExpenditure", spent, WAN, balanceCell(prefix + "/currentExpenditure", id, "本年支出合计")),
        cell(prefix + "/carryForward", BigDecimal.ZERO, WAN, null),
        cell(prefix + "/totalExpenditure", spent, WAN, balanceCell(prefix + "/totalExpenditure", id, "支出总计")));
  }

  private static PrintedCell balanceCell(String pointer, TableId id, String row) {
    return new PrintedCell(pointer, id, ExactDepartment.NAME, row, "");
  }

  private List<SubjectRow<ExpenditureColumn>> balanceRows(TableId id, String prefix, boolean withUnitFunds) {
    List<Leaf> leaves = new ArrayList<>();
    for (Unit unit : department.units()) {
      leaves.addAll(unit.leaves());
      if (withUnitFunds) {
        leaves.add(new Leaf(unit.leaves().get(0).code(), false, BigDecimal.ZERO, unit.unitFunds()));
      }
    }
    List<SubjectCode> codes = withAncestors(leaves);
    List<SubjectRow<ExpenditureColumn>> rows = new ArrayList<>();
    for (int i = 0; i < codes.size(); i++) {
      SubjectCode code = codes.get(i);
      boolean checks = id == TableId.APPROPRIATIONS || codes.stream().anyMatch(code::isAncestorOf);
      String pointer = prefix + "/expenditure/sections/0/rows/" + i + "/total";
      PrintedAmount total = cell(pointer, sum(leaves.stream().filter(l -> under(code).test(l.code())).toList(),
          Leaf::total), WAN, checks ? new PrintedCell(pointer, id, ExactDepartment.NAME,
              catalog.subject(code).toString(), TOTAL.label()) : null);
      rows.add(SubjectRow.of(catalog.subject(code), Cells.of(Map.of(TOTAL, total))));
    }
    return rows;
  }

  // 表2: a row a unit, and the department's row.
  private GridTable<RevenueColumn> revenue() {
    List<Row<RevenueColumn>> rows = new ArrayList<>();
    Map<RevenueColumn, BigDecimal> department = new EnumMap<>(RevenueColumn.class);
    for (int i = 0; i < this.department.units().size(); i++) {
      Unit unit = this.department.units().get(i);
      Map<RevenueColumn, BigDecimal> yuan = revenueOf(unit);
      yuan.forEach((column, amount) -> department.merge(column, amount, BigDecimal::add));
      List<RevenueColumn> sums = List.of(RevenueColumn.TOTAL, RevenueColumn.GENERAL_PUBLIC);
      rows.add(Row.of(unit.name(), cells("/revenue/rows/" + i + "/cells/", yuan, WAN, sums::contains,
          TableId.REVENUE, unit.name(), "")));
    }
    return GridTable.of(WAN, Optional.of(cells("/revenue/total/", department, WAN, c -> true, TableId.REVENUE,
        ExactDepartment.NAME, "合计")), rows);
  }

  private static Map<RevenueColumn, BigDecimal> revenueOf(Unit unit) {
    Map<RevenueColumn, BigDecimal> yuan = new EnumMap<>(RevenueColumn.class);
    BigDecimal duty = unit.project(false).subtract(unit.carryOver());
    yuan.put(RevenueColumn.TOTAL, unit.total());
    yuan.put(RevenueColumn.GENERAL_PUBLIC, unit.basic(false).add(duty));
    yuan.put(RevenueColumn.GENERAL_BASIC, unit.basic(false));
    yuan.put(RevenueColumn.GENERAL_DUTY, duty);
    yuan.put(RevenueColumn.GENERAL_SPECIAL, BigDecimal.ZERO);
    yuan.put(RevenueColumn.GENERAL_INVESTMENT, BigDecimal.ZERO);
    yuan.put(RevenueColumn.GOVERNMENT_FUND, unit.basic(true).add(unit.project(true)));
    yuan.put(RevenueColumn.STATE_CAPITAL, BigDecimal.ZERO);
    yuan.put(RevenueColumn.SPECIAL_ACCOUNT, BigDecimal.ZERO);
    for (RevenueColumn column : List.of(RevenueColumn.SERVICE, RevenueColumn.BUSINESS,
        RevenueColumn.SUPERIOR_SUBSIDY, RevenueColumn.AFFILIATE_REMITTANCE)) {
      yuan.put(column, BigDecimal.ZERO);
    }
    yuan.put(RevenueColumn.OTHER, unit.unitFunds());
    yuan.put(RevenueColumn.CARRY_OVER, unit.carryOver());
    return yuan;
  }

  // 表3: a row a unit, and the department's row.
  private GridTable<ExpenditureColumn> expenditure() {
    List<Row<ExpenditureColumn>> rows = new ArrayList<>();
    Map<ExpenditureColumn, BigDecimal> department = new EnumMap<>(ExpenditureColumn.class);
    for (int i = 0; i < this.department.units().size(); i++) {
      Unit unit = this.department.units().get(i);
      Map<ExpenditureColumn, BigDecimal> yuan = new EnumMap<>(ExpenditureColumn.class);
      yuan.put(TOTAL, unit.total());
      yuan.put(BASIC, unit.basic(false).add(unit.basic(true)));
      yuan.put(PROJECT, unit.project(false).add(unit.project(true)).add(unit.unitFunds()));
      yuan.put(ExpenditureColumn.PROCUREMENT, unit.procurement().get(0));
      yuan.put(ExpenditureColumn.PROCUREMENT_SME, unit.procurement().get(1));
      yuan.put(ExpenditureColumn.PROCUREMENT_SMALL, unit.procurement().get(2));
      yuan.forEach((column, amount) -> department.merge(column, amount, BigDecimal::add));
      rows.add(Row.of(unit.name(), cells("/expenditure/rows/" + i + "/cells/", yuan, WAN, c -> c == TOTAL,
          TableId.EXPENDITURE, unit.name(), "")));
    }
    return GridTable.of(WAN, Optional.of(cells("/expenditure/total/", department, WAN, c -> true,
        TableId.EXPENDITURE, ExactDepartment.NAME, "合计")), rows);
  }

  // 表5: a row a unit's projects, no total row.
  private GridTable<RevenueColumn> projects() {
    List<Row<RevenueColumn>> rows = new ArrayList<>();
    for (int i = 0; i < department.units().size(); i++) {
      Unit unit = department.units().get(i);
      Map<RevenueColumn, BigDecimal> yuan = revenueOf(unit);
      yuan.remove(RevenueColumn.GENERAL_BASIC);
      yuan.put(RevenueColumn.TOTAL, unit.project(false).add(unit.project(true)).add(unit.unitFunds()));
      yuan.put(RevenueColumn.GENERAL_PUBLIC, yuan.get(RevenueColumn.GENERAL_DUTY));
      yuan.put(RevenueColumn.GOVERNMENT_FUND, unit.project(true));
      String label = unit.name() + "项目";
      List<RevenueColumn> sums = List.of(RevenueColumn.TOTAL, RevenueColumn.GENERAL_PUBLIC);
      rows.add(Row.of(label, cells("/projectExpenditure/rows/" + i + "/cells/", yuan, WAN, sums::contains,
          TableId.PROJECT_EXPENDITURE, ExactDepartment.NAME, label)));
    }
    return GridTable.of(WAN, Optional.empty(), rows);
  }

  // 表8: per unit, last year, this year and the change, to two decimals.
  private ThreePublicTable threePublic() {
    List<ThreePublicSection> sections = new ArrayList<>();
    for (int s = 0; s < department.units().size(); s++) {
      Unit unit = department.units().get(s);
      String at = "/threePublic/sections/" + s;
      List<BigDecimal> change = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        change.add(unit.thisYear().get(i).subtract(unit.lastYear().get(i)));
      }
      sections.add(ThreePublicSection.of(unit.name(),
          threePublicRow(at + "/previous/", unit.lastYear(), unit.name(), YEAR.minusYears(1) + " 年", false),
          threePublicRow(at + "/current/", unit.thisYear(), unit.name(), YEAR + " 年", false),
          threePublicRow(at + "/change/", change, unit.name(), "增减变化金额", true)));
    }
    return ThreePublicTable.of(CENTS, sections);
  }

  private Cells<ThreePublicColumn> threePublicRow(String at, List<BigDecimal> parts, String unit, String row,
      boolean change) {
    Map<ThreePublicColumn, BigDecimal> yuan = new EnumMap<>(ThreePublicColumn.class);
    yuan.put(ThreePublicColumn.TOTAL, parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    yuan.put(ThreePublicColumn.OVERSEAS, parts.get(0));
    yuan.put(ThreePublicColumn.RECEPTION, parts.get(1));
    yuan.put(ThreePublicColumn.VEHICLES, parts.get(2).add(parts.get(3)));
    yuan.put(ThreePublicColumn.VEHICLE_PURCHASE, parts.get(2));
    yuan.put(ThreePublicColumn.VEHICLE_RUNNING, parts.get(3));
    return cells(at, yuan, CENTS, c -> change || c == ThreePublicColumn.TOTAL || c == ThreePublicColumn.VEHICLES,
        TableId.THREE_PUBLIC, unit, row);
  }

  // 表11: 基本支出 and one task a unit's projects; 金额合计.
  private PerformanceGoalTable performance() {
    List<BudgetTask> tasks = new ArrayList<>();
    BigDecimal basic = total(u -> u.basic(false).add(u.basic(true)));
    tasks.add(task(0, "基本支出", basic, basic, BigDecimal.ZERO));
    for (Unit unit : department.units()) {
      BigDecimal fiscal = unit.project(false).add(unit.project(true));
      tasks.add(task(tasks.size(), unit.name() + "项目", fiscal.add(unit.unitFunds()), fiscal, unit.unitFunds()));
    }
    BigDecimal fiscal = total(Unit::fiscal);
    BigDecimal other = total(Unit::unitFunds);
    String at = "/performance/totals/";
    BudgetTask totals = BudgetTask.builder().name("金额合计").content("")
        .total(cell(at + "total", fiscal.add(other), WAN, totalsCell(at, "total", "总额")))
        .fiscal(cell(at + "fiscal", fiscal, WAN, totalsCell(at, "fiscal", "财政拨款")))
        .other(other.signum() == 0 ? Optional.empty()
            : Optional.of(cell(at + "other", other, WAN, totalsCell(at, "other", "其他资金"))))
        .build();
    return PerformanceGoalTable.builder().format(WAN).year(YEAR).department(ExactDepartment.NAME)
        .supervisor(ExactDepartment.NAME).tasks(tasks).totals(totals).build();
  }

  private static PrintedCell totalsCell(String at, String key, String column) {
    return new PrintedCell(at + key, TableId.PERFORMANCE, ExactDepartment.NAME, "金额合计", column);
  }

  private BudgetTask task(int i, String name, BigDecimal total, BigDecimal fiscal, BigDecimal other) {
    String at = "/performance/tasks/" + i + "/";
    return BudgetTask.builder().name(name).content(name)
        .total(cell(at + "total", total, WAN,
            new PrintedCell(at + "total", TableId.PERFORMANCE, ExactDepartment.NAME, name, "总额")))
        .fiscal(cell(at + "fiscal", fiscal, WAN, null))
        .other(other.signum() == 0 ? Optional.empty() : Optional.of(cell(at + "other", other, WAN, null)))
        .build();
  }

  private BigDecimal total(Function<Unit, BigDecimal> amount) {
    return department.units().stream().map(amount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static BigDecimal sum(List<Leaf> leaves, Function<Leaf, BigDecimal> amount) {
    return leaves.stream().map(amount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  @Override
  public String toString() {
    return "BudgetPrinter[" + department + (wrongCell.isEmpty() ? "" : ", " + wrongCell + " +" + wrongBy) + "]";
  }
}
