package io.github.fiscaltransfer.testing;


import java.util.Objects;

/**
 * Generated text for a target cell (指标值) and its indicator's name, mostly near the target grammar; immutable and
 * thread-safe.
 *
 * @param text the target text, not null
 * @param indicatorName the indicator name, not null
 */
public record FuzzedText(String text, String indicatorName) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if either is null
   */
  public FuzzedText {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(indicatorName, "indicatorName");
  }
}
