package io.github.fiscaltransfer.target;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A qualitative target's direction (定性指标值), such as 有所提高: judged on evidence or against a baseline.
 *
 * <p>Immutable and thread-safe.
 */
public enum Direction {
  /** 有所提高 or 有所提升: some improvement on the baseline. */
  IMPROVE(true, "有所提高", "有所提升"),
  /** 明显提高: a marked improvement on the baseline. */
  IMPROVE_MARKEDLY(true, "明显提高"),
  /** 成效明显: clearly effective. */
  CLEARLY_EFFECTIVE(false, "成效明显"),
  /** 普遍知晓: widely known. */
  WIDELY_KNOWN(false, "普遍知晓"),
  /** 逐步推开: being rolled out step by step. */
  ROLL_OUT(false, "逐步推开");

  private final boolean needsBaseline;
  private final List<String> phrases;

  Direction(boolean needsBaseline, String... phrases) {
    this.needsBaseline = needsBaseline;
    this.phrases = List.of(phrases);
  }

  /**
   * Returns the phrases that print this direction; the first is the one {@link QualitativeTarget#of} prints.
   *
   * @return the phrases, not null, unmodifiable, never empty
   */
  public List<String> phrases() {
    return phrases;
  }

  /**
   * Returns whether the direction compares with a baseline (the previous period's value).
   *
   * @return true for improvements
   */
  public boolean needsBaseline() {
    return needsBaseline;
  }

  static Optional<Direction> ofPhrase(String phrase) {
    return Arrays.stream(values()).filter(d -> d.phrases.contains(phrase)).findFirst();
  }

  /** Returns the first phrase, such as {@code 有所提高}. */
  @Override
  public String toString() {
    return phrases.get(0);
  }
}
