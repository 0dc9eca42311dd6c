/**
 * fiscal-transfer: Chinese fiscal transfer documents (转移支付资金下达文件) as exact, immutable, validated data.
 *
 * <p>Each domain concept has its own package: {@code money}, {@code allocation}, {@code subject},
 * {@code unit}, {@code notice}, {@code hierarchy}, {@code performance}; {@code validation} holds the findings
 * every rule reports. This package holds only the parse exception shared by every text format.
 */
package io.github.fiscaltransfer;
