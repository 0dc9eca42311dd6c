package io.github.fiscaltransfer.budget;

import java.time.Year;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A department's final accounts (部门决算) for a year: the department, the units its accounts cover (决算单位构成)
 * and the nine standard 决算 tables as printed. A table the source lacks is absent, and validation reports it; a table
 * that prints "本表无数据" is present and empty.
 *
 * <p>Immutable and thread-safe. Build with {@link #builder()}; validate with {@link FinalAccountsValidator}.
 */
@Value.Immutable
public abstract class FinalAccounts {

  FinalAccounts() {}

  /**
   * Returns the year the accounts close.
   *
   * @return the year, not null
   */
  public abstract Year year();

  /**
   * Returns the department as printed, such as {@code 中共上海市普陀区委社会工作部}.
   *
   * @return the name, not null
   */
  public abstract String department();

  /**
   * Returns the units the accounts cover, as listed (the department's own office first).
   *
   * @return the unit names, not null
   */
  public abstract List<String> units();

  /**
   * Returns 一、收入支出决算总表.
   *
   * @return the table, empty if the source lacks it, not null
   */
  public abstract Optional<FinalBalanceTable> summary();

  /**
   * Returns 二、收入决算表 (by function subject).
   *
   * @return the table, empty if the source lacks it, not null
   */
  public abstract Optional<SubjectTable<FinalIncomeColumn>> income();

  /**
   * Returns 三、支出决算表 (by function subject).
   *
   * @return the table, empty if the source lacks it, not null
   */
  public abstract Optional<SubjectTable<ExpenditureColumn>> expenditure();

  /**
   * Returns 四、财政拨款收入支出决算总表.
   *
   * @return the table, empty if the source lacks it, not null
   */
  public abstract Optional<FinalBalanceTable> appropriations();

  /**
   * Returns 五、一般公共预算财政拨款支出决算表 (by function subject, 合计 = 基本支出 + 项目支出).
   *
   * @return the table, empty if the source lacks it, not null
   */
  public abstract Optional<SubjectTable<ExpenditureColumn>> generalPublic();

  /**
   * Returns 六、一般公共预算财政拨款基本支出决算表 (by economic classification).
   *
   * @return the table, empty if the source lacks it, not null
   */
  public abstract Optional<BasicExpenditureTable> basicExpenditure();

  /**
   * Returns 七、财政拨款"三公"经费支出决算表.
   *
   * @return the table, empty if the source lacks it, not null
   */
  public abstract Optional<ThreePublicFinalTable> threePublic();

  /**
   * Returns 八、政府性基金预算财政拨款收入支出决算表.
   *
   * @return the table, empty if the source lacks it, not null
   */
  public abstract Optional<SubjectTable<FundColumn>> governmentFund();

  /**
   * Returns 九、国有资本经营预算财政拨款收入支出决算表.
   *
   * @return the table, empty if the source lacks it, not null
   */
  public abstract Optional<SubjectTable<FundColumn>> stateCapital();

  /**
   * Returns the standard tables the document holds.
   *
   * @return the tables present, not null
   */
  public Set<FinalTableId> tables() {
    Set<FinalTableId> present = EnumSet.noneOf(FinalTableId.class);
    summary().ifPresent(t -> present.add(FinalTableId.SUMMARY));
    income().ifPresent(t -> present.add(FinalTableId.INCOME));
    expenditure().ifPresent(t -> present.add(FinalTableId.EXPENDITURE));
    appropriations().ifPresent(t -> present.add(FinalTableId.APPROPRIATIONS));
    generalPublic().ifPresent(t -> present.add(FinalTableId.GENERAL_PUBLIC));
    basicExpenditure().ifPresent(t -> present.add(FinalTableId.BASIC_EXPENDITURE));
    threePublic().ifPresent(t -> present.add(FinalTableId.THREE_PUBLIC));
    governmentFund().ifPresent(t -> present.add(FinalTableId.GOVERNMENT_FUND));
    stateCapital().ifPresent(t -> present.add(FinalTableId.STATE_CAPITAL));
    return present;
  }

  /**
   * Returns the stable key findings name the document by, such as {@code 中共上海市普陀区委社会工作部 2024 决算}.
   *
   * @return the reference, not null
   */
  public String reference() {
    return department() + " " + year() + " " + BudgetKind.FINAL_ACCOUNTS;
  }

  @Value.Check
  void check() {
    if (department().isBlank()) {
      throw new IllegalArgumentException("Final accounts must name their department (" + year() + ")");
    }
    if (Set.copyOf(units()).size() != units().size() || units().stream().anyMatch(String::isBlank)) {
      throw new IllegalArgumentException("Final accounts list their units once each: " + units());
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

  /** Returns {@code 中共上海市普陀区委社会工作部 2024 决算: 2 units, 9 of 9 tables}. */
  @Override
  public String toString() {
    return reference() + ": " + units().size() + " units, " + tables().size() + " of "
        + FinalTableId.values().length + " tables";
  }

  /** Builds {@link FinalAccounts}; year and department are required. */
  public static final class Builder extends ImmutableFinalAccounts.Builder {
    Builder() {}
  }
}
