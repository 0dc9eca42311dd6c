/**
 * The rule catalog (审核规则目录): every built-in rule of every family (notices, chains, performance targets and
 * self-evaluations, department budgets, deadlines, the statements of a disclosure's prose) found by its id, and the known ids nearest a mistyped one.
 *
 * <p>Sits above every rule family and is imported by none of them; a module above core (such as a reader with its
 * own {@code read.*} rules) adds its families with {@link io.github.fiscaltransfer.rules.RuleCatalog#with}.
 */
package io.github.fiscaltransfer.rules;
