/**
 * Documents as a file holds them (文件): a transfer notice (转移支付资金下达通知) with the performance target tables
 * (绩效目标表) attached to it, or a self-evaluation (绩效自评报告).
 *
 * <p>{@link io.github.fiscaltransfer.document.NoticeDocument} is the unit a reader produces and a writer stores; it
 * validates all its parts in one call. It sits above {@code notice} and {@code performance}, which it joins.
 */
package io.github.fiscaltransfer.document;
