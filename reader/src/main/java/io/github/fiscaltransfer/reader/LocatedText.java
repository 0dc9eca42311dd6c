package io.github.fiscaltransfer.reader;

import java.util.Objects;

/**
 * A piece of source text and where it starts: a value parsed but not yet resolved into a domain type.
 *
 * <p>Immutable and thread-safe.
 *
 * @param text the text as read (after joining what was certainly one value), not null
 * @param position where the text starts, not null
 */
public record LocatedText(String text, SourcePosition position) {

  /**
   * Checks both parts.
   *
   * @throws NullPointerException if either is null
   */
  public LocatedText {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(position, "position");
  }

  /** Returns {@code 粤财社〔2021〕307号 (line 4, column 1)}. */
  @Override
  public String toString() {
    return text + " (" + position + ")";
  }
}
