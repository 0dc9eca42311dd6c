/**
 * Allocation (资金分配): splitting a total among recipients by weights, in whole steps such as 1 分 or 1 万元,
 * without losing or inventing a fen.
 *
 * <p>The default is the largest-remainder (Hamilton, 最大余额法) method; the bureau practice of rounding every
 * line half-up and putting the rounding difference (尾差) on one line is also offered. Every
 * {@link io.github.fiscaltransfer.allocation.Allocation} records, per line, the exact share, the amount and the
 * remainder steps the line received, so a reviewer can see where every fen went.
 */
package io.github.fiscaltransfer.allocation;
