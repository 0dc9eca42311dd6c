package io.github.fiscaltransfer.budget;

import io.github.fiscaltransfer.validation.Rule;
import io.github.fiscaltransfer.validation.RuleDescriptor;
import io.github.fiscaltransfer.validation.Severity;

/**
 * The rules {@link BudgetValidator} checks on a department budget (部门预算) and {@link FinalAccountsValidator} on
 * final accounts (部门决算), each with its id and usual severity. Every
 * comparison of printed figures uses one {@link io.github.fiscaltransfer.money.RoundingEnvelope}: with f printed
 * figures on the two sides, a difference of at most ⌊f/2⌋ printed quanta is what rounding (四舍五入, the document's
 * 尾数误差) can explain and is a warning giving both figures; a larger one is an error naming table, unit, row,
 * column, expected and actual.
 *
 * <table>
 *   <caption>Department budget rules</caption>
 *   <tr><th>id</th><th>severity</th><th>rule</th></tr>
 *   <tr><td>budget.table-missing</td><td>warning</td><td>every standard table (表1–表11 of a 预算, the nine of a
 *       决算) is present; a table printing "本表无数据" is present</td></tr>
 *   <tr><td>budget.table-incomplete</td><td>warning</td><td>a table without a printed total reaches the total
 *       another table prints for it (项目支出总表 against 支出总表's 项目支出)</td></tr>
 *   <tr><td>budget.unit-unknown</td><td>error</td><td>every unit a table names is one of the document's units</td></tr>
 *   <tr><td>budget.row-sum</td><td>error (warning)</td><td>on every row, a column equals the sum of its parts
 *       printed (支出总计 = 基本支出 + 项目支出, 收入总计 = its headings, "三公" 总计 = its parts)</td></tr>
 *   <tr><td>budget.of-which</td><td>error (warning)</td><td>an "of which" (其中) column is at most its parent</td></tr>
 *   <tr><td>budget.subject-sum</td><td>error (warning)</td><td>each 类 equals the sum of its 款, each 款 the sum of
 *       its 项, per column</td></tr>
 *   <tr><td>budget.unit-total</td><td>error (warning)</td><td>a unit's total row equals the sum of its 类
 *       rows</td></tr>
 *   <tr><td>budget.department-total</td><td>error (warning)</td><td>the department's row equals the sum of the
 *       unit rows, or of the 类 rows where the table is not split by unit (the 决算 tables by subject)</td></tr>
 *   <tr><td>budget.balance</td><td>error (warning)</td><td>收支总表 and 政府预算拨款收支总表: 本年支出合计 is the sum
 *       of the 类, 支出总计 = 本年支出合计 + 结转下年, 收入总计 = 支出总计; the two 决算 总表: 本年支出合计 = the 类
 *       lines, 总计 = 本年支出合计 + 结余分配 + 年末结转和结余 = 收入 总计 (本年收入合计 + 使用非财政拨款结余 +
 *       年初结转和结余 is budget.row-sum)</td></tr>
 *   <tr><td>budget.change</td><td>error (warning)</td><td>"三公" 增减变化 = this year − last year</td></tr>
 *   <tr><td>budget.task-sum</td><td>error (warning)</td><td>整体支出绩效目标表: the tasks add up to 金额合计, and
 *       总额 = 财政拨款 + 其他资金</td></tr>
 *   <tr><td>budget.cross-unit</td><td>error (warning)</td><td>a unit's totals agree across tables: 收入总计 of
 *       收入总表 = 支出总计 of 支出总表; the function tables' total = its 政府预算拨款 + 上年结余、结转 of 收入总表;
 *       一般公共预算 基本支出 = 基本支出拨款</td></tr>
 *   <tr><td>budget.cross-subject</td><td>error (warning)</td><td>per subject, 政府预算拨款收支总表 = 一般公共预算 +
 *       政府性基金 + 国有资本经营 tables; 决算: each 类 line of 收入支出决算总表 = 支出决算表's 类 row, each of
 *       财政拨款收入支出决算总表 = the 一般公共预算, 政府性基金 and 国有资本经营 tables' 类 rows</td></tr>
 *   <tr><td>budget.cross-total</td><td>error (warning)</td><td>收支总表 less 单位资金 and 财政专户 = 政府预算拨款收支总表;
 *       绩效目标表 金额合计 = 收支总表 支出总计, its 财政拨款 = 政府预算拨款收支总表's; 决算: 收入支出决算总表's
 *       本年收入合计 (and 财政拨款) = 收入决算表's 合计, its 本年支出合计 = 支出决算表's 合计, 财政拨款收入支出决算总表's 本年支出合计 = the three fund tables' 合计,
 *       一般公共预算财政拨款支出决算表's 基本支出 = 人员经费合计 + 公用经费合计</td></tr>
 *   <tr><td>budget.basic-split</td><td>error (warning)</td><td>部门决算 一般公共预算财政拨款基本支出决算表:
 *       人员经费合计 + 公用经费合计 = the economic 类 rows (301 + 302 + 303 + 310 …)</td></tr>
 *   <tr><td>budget.carry-forward</td><td>error (warning)</td><td>部门决算 政府性基金 and 国有资本经营 tables, per
 *       row: 年末结转和结余 = 年初结转和结余 + 本年收入 − 本年支出</td></tr>
 *   <tr><td>subject.unknown / subject.name</td><td>error / warning</td><td>subjects are in the year's catalog,
 *       under their catalog name</td></tr>
 *   <tr><td>subject.catalog-missing</td><td>info</td><td>no catalog for the year, so subjects were not
 *       checked</td></tr>
 * </table>
 */
