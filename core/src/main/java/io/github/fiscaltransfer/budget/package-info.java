/**
 * Department budget disclosures (部门预算公开): the standard table set a department publishes each year for itself
 * and its budget units (预算单位) — 收支总表, 收入总表, 支出总表, 基本支出总表, 项目支出总表, 政府预算拨款收支总表, the
 * expenditure tables by function subject, the "三公" table and the 整体支出绩效目标表 — as typed, exact data.
 *
 * <p>Figures are kept as printed; {@link io.github.fiscaltransfer.budget.BudgetValidator} checks every sum within
 * a table and every tie across tables within the rounding envelope (尾数误差); the rule ids are listed on
 * {@link io.github.fiscaltransfer.budget.BudgetRule}.
 */
@ValueStyle
package io.github.fiscaltransfer.budget;

import io.github.fiscaltransfer.internal.ValueStyle;
