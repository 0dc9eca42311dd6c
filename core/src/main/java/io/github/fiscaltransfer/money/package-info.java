/**
 * Exact amounts of Chinese yuan (人民币, CNY) in the units fiscal documents print them in: 元, 万元 and 亿元.
 *
 * <p>Amounts are {@link io.github.fiscaltransfer.money.CnyAmount}s, this library's own exact
 * {@link javax.money.MonetaryAmount} in CNY (a {@code long} of fen, a {@link java.math.BigDecimal} beyond it); nothing here
 * uses binary floating point, and no operation rounds unless its name says so and it is given a
 * {@link java.math.RoundingMode}. Precision finer than one fen (分, 0.01 元) is refused.
 *
 * <p>{@link io.github.fiscaltransfer.money.Precision} names the two regimes every comparison of amounts is judged
 * by: exact (allocations: any difference is an error) or rounded with a reason (disclosures, and tables declared
 * rounded: a difference within the {@link io.github.fiscaltransfer.money.RoundingEnvelope} is 尾数误差).
 */
package io.github.fiscaltransfer.money;