public enum BudgetRule implements Rule {
  /** Every standard table is present. */
  TABLE_MISSING("budget.table-missing", Severity.WARNING,
      "every standard table is present"),
  /** A table without a printed total reaches the total printed for it elsewhere. */
  TABLE_INCOMPLETE("budget.table-incomplete", Severity.WARNING,
      "a table without a printed total reaches the total printed for it elsewhere"),
  /** Every unit a table names is one of the document's units. */
  UNIT_UNKNOWN("budget.unit-unknown", Severity.ERROR,
      "every unit a table names is one of the document's units"),
  /** A column equals the sum of its printed parts on every row. */
  ROW_SUM("budget.row-sum", Severity.ERROR,
      "a column equals the sum of its printed parts on every row"),
  /** An "of which" column is at most its parent. */
  OF_WHICH("budget.of-which", Severity.ERROR,
      "an \"of which\" column is at most its parent"),
  /** Each 类 is the sum of its 款, each 款 of its 项. */
  SUBJECT_SUM("budget.subject-sum", Severity.ERROR,
      "each 类 is the sum of its 款, each 款 of its 项"),
  /** A unit's total row is the sum of its 类 rows. */
  UNIT_TOTAL("budget.unit-total", Severity.ERROR,
      "a unit's total row is the sum of its 类 rows"),
  /** The department row is the sum of the unit rows. */
  DEPARTMENT_TOTAL("budget.department-total", Severity.ERROR,
      "the department row is the sum of the unit rows"),
  /** A balance table balances. */
  BALANCE("budget.balance", Severity.ERROR,
      "a balance table balances"),
  /** The "三公" change row is this year minus last year. */
  CHANGE("budget.change", Severity.ERROR,
      "the \"三公\" change row is this year minus last year"),
  /** The tasks of the performance table add up. */
  TASK_SUM("budget.task-sum", Severity.ERROR,
      "the tasks of the performance table add up"),
  /** A unit's totals agree across tables. */
  CROSS_UNIT("budget.cross-unit", Severity.ERROR,
      "a unit's totals agree across tables"),
  /** Per subject, the appropriation balance equals the three function tables. */
  CROSS_SUBJECT("budget.cross-subject", Severity.ERROR,
      "per subject, the appropriation balance equals the three function tables"),
  /** The department's totals agree across tables. */
  CROSS_TOTAL("budget.cross-total", Severity.ERROR,
      "the department's totals agree across tables"),
  /** 人员经费合计 + 公用经费合计 is the basic expenditure the economic 类 rows add up to. */
  BASIC_SPLIT("budget.basic-split", Severity.ERROR,
      "人员经费合计 + 公用经费合计 is the basic expenditure by economic classification"),
  /** 年末结转和结余 is 年初结转和结余 + 本年收入 − 本年支出. */
  CARRY_FORWARD("budget.carry-forward", Severity.ERROR,
      "年末结转和结余 is 年初结转和结余 + 本年收入 − 本年支出"),
  /** A subject is in the year's catalog. */
  SUBJECT_UNKNOWN("subject.unknown", Severity.ERROR,
      "a subject is in the catalog"),
  /** A subject is printed with its catalog name. */
  SUBJECT_NAME("subject.name", Severity.WARNING,
      "a subject is printed with its catalog name"),
  /** There is a catalog for the year. */
  SUBJECT_CATALOG_MISSING("subject.catalog-missing", Severity.INFO,
      "there is a catalog to check subjects against");

  private final RuleDescriptor descriptor;

  BudgetRule(String id, Severity severity, String summary) {
    this.descriptor = RuleDescriptor.of(id, severity, summary);
  }

  @Override
  public RuleDescriptor descriptor() {
    return descriptor;
  }

  /** Returns the id, such as {@code budget.row-sum}. */
  @Override
  public String toString() {
    return descriptor.id();
  }
}
