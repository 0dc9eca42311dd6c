package io.github.fiscaltransfer.budget;

import java.time.Year;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A department's budget disclosure (部门预算 or 部门决算) for a year: the department, its budget units (预算单位)
 * and the standard tables it publishes, each as printed. A table the source lacks is simply absent; validation
 * reports it.
 *
 * <p>Immutable and thread-safe. Build with {@link #builder()}; validate with {@link BudgetValidator}.
 */
@Value.Immutable
public abstract class DepartmentBudget {

  DepartmentBudget() {}

  /**
   * Returns the fiscal year.
   *
   * @return the year, not null
   */
  public abstract Year year();

  /**
   * Returns whether the tables are the budget or the final accounts.
   *
   * @return the kind, not null
   */
  public abstract BudgetKind kind();

  /**
   * Returns the department as printed (部门名称), such as {@code 深圳市医疗保障局}.
   *
   * @return the name, not null
   */
  public abstract String department();

  /**
   * Returns the budget units as the tables print them, in printed order (the department's own office first).
   *
   * @return the unit names, not null
   */
  public abstract List<String> units();

  /**
   * Returns 表1 收支总表.
   *
   * @return the table, empty if the source lacks it, not null
   */
  public abstract Optional<BalanceTable> summary();

  /**
   * Returns 表2 收入总表 (a row a unit, columns by revenue heading).
   *
   * @return the table, empty if the source lacks it, not null
   */
  public abstract Optional<GridTable<RevenueColumn>> revenue();

  /**
   * Returns 表3 支出总表 (a row a unit: 基本支出, 项目支出, 政府采购).
   *
   * @return the table, empty if the source lacks it, not null
   */
  public abstract Optional<GridTable<ExpenditureColumn>> expenditure();

  /**
   * Returns 表4 基本支出总表 (a row a category, columns by revenue heading).
   *
   * @return the table, empty if the source lacks it, not null
   */
  public abstract Optional<GridTable<RevenueColumn>> basicExpenditure();

  /**
   * Returns 表5 项目支出总表 (a row a project category, columns by revenue heading).
   *
   * @return the table, empty if the source lacks it, not null
   */
  public abstract Optional<GridTable<RevenueColumn>> projectExpenditure();

  /**
   * Returns 表6 政府预算拨款收支总表.
   *
   * @return the table, empty if the source lacks it, not null
   */
  public abstract Optional<BalanceTable> appropriations();

  /**
   * Returns 表7 一般公共预算支出表（按功能分类）.
   *
   * @return the table, empty if the source lacks it, not null
   */
  public abstract Optional<SubjectTable<ExpenditureColumn>> generalPublic();

  /**
   * Returns 表8 一般公共预算"三公"经费支出表.
   *
   * @return the table, empty if the source lacks it, not null
   */
  public abstract Optional<ThreePublicTable> threePublic();

  /**
   * Returns 表9 政府性基金预算支出表.
   *
   * @return the table, empty if the source lacks it, not null
   */
  public abstract Optional<SubjectTable<ExpenditureColumn>> governmentFund();

  /**
   * Returns 表10 国有资本经营预算支出表.
   *
   * @return the table, empty if the source lacks it, not null
   */
  public abstract Optional<SubjectTable<ExpenditureColumn>> stateCapital();

  /**
   * Returns 表11 部门（单位）整体支出绩效目标表.
   *
   * @return the table, empty if the source lacks it, not null
   */
  public abstract Optional<PerformanceGoalTable> performance();

  /**
   * Returns the standard tables the document holds.
   *
   * @return the tables present, not null
   */
  public Set<TableId> tables() {
    Set<TableId> present = EnumSet.noneOf(TableId.class);
    summary().ifPresent(t -> present.add(TableId.SUMMARY));
    revenue().ifPresent(t -> present.add(TableId.REVENUE));
    expenditure().ifPresent(t -> present.add(TableId.EXPENDITURE));
    basicExpenditure().ifPresent(t -> present.add(TableId.BASIC_EXPENDITURE));
    projectExpenditure().ifPresent(t -> present.add(TableId.PROJECT_EXPENDITURE));
    appropriations().ifPresent(t -> present.add(TableId.APPROPRIATIONS));
    generalPublic().ifPresent(t -> present.add(TableId.GENERAL_PUBLIC));
    threePublic().ifPresent(t -> present.add(TableId.THREE_PUBLIC));
    governmentFund().ifPresent(t -> present.add(TableId.GOVERNMENT_FUND));
    stateCapital().ifPresent(t -> present.add(TableId.STATE_CAPITAL));
    performance().ifPresent(t -> present.add(TableId.PERFORMANCE));
    return present;
  }

  /**
   * Returns the stable key findings name the document by, such as {@code 深圳市医疗保障局 2022 预算}: a department
   * budget has no 发文字号.
   *
   * @return the reference, not null
   */
  public String reference() {
    return department() + " " + year() + " " + kind();
  }

  @Value.Check
  void check() {
    if (department().isBlank()) {
      throw new IllegalArgumentException("A department budget must name its department (" + year() + ")");
    }
    if (units().isEmpty() || Set.copyOf(units()).size() != units().size()) {
      throw new IllegalArgumentException("A department budget lists its budget units once each: " + units());
    }
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns {@code 深圳市医疗保障局 2022 预算: 2 units, 10 of 11 tables}. */
  @Override
  public String toString() {
    return department() + " " + year() + " " + kind() + ": " + units().size() + " units, " + tables().size()
        + " of " + TableId.values().length + " tables";
  }

  /**
   * Builds a {@link DepartmentBudget}; year, kind, department and at least one unit are required. Each method sets
   * the attribute of the same name, described at its accessor: {@code year(Year)}, {@code kind(BudgetKind)},
   * {@code department(String)}, the budget units with {@code addUnit}, {@code addUnits}, {@code addAllUnits} or
   * {@code units}, and each table present: {@code summary}, {@code revenue}, {@code expenditure},
   * {@code projectExpenditure}, {@code appropriations}, {@code generalPublic}, {@code basicExpenditure},
   * {@code governmentFund}, {@code stateCapital}, {@code threePublic}, {@code performance} (see
   * {@link DepartmentBudget#tables()} for which 表 each is).
   *
   * <p>How the methods behave: {@linkplain io.github.fiscaltransfer the library's builders}.
   */
  public static final class Builder extends ImmutableDepartmentBudget.Builder {
    Builder() {}
  }
}
