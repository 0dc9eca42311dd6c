package io.github.fiscaltransfer.testing;

import io.github.fiscaltransfer.budget.BasicExpenditureTable;
import io.github.fiscaltransfer.budget.Cells;
import io.github.fiscaltransfer.budget.ClassLine;
import io.github.fiscaltransfer.budget.Column;
import io.github.fiscaltransfer.budget.ExpenditureColumn;
import io.github.fiscaltransfer.budget.FinalAccounts;
import io.github.fiscaltransfer.budget.FinalBalanceTable;
import io.github.fiscaltransfer.budget.FinalIncomeColumn;
import io.github.fiscaltransfer.budget.FinalOutgoColumn;
import io.github.fiscaltransfer.budget.FinalTableId;
import io.github.fiscaltransfer.budget.FundColumn;
import io.github.fiscaltransfer.budget.SubjectRow;
import io.github.fiscaltransfer.budget.SubjectSection;
import io.github.fiscaltransfer.budget.SubjectTable;
import io.github.fiscaltransfer.budget.TableFormat;
import io.github.fiscaltransfer.budget.ThreePublicColumn;
import io.github.fiscaltransfer.budget.ThreePublicFinalTable;
import io.github.fiscaltransfer.money.AmountUnit;
import io.github.fiscaltransfer.money.CnyAmount;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.subject.Subject;
import io.github.fiscaltransfer.subject.SubjectCatalog;
import io.github.fiscaltransfer.subject.SubjectCode;
import io.github.fiscaltransfer.subject.SubjectLevel;
import io.github.fiscaltransfer.testing.ExactFinalAccounts.Leaf;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Prints {@link ExactFinalAccounts} the way a bureau prints a 部门决算: every cell of the nine tables rounded half up
 * (四舍五入) on its own from the exact yuan to 0.01万元, a zero left blank, optionally with one cell printed wrong
 * (the fault to inject into a 部门决算).
 *
 * <p>Thread-safe, and immutable as far as callers can see: each {@link #print()} prints afresh.
 */
public final class FinalAccountsPrinter {

  /** The year of every printed final accounts. */
  public static final Year YEAR = Year.of(2022);

  /** The format every table prints in: 万元 to two decimals. */
  public static final TableFormat CENTS = TableFormat.of(AmountUnit.WAN_YUAN, 2);

  private static final String UNIT = ExactFinalAccounts.NAME;

  private final ExactFinalAccounts accounts;
  private final SubjectCatalog catalog;
  private final String wrongCell;
  private final BigDecimal wrongBy;
  private final List<PrintedCell> checked = new ArrayList<>();

  private FinalAccountsPrinter(ExactFinalAccounts accounts, SubjectCatalog catalog, String wrongCell,
      BigDecimal wrongBy) {
    this.accounts = Objects.requireNonNull(accounts, "accounts");
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.wrongCell = Objects.requireNonNull(wrongCell, "pointer");
    this.wrongBy = Objects.requireNonNull(wrongBy, "by");
  }

  /**
   * Returns a printer that prints every cell right.
   *
   * @param accounts the accounts in exact yuan, not null
   * @param catalog the catalog that names their subjects, not null
   * @return the printer, not null
   */
  public static FinalAccountsPrinter of(ExactFinalAccounts accounts, SubjectCatalog catalog) {
    return new FinalAccountsPrinter(accounts, catalog, "", BigDecimal.ZERO);
  }

  /**
   * Returns a printer that prints one printed cell, named by its JSON Pointer, larger by a figure in 万元.
   *
   * @param accounts the accounts in exact yuan, not null
   * @param catalog the catalog that names their subjects, not null
   * @param pointer the wrong cell's pointer, such as one of {@link #checked()}, not null
   * @param by how much larger, in 万元, not null
   * @return the printer, not null
   */
  public static FinalAccountsPrinter wrong(ExactFinalAccounts accounts, SubjectCatalog catalog, String pointer,
      BigDecimal by) {
    return new FinalAccountsPrinter(accounts, catalog, pointer, by);
  }

  /**
   * Returns the printed cells a rule checks at their own place, in printed order.
   *
   * @return the cells, not null
   */
  public synchronized List<PrintedCell> checked() {
    print();
    return List.copyOf(checked);
  }

  /**
   * Prints the final accounts.
   *
   * @return the printed document, not null
   */
  public synchronized FinalAccounts print() {
    checked.clear();
    List<Leaf> general = accounts.leaves().stream().filter(l -> !l.fund()).toList();
    List<Leaf> fund = accounts.leaves().stream().filter(Leaf::fund).toList();
    return FinalAccounts.builder().year(YEAR).department(UNIT).units(List.of(UNIT))
        .summary(summary())
        .income(income())
        .expenditure(spending(FinalTableId.EXPENDITURE, accounts.leaves(), true))
        .appropriations(appropriations())
        .generalPublic(spending(FinalTableId.GENERAL_PUBLIC, general, false))
        .basicExpenditure(basic(general))
        .threePublic(threePublic())
        .governmentFund(fund.isEmpty() ? SubjectTable.empty(CENTS) : fundTable(fund))
        .stateCapital(SubjectTable.empty(CENTS))
        .build();
  }

  private Optional<PrintedAmount> cell(String pointer, BigDecimal yuan, PrintedCell checks) {
    if (yuan.signum() == 0 && !pointer.equals(wrongCell)) {
      return Optional.empty();
    }
    if (checks != null) {
      checked.add(checks);
    }
    PrintedAmount printed = PrintedAmount.inUnitRounded(CnyAmount.ofYuan(yuan), CENTS.unit(), CENTS.scale(),
        RoundingMode.HALF_UP);
    BigDecimal figure = printed.figure().add(pointer.equals(wrongCell) ? wrongBy : BigDecimal.ZERO);
    return Optional.of(PrintedAmount.of(figure.setScale(2, RoundingMode.UNNECESSARY), CENTS.unit()));
  }

  /** The cells of a row at {@code at} (ending in /), the columns in {@code checks} being checked at their place. */
  private <C extends Enum<C> & Column> Optional<Cells<C>> cells(String at, Map<C, BigDecimal> yuan,
      Set<C> checks, FinalTableId table, String row) {
    Map<C, PrintedAmount> printed = new LinkedHashMap<>();
    yuan.forEach((column, amount) -> cell(at + column.key(), amount, checks.contains(column)
        ? new PrintedCell(at + column.key(), table, UNIT, row, column.label()) : null)
        .ifPresent(a -> printed.put(column, a)));
    return printed.isEmpty() ? Optional.empty() : Optional.of(Cells.of(printed));
  }

  private static BigDecimal sum(List<Leaf> leaves, Function<Leaf, BigDecimal> amount) {
    return leaves.stream().map(amount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private BigDecimal other(Leaf leaf) {
    return leaf.equals(accounts.leaves().get(0)) ? accounts.other() : BigDecimal.ZERO;
  }

  private BigDecimal spent(Leaf leaf) {
    return leaf.total().add(other(leaf));
  }

  // 一、收入支出决算总表 and 四、财政拨款收入支出决算总表
  private FinalBalanceTable summary() {
    BigDecimal general = sum(accounts.leaves().stream().filter(l -> !l.fund()).toList(), Leaf::total);
    BigDecimal fund = sum(accounts.leaves().stream().filter(Leaf::fund).toList(), Leaf::total);
    BigDecimal current = general.add(fund).add(accounts.other());
    Map<FinalIncomeColumn, BigDecimal> income = new LinkedHashMap<>();
    income.put(FinalIncomeColumn.GENERAL_PUBLIC, general);
    income.put(FinalIncomeColumn.GOVERNMENT_FUND, fund);
    income.put(FinalIncomeColumn.OTHER, accounts.other());
    income.put(FinalIncomeColumn.CURRENT_YEAR, current);
    income.put(FinalIncomeColumn.OPENING, accounts.opening());
    income.put(FinalIncomeColumn.TOTAL, current.add(accounts.opening()));
    return balance(FinalTableId.SUMMARY, income, this::spent, Map.of(FinalOutgoColumn.TOTAL, l -> spent(l)),
        accounts.opening());
  }

  private FinalBalanceTable appropriations() {
    BigDecimal general = sum(accounts.leaves().stream().filter(l -> !l.fund()).toList(), Leaf::total);
    BigDecimal fund = sum(accounts.leaves().stream().filter(Leaf::fund).toList(), Leaf::total);
    Map<FinalIncomeColumn, BigDecimal> income = new LinkedHashMap<>();
    income.put(FinalIncomeColumn.GENERAL_PUBLIC, general);
    income.put(FinalIncomeColumn.GOVERNMENT_FUND, fund);
    income.put(FinalIncomeColumn.CURRENT_YEAR, general.add(fund));
    income.put(FinalIncomeColumn.TOTAL, general.add(fund));
    Map<FinalOutgoColumn, Function<Leaf, BigDecimal>> columns = new LinkedHashMap<>();
    columns.put(FinalOutgoColumn.TOTAL, Leaf::total);
    columns.put(FinalOutgoColumn.GENERAL_PUBLIC, l -> l.fund() ? BigDecimal.ZERO : l.total());
    columns.put(FinalOutgoColumn.GOVERNMENT_FUND, l -> l.fund() ? l.total() : BigDecimal.ZERO);
    return balance(FinalTableId.APPROPRIATIONS, income, Leaf::total, columns, BigDecimal.ZERO);
  }

  private FinalBalanceTable balance(FinalTableId id, Map<FinalIncomeColumn, BigDecimal> income,
      Function<Leaf, BigDecimal> spent, Map<FinalOutgoColumn, Function<Leaf, BigDecimal>> columns,
      BigDecimal closing) {
    String prefix = "/" + id.key();
    FinalBalanceTable.Builder table = FinalBalanceTable.builder().format(CENTS)
        .income(cells(prefix + "/income/", income, Set.of(FinalIncomeColumn.TOTAL, FinalIncomeColumn.CURRENT_YEAR),
            id, "收入").orElseThrow());
    List<SubjectCode> classes = codes(accounts.leaves()).stream().filter(c -> c.level() == SubjectLevel.CLASS)
        .toList();
    Map<FinalOutgoColumn, BigDecimal> current = new LinkedHashMap<>();
    for (int i = 0; i < classes.size(); i++) {
      SubjectCode code = classes.get(i);
      List<Leaf> under = accounts.leaves().stream().filter(l -> under(code).test(l.code())).toList();
      Map<FinalOutgoColumn, BigDecimal> yuan = new LinkedHashMap<>();
      columns.forEach((column, amount) -> yuan.put(column, sum(under, amount)));
      yuan.forEach((column, amount) -> current.merge(column, amount, BigDecimal::add));
      String label = (i + 1) + "、" + catalog.subject(code).name().orElseThrow();
      table.addLine(ClassLine.of(label, cells(prefix + "/lines/" + i + "/cells/", yuan, yuan.keySet(), id,
          catalog.subject(code).name().orElseThrow())));
    }
    Map<FinalOutgoColumn, BigDecimal> total = new LinkedHashMap<>();
    current.forEach((column, amount) -> total.put(column, amount));
    total.merge(FinalOutgoColumn.TOTAL, closing, BigDecimal::add);
    table.currentYear(cells(prefix + "/currentYear/", current, current.keySet(), id, "本年支出合计"));
    table.closing(cells(prefix + "/closing/", Map.of(FinalOutgoColumn.TOTAL, closing), Set.of(), id, "年末结转和结余"));
    return table.total(cells(prefix + "/total/", total, total.keySet(), id, "支出 总计").orElseThrow()).build();
  }

  // 二、收入决算表
  private SubjectTable<FinalIncomeColumn> income() {
    return subjects(FinalTableId.INCOME, accounts.leaves(), leaves -> {
      Map<FinalIncomeColumn, BigDecimal> yuan = new LinkedHashMap<>();
      yuan.put(FinalIncomeColumn.CURRENT_YEAR, sum(leaves, this::spent));
      yuan.put(FinalIncomeColumn.FISCAL, sum(leaves, Leaf::total));
      yuan.put(FinalIncomeColumn.OTHER, sum(leaves, this::other));
      return yuan;
    }, FinalIncomeColumn.CURRENT_YEAR);
  }

  // 三、支出决算表 (with the spending of other income) and 五、一般公共预算财政拨款支出决算表
  private SubjectTable<ExpenditureColumn> spending(FinalTableId id, List<Leaf> leaves, boolean withOther) {
    return subjects(id, leaves, in -> {
      Map<ExpenditureColumn, BigDecimal> yuan = new LinkedHashMap<>();
      yuan.put(ExpenditureColumn.TOTAL, sum(in, withOther ? this::spent : Leaf::total));
      yuan.put(ExpenditureColumn.BASIC, sum(in, Leaf::basic));
      yuan.put(ExpenditureColumn.PROJECT, sum(in, l -> l.project().add(withOther ? other(l) : BigDecimal.ZERO)));
      return yuan;
    }, ExpenditureColumn.TOTAL);
  }

  // 八、政府性基金预算财政拨款收入支出决算表
  private SubjectTable<FundColumn> fundTable(List<Leaf> leaves) {
    return subjects(FinalTableId.GOVERNMENT_FUND, leaves, in -> {
      Map<FundColumn, BigDecimal> yuan = new LinkedHashMap<>();
      yuan.put(FundColumn.INCOME, sum(in, Leaf::total));
      yuan.put(FundColumn.EXPENDITURE, sum(in, Leaf::total));
      yuan.put(FundColumn.BASIC, sum(in, Leaf::basic));
      yuan.put(FundColumn.PROJECT, sum(in, Leaf::project));
      yuan.put(FundColumn.CLOSING, BigDecimal.ZERO);
      return yuan;
    }, FundColumn.EXPENDITURE);
  }

  /** A table by subject: 合计, then each 类, 款 and 项 row; a leaf row is checked at its row-sum column. */
  private <C extends Enum<C> & Column> SubjectTable<C> subjects(FinalTableId id, List<Leaf> leaves,
      Function<List<Leaf>, Map<C, BigDecimal>> amounts, C rowSum) {
    String prefix = "/" + id.key();
    List<SubjectCode> codes = codes(leaves);
    List<SubjectRow<C>> rows = new ArrayList<>();
    for (int i = 0; i < codes.size(); i++) {
      SubjectCode code = codes.get(i);
      Map<C, BigDecimal> yuan = amounts.apply(leaves.stream().filter(l -> under(code).test(l.code())).toList());
      boolean parent = codes.stream().anyMatch(code::isAncestorOf);
      Subject subject = catalog.subject(code);
      cells(prefix + "/sections/0/rows/" + i + "/", yuan, parent ? yuan.keySet() : Set.of(rowSum), id,
          subject.toString()).ifPresent(cells -> rows.add(SubjectRow.of(subject, cells)));
    }
    Map<C, BigDecimal> total = amounts.apply(leaves);
    return cells(prefix + "/total/", total, total.keySet(), id, "合计")
        .map(cells -> SubjectTable.of(CENTS, cells, List.of(SubjectSection.ofDepartment(rows))))
        .orElse(SubjectTable.ofDepartment(CENTS, rows));
  }

  // 六、一般公共预算财政拨款基本支出决算表: 301 (30101, 30199) and 302 (30201, 30299).
  private BasicExpenditureTable basic(List<Leaf> general) {
    BigDecimal basic = sum(general, Leaf::basic);
    BigDecimal personnel = basic.multiply(accounts.personnelShare()).setScale(0, RoundingMode.DOWN);
    BigDecimal running = basic.subtract(personnel);
    BigDecimal salaries = personnel.divide(BigDecimal.valueOf(3), 0, RoundingMode.DOWN);
    BigDecimal office = running.divide(BigDecimal.valueOf(2), 0, RoundingMode.DOWN);
    Map<String, BigDecimal> rows = new LinkedHashMap<>();
    rows.put("301 工资福利支出", personnel);
    rows.put("30101 基本工资", salaries);
    rows.put("30199 其他工资福利支出", personnel.subtract(salaries));
    rows.put("302 商品和服务支出", running);
    rows.put("30201 办公费", office);
    rows.put("30299 其他商品和服务支出", running.subtract(office));
    String prefix = "/" + FinalTableId.BASIC_EXPENDITURE.key();
    List<SubjectRow<FinalOutgoColumn>> printed = new ArrayList<>();
    int i = 0;
    for (Map.Entry<String, BigDecimal> row : rows.entrySet()) {
      Subject subject = Subject.parse(row.getKey());
      boolean isClass = subject.code().level() == SubjectLevel.CLASS;
      String at = prefix + "/sections/0/rows/" + i++ + "/";
      printed.add(SubjectRow.of(subject, Cells.of(Map.of(FinalOutgoColumn.TOTAL,
          cell(at + "total", row.getValue(), isClass ? new PrintedCell(at + "total", FinalTableId.BASIC_EXPENDITURE,
              UNIT, subject.toString(), FinalOutgoColumn.TOTAL.label()) : null)
              .orElse(PrintedAmount.of(new BigDecimal("0.00"), AmountUnit.WAN_YUAN))))));
    }
    return BasicExpenditureTable.of(SubjectTable.ofDepartment(CENTS, printed),
        zeroPrinted(prefix + "/personnel", personnel, new PrintedCell(prefix + "/personnel",
            FinalTableId.BASIC_EXPENDITURE, UNIT, "人员经费合计", "")),
        zeroPrinted(prefix + "/publicUse", running, null));
  }

  /** The basic expenditure table prints 0.00 rather than a blank. */
  private PrintedAmount zeroPrinted(String pointer, BigDecimal yuan, PrintedCell checks) {
    return cell(pointer, yuan, checks).orElse(PrintedAmount.of(new BigDecimal("0.00"), AmountUnit.WAN_YUAN));
  }

  // 七、财政拨款"三公"经费支出决算表
  private ThreePublicFinalTable threePublic() {
    String prefix = "/" + FinalTableId.THREE_PUBLIC.key();
    return ThreePublicFinalTable.of(CENTS, threePublicRow(prefix + "/budgeted/", accounts.budgeted(), "预算数"),
        threePublicRow(prefix + "/actual/", accounts.actual(), "决算数"));
  }

  private Optional<Cells<ThreePublicColumn>> threePublicRow(String at, List<BigDecimal> yuan, String row) {
    Map<ThreePublicColumn, BigDecimal> amounts = new LinkedHashMap<>();
    BigDecimal vehicles = yuan.get(2).add(yuan.get(3));
    amounts.put(ThreePublicColumn.TOTAL, yuan.get(0).add(yuan.get(1)).add(vehicles));
    amounts.put(ThreePublicColumn.OVERSEAS, yuan.get(0));
    amounts.put(ThreePublicColumn.VEHICLES, vehicles);
    amounts.put(ThreePublicColumn.VEHICLE_PURCHASE, yuan.get(2));
    amounts.put(ThreePublicColumn.VEHICLE_RUNNING, yuan.get(3));
    amounts.put(ThreePublicColumn.RECEPTION, yuan.get(1));
    return cells(at, amounts, Set.of(ThreePublicColumn.TOTAL, ThreePublicColumn.VEHICLES),
        FinalTableId.THREE_PUBLIC, row);
  }

  private static Predicate<SubjectCode> under(SubjectCode code) {
    return leaf -> leaf.equals(code) || code.isAncestorOf(leaf);
  }

  private static List<SubjectCode> codes(List<Leaf> leaves) {
    TreeSet<SubjectCode> codes = new TreeSet<>();
    leaves.forEach(leaf -> {
      codes.add(leaf.code());
      codes.addAll(leaf.code().ancestors());
    });
    return List.copyOf(codes);
  }
}
