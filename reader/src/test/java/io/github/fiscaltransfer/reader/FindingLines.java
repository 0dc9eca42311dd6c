package io.github.fiscaltransfer.reader;

import java.util.List;

/** A read report's findings as one line each, {@code rule at place: actual — message}, for exact assertions. */
public final class FindingLines {

  private FindingLines() {}

  /**
   * Returns the findings of a read, one line each, in order.
   *
   * @param read the result, not null
   * @return the lines, not null
   */
  public static List<String> of(ReadResult<?> read) {
    return read.report().findings().findings().stream()
        .map(f -> f.ruleId() + " at " + f.source().orElse(f.pointer().toString()) + ": " + f.actual().orElse("")
            + " — " + f.message())
        .toList();
  }
}
