/**
 * The JSON form of department budgets (部门预算, core package {@code budget}): shape records bound by Jackson and
 * built through the core types' factories, registered in {@link io.github.fiscaltransfer.jackson.FiscalTransferModule}.
 *
 * <p>Figures are JSON strings in plain notation keeping their printed scale ({@code "16910"}, {@code "43.44"});
 * each table states its unit and scale once ({@code "format":{"unit":"万元","scale":0}}); cells are keyed by the
 * column's {@code key()}, so that a finding's JSON Pointer ({@code /generalPublic/sections/0/rows/7/project}) points
 * into this form.
 */
package io.github.fiscaltransfer.jackson.budget;
