package io.github.fiscaltransfer.statement;

import io.github.fiscaltransfer.validation.Rule;
import io.github.fiscaltransfer.validation.RuleDescriptor;
import io.github.fiscaltransfer.validation.Severity;

/**
 * The rules {@link NarrativeValidator} checks on the statements of a disclosure's prose against its tables. A
 * figure restating printed cells may differ from them by what rounding the printed figures explains (尾数误差, the
 * {@link io.github.fiscaltransfer.money.RoundingEnvelope} of the figures involved, at the coarser of the prose's
 * and the table's printed step): that is a warning, more is an error. A percentage is computed exactly and compared
 * with its printed rounding (四舍五入 to the printed digits); one that only the rounding of the figures it is
 * computed from can explain is a warning.
 *
 * <table>
 *   <caption>Statement rules</caption>
 *   <tr><th>id</th><th>severity</th><th>rule</th></tr>
 *   <tr><td>statement.unlinked</td><td>info</td><td>a statement restates no cell of the tables, or one the
 *       document cannot tell apart: it is listed with its line, not guessed</td></tr>
 *   <tr><td>statement.figure</td><td>error (warning)</td><td>a stated figure equals the cell it restates</td></tr>
 *   <tr><td>statement.change</td><td>error (warning)</td><td>a stated change equals this year − last year where
 *       the document prints last year</td></tr>
 *   <tr><td>statement.change-unchecked</td><td>info</td><td>a stated change of a linked figure whose last year
 *       the document does not print: not checkable against the tables</td></tr>
 *   <tr><td>statement.percent</td><td>error (warning)</td><td>a stated percentage is the change over last year
 *       (from the tables, else from the stated figure and change), or the share of the stated whole (占, or a
 *       completion rate 完成预算的), rounded as printed; a share of a whole of 0 is an error</td></tr>
 *   <tr><td>statement.sign</td><td>error</td><td>a sign word (增加/减少/持平, 增长/下降) agrees with the figures
 *       and with the sentence's other sign word</td></tr>
 *   <tr><td>statement.table-missing</td><td>warning</td><td>a table the prose says the document holds (目录) is
 *       in it</td></tr>
 *   <tr><td>statement.table-empty</td><td>error</td><td>a table the prose says has no data (无…支出预算) prints
 *       only zeros</td></tr>
 * </table>
 */
public enum StatementRule implements Rule {
  /** A statement restates no cell the tables can tell apart. */
  UNLINKED("statement.unlinked", Severity.INFO, "a statement restates a cell of the tables"),
  /** A stated figure equals the cell it restates. */
  FIGURE("statement.figure", Severity.ERROR, "a stated figure equals the cell it restates"),
  /** A stated change equals this year − last year. */
  CHANGE("statement.change", Severity.ERROR, "a stated change equals this year − last year"),
  /** A stated change whose last year the document does not print. */
  CHANGE_UNCHECKED("statement.change-unchecked", Severity.INFO,
      "a stated change can be checked against last year's figure"),
  /** A stated percentage is the exact change or share rounded as printed. */
  PERCENT("statement.percent", Severity.ERROR, "a stated percentage is the exact change or share rounded as printed"),
  /** A sign word agrees with the figures. */
  SIGN("statement.sign", Severity.ERROR, "a sign word agrees with the figures"),
  /** A table the prose announces is in the document. */
  TABLE_MISSING("statement.table-missing", Severity.WARNING, "a table the prose announces is in the document"),
  /** A table the prose says has no data prints only zeros. */
  TABLE_EMPTY("statement.table-empty", Severity.ERROR, "a table the prose says has no data prints only zeros");

  private final RuleDescriptor descriptor;

  StatementRule(String id, Severity severity, String summary) {
    this.descriptor = RuleDescriptor.of(id, severity, summary);
  }

  @Override
  public RuleDescriptor descriptor() {
    return descriptor;
  }

  /** Returns the id, such as {@code statement.figure}. */
  @Override
  public String toString() {
    return descriptor.id();
  }
}
