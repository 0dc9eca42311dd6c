/**
 * Findings (审核意见) of the rules that check documents, tables and chains, collected into a report.
 *
 * <p>Validation never stops at the first problem: every rule runs and every finding it makes is reported,
 * each with its rule id, severity, path, expected and actual values, and a message a budget officer can read —
 * in English and in Chinese: a finding's message key and named {@link io.github.fiscaltransfer.validation.Arguments}
 * fill the templates of the rule families' resource bundles ({@link io.github.fiscaltransfer.validation.Messages}).
 */
@ValueStyle
package io.github.fiscaltransfer.validation;

import io.github.fiscaltransfer.internal.ValueStyle;
