/**
 * Performance targets (绩效目标表) and performance self-evaluations (绩效自评) of transfer-payment grants.
 *
 * <p>Every transfer notice carries a target table whose indicators (绩效指标) are grouped by level-1 and level-2
 * category and each carry a printed target (指标值) such as {@code ≥2万人次} or {@code 12月底前}; at year end a
 * self-evaluation reports how the funds were spent and scores each indicator towards a grade (优, 良, 中, 差).
 * The types here keep every printed text, read targets into exact values, and validate tables and evaluations
 * into findings; the rule ids are listed on {@link io.github.fiscaltransfer.performance.PerformanceRule}.
 */
@ValueStyle
package io.github.fiscaltransfer.performance;

import io.github.fiscaltransfer.internal.ValueStyle;
