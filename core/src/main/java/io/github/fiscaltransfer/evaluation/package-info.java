/**
 * Performance self-evaluations (绩效自评): at year end a unit reports how a grant's funds were spent (预算执行情况,
 * one {@link io.github.fiscaltransfer.evaluation.BudgetLine} per allocation) and scores each indicator towards a
 * grade (优, 良, 中, 差).
 *
 * <p>The types keep every stated figure and compute execution rates, totals and the grade from them; a
 * {@link io.github.fiscaltransfer.evaluation.SelfEvaluation} validates into findings whose rule ids
 * ({@code evaluation.*}) are listed on {@link io.github.fiscaltransfer.performance.PerformanceRule}.
 */
@ValueStyle
package io.github.fiscaltransfer.evaluation;

import io.github.fiscaltransfer.internal.ValueStyle;
