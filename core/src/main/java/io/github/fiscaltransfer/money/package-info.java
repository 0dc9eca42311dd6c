/**
 * Exact amounts of Chinese yuan (人民币, CNY) in the units fiscal documents print them in: 元, 万元 and 亿元.
 *
 * <p>Amounts are {@link javax.money.MonetaryAmount}s in CNY backed by {@link java.math.BigDecimal}; nothing here
 * uses binary floating point, and no operation rounds unless its name says so and it is given a
 * {@link java.math.RoundingMode}. Precision finer than one fen (分, 0.01 元) is refused.
 */
package io.github.fiscaltransfer.money;
