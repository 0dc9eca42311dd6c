package io.github.fiscaltransfer.testing;

import io.github.fiscaltransfer.subject.SubjectCode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A department's final accounts (部门决算) in exact yuan, before any table rounds them: the truth a
 * {@link FinalAccountsPrinter} prints. Immutable and thread-safe.
 *
 * @param leaves the function subjects spent on, at least one, codes unique, not null
 * @param other 其他收入 (non-appropriated income), spent as a project under the first leaf, not null
 * @param opening 年初结转和结余 (non-appropriated), carried to 年末结转和结余 unspent, not null
 * @param personnelShare the share of general-budget 基本支出 that is 人员经费 (0 to 1), not null
 * @param budgeted the "三公" 预算数: overseas, reception, vehicle purchase, vehicle running, not null
 * @param actual the "三公" 决算数, same order, not null
 */
public record ExactFinalAccounts(List<Leaf> leaves, BigDecimal other, BigDecimal opening, BigDecimal personnelShare,
    List<BigDecimal> budgeted, List<BigDecimal> actual) {

  /** The department's name in generated final accounts. */
  public static final String NAME = "测试市社会工作部";

  /**
   * Checks and copies the components.
   *
   * @throws IllegalArgumentException if there is no leaf, a code repeats, or a "三公" list is not of four
   */
  public ExactFinalAccounts {
    leaves = List.copyOf(leaves);
    Objects.requireNonNull(other, "other");
    Objects.requireNonNull(opening, "opening");
    Objects.requireNonNull(personnelShare, "personnelShare");
    budgeted = List.copyOf(budgeted);
    actual = List.copyOf(actual);
    if (leaves.isEmpty() || leaves.stream().map(Leaf::code).distinct().count() != leaves.size()
        || budgeted.size() != 4 || actual.size() != 4) {
      throw new IllegalArgumentException("Final accounts need distinct leaves and four \"三公\" figures a row");
    }
  }

  /**
   * One function subject in exact yuan, spent from the general budget or a government fund.
   *
   * @param code a catalog code without children in the catalog, not null
   * @param fund whether it is spent from the government fund budget (政府性基金) rather than the general budget
   * @param basic its basic expenditure (基本支出), not null
   * @param project its project expenditure (项目支出), not null
   */
  public record Leaf(SubjectCode code, boolean fund, BigDecimal basic, BigDecimal project) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public Leaf {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(basic, "basic");
      Objects.requireNonNull(project, "project");
    }

    /**
     * Returns 基本支出 + 项目支出.
     *
     * @return the total, not null
     */
    public BigDecimal total() {
      return basic.add(project);
    }
  }
}
