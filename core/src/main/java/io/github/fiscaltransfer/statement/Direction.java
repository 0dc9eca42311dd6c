package io.github.fiscaltransfer.statement;

import java.util.Objects;
import java.util.Optional;

/** The way a comparison with last year goes, as its sign word says (增加/增长, 减少/下降, 持平). */
public enum Direction {
  /** 增加, 增长, 增幅, 上升. */
  INCREASE("增加", "增长", 1),
  /** 减少, 下降, 减幅, 降低. */
  DECREASE("减少", "下降", -1),
  /** 持平, 保持一致, 不变. */
  UNCHANGED("持平", "持平", 0);

  private final String word;
  private final String rateWord;
  private final int signum;

  Direction(String word, String rateWord, int signum) {
    this.word = word;
    this.rateWord = rateWord;
    this.signum = signum;
  }

  /**
   * Returns the usual word before a percentage, such as {@code 增长}.
   *
   * @return the word, not null
   */
  public String rateWord() {
    return rateWord;
  }

  /**
   * Returns the direction a sign word names.
   *
   * @param word the word as printed, such as {@code 增幅} or {@code 保持一致}, not null
   * @return the direction, empty if the word is no sign word, not null
   */
  public static Optional<Direction> ofWord(String word) {
    return switch (Objects.requireNonNull(word, "word").strip()) {
      case "增加", "增长", "增幅", "上升", "提高" -> Optional.of(INCREASE);
      case "减少", "下降", "减幅", "降低", "降幅" -> Optional.of(DECREASE);
      case "持平", "保持一致", "不变" -> Optional.of(UNCHANGED);
      default -> Optional.empty();
    };
  }

  /**
   * Returns the direction of a change.
   *
   * @param signum the sign of this year − last year
   * @return the direction, not null
   */
  public static Direction of(int signum) {
    return signum > 0 ? INCREASE : signum < 0 ? DECREASE : UNCHANGED;
  }

  /**
   * Returns the sign of the change the word states: 1, −1 or 0.
   *
   * @return the sign
   */
  public int signum() {
    return signum;
  }

  /** Returns the usual word, such as {@code 增加}. */
  @Override
  public String toString() {
    return word;
  }
}
