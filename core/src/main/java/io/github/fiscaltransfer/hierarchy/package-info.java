/**
 * The fund chain (资金链): how a grant flows from one level's notice down to the notices of the units below it,
 * and the rules every link must keep — same amount, project code, fund labels (资金标识), subject subtree and
 * fiscal year.
 *
 * <p>{@link io.github.fiscaltransfer.hierarchy.FundFlow} links notices into a chain and reports every
 * {@link io.github.fiscaltransfer.hierarchy.ChainRule} finding together; {@link
 * io.github.fiscaltransfer.hierarchy.Reconciliation} works out the refunds and top-ups (多退少补) between a
 * pre-allocation (预下达) and the formal allocation.
 */
package io.github.fiscaltransfer.hierarchy;
