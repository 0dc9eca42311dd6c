package io.github.fiscaltransfer.budget;

import io.github.fiscaltransfer.subject.SubjectCode;
import java.math.BigDecimal;
import java.util.List;

/**
 * A department's budget in exact yuan, before any table rounds it: the truth the generated tables print.
 *
 * @param units the budget units, 2 to 5
 */
public record ExactDepartment(List<Unit> units) {

  /** The department's name in generated tables. */
  public static final String NAME = "测试市医疗保障局";

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

    BigDecimal total() {
      return basic.add(project);
    }
  }
}
