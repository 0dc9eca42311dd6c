/**
 * Internal support the domain packages share: the Immutables style, the CSV reader of the built-in reference data,
 * printed sums and the powers of ten of exact {@code long} arithmetic. Not exported; nothing here is public API.
 */
package io.github.fiscaltransfer.internal;
