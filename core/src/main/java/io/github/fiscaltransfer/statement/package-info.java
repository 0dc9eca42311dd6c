/**
 * Statements of a disclosure's prose (文字部分/情况说明) as data: what is stated (a table total, a unit's total, a
 * column, an item), the figure as printed, the comparison with last year (比上年增加/减少, 增长/下降, 持平) and the
 * share (占), each with its source line; and the rules that tie each statement to the table cell it restates.
 *
 * <p>{@link io.github.fiscaltransfer.statement.NarrativeValidator} links every statement of a
 * {@link io.github.fiscaltransfer.statement.Narrative} to a cell of a department budget (or of a 部门决算's nine
 * tables), or reports it as not linked,
 * and checks figure, change, percentage and sign word; the rule ids are listed on
 * {@link io.github.fiscaltransfer.statement.StatementRule}.
 */
@ValueStyle
package io.github.fiscaltransfer.statement;

import io.github.fiscaltransfer.internal.ValueStyle;
