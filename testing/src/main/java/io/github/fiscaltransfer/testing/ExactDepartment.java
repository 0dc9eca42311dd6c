package io.github.fiscaltransfer.testing;

import io.github.fiscaltransfer.subject.SubjectCode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A department's budget (部门预算) in exact yuan, before any table rounds it: the truth a {@link BudgetPrinter}
 * prints. Immutable and thread-safe.
 *
 * @param units the budget units, at least one, not null
 */
public record ExactDepartment(List<Unit> units) {

  /** The department's name in generated tables. */
  public static final String NAME = "测试市医疗保障局";

  /**
   * Checks and copies the units.
   *
   * @throws IllegalArgumentException if there is no unit
   */
  public ExactDepartment {
    units = List.copyOf(units);
    if (units.isEmpty()) {
      throw new IllegalArgumentException("A department needs at least one budget unit");
    }
  }

  /**
   * Returns a small fixed department: two units, one subject each.
   *
   * @return the department, not null
   */
  public static ExactDepartment small() {
    List<BigDecimal> none = List.of(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
    return new ExactDepartment(List.of(
        new Unit("预算单位甲", List.of(new Leaf(SubjectCode.of("2101501"), false, new BigDecimal("1234567"),
            new BigDecimal("890123"))), new BigDecimal("50000"), BigDecimal.ZERO,
            List.of(BigDecimal.TEN, BigDecimal.ONE, BigDecimal.ONE), none, none),
        new Unit("预算单位乙", List.of(new Leaf(SubjectCode.of("2101301"), true, BigDecimal.ZERO,
            new BigDecimal("77777"))), BigDecimal.ZERO, BigDecimal.ZERO,
            List.of(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO), none, none)));
  }

  /**
   * One budget unit in exact yuan.
   *
   * @param name the unit's name
   * @param leaves the subjects it spends on, each a catalog code without children in the catalog
   * @param unitFunds its own funds (单位资金, 其他收入), spent as projects under its first leaf
   * @param carryOver its carry-over (上年结余、结转), spent on its general-budget projects
   * @param procurement government procurement, with its 中小企业 and 小微企业 parts
   * @param lastYear last year's "三公" budget: overseas, reception, vehicle purchase, vehicle running
   * @param thisYear this year's "三公" budget, same order
   */
  public record Unit(String name, List<Leaf> leaves, BigDecimal unitFunds, BigDecimal carryOver,
      List<BigDecimal> procurement, List<BigDecimal> lastYear, List<BigDecimal> thisYear) {

    /**
     * Checks and copies the components.
     *
     * @throws IllegalArgumentException if there is no leaf, or procurement has not 3 parts or a "三公" list not 4
     */
    public Unit {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(unitFunds, "unitFunds");
      Objects.requireNonNull(carryOver, "carryOver");
      leaves = List.copyOf(leaves);
      procurement = List.copyOf(procurement);
      lastYear = List.copyOf(lastYear);
      thisYear = List.copyOf(thisYear);
      if (leaves.isEmpty() || procurement.size() != 3 || lastYear.size() != 4 || thisYear.size() != 4) {
        throw new IllegalArgumentException("Not a budget unit: " + name + " with " + leaves.size()
            + " subjects, procurement " + procurement + ", 三公 " + lastYear + " and " + thisYear);
      }
    }

    BigDecimal basic(boolean fund) {
      return leaves.stream().filter(l -> l.fund() == fund).map(Leaf::basic).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    BigDecimal project(boolean fund) {
      return leaves.stream().filter(l -> l.fund() == fund).map(Leaf::project)
          .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    BigDecimal fiscal() {
      return basic(false).add(project(false)).add(basic(true)).add(project(true));
    }

    BigDecimal total() {
      return fiscal().add(unitFunds);
    }
  }

  /**
   * Spending on one subject by one unit.
   *
   * @param code the subject
   * @param fund whether it is paid from the government fund budget (政府性基金) rather than the general budget
   * @param basic 基本支出 in yuan
   * @param project 项目支出 in yuan
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

    BigDecimal total() {
      return basic.add(project);
    }
  }
}
