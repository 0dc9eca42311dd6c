/**
 * jqwik arbitraries for every fiscal-transfer document kind, for your own properties: printed amounts, subject
 * codes (科目编码), units from the whole built-in registry (行政区划, any year 2015–2024), allocation tables, transfer
 * notices (资金下达文件), notice documents, fund chains (资金链) with injected faults, performance target tables
 * (绩效目标表), self-evaluations (绩效自评), department budgets (部门预算) and final accounts (部门决算) with one cell
 * printed wrong.
 *
 * <p>Each {@code *Domain} is a jqwik domain context: annotate a property with
 * {@code @Domain(HierarchyDomain.class)} and take {@code @ForAll ChainSpec chain, @ForAll ChainSpec.Fault fault};
 * add {@code @Domain(DomainContext.Global.class)} to keep jqwik's own arbitraries ({@code int}, {@code String}).
 * Generated documents are valid; the faults ({@link io.github.fiscaltransfer.testing.ChainSpec.Fault},
 * {@link io.github.fiscaltransfer.testing.NoticeFault}, {@link io.github.fiscaltransfer.testing.BudgetPrinter#wrong},
 * {@link io.github.fiscaltransfer.testing.FinalAccountsPrinter#wrong})
 * say which rule must report them.
 */
package io.github.fiscaltransfer.testing;
