package io.github.fiscaltransfer.performance;

/**
 * Generated text for a target cell and its indicator's name, mostly near the target grammar.
 *
 * @param text the target text
 * @param indicatorName the indicator name
 */
record FuzzedText(String text, String indicatorName) {}
