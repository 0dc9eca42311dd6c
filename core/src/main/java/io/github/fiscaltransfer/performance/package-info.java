/**
 * Performance target tables (绩效目标表) of transfer-payment grants: the funding block (资金情况), the annual goals
 * (年度目标) and the indicators (绩效指标), grouped by level-1 and level-2 category, each with its printed target
 * (package {@code target}).
 *
 * <p>A table validates into findings; the rule ids of tables and of self-evaluations (package {@code evaluation})
 * are listed on {@link io.github.fiscaltransfer.performance.PerformanceRule}.
 */
@ValueStyle
package io.github.fiscaltransfer.performance;

import io.github.fiscaltransfer.internal.ValueStyle;
