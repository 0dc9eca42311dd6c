/**
 * Validation policy (审核规则配置): which rules run, at what severity, which rules of the user's own run beside them,
 * and the reference data (subject catalogs, unit registry) they check against.
 *
 * <p>One immutable {@link io.github.fiscaltransfer.policy.ValidationPolicy}, built once, drives the validation of
 * every document kind: notices, fund flows, performance target tables, self-evaluations and department budgets.
 */
@ValueStyle
package io.github.fiscaltransfer.policy;

import io.github.fiscaltransfer.internal.ValueStyle;
