package io.github.fiscaltransfer.reader.text;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * One mutation of a text, as an independent fuzz run of issue #24 made them: a line deleted, duplicated or swapped
 * with the next, or its first digit changed.
 *
 * @param kind {@code delete}, {@code duplicate}, {@code swap} or {@code digit}
 * @param line the 0-based line
 * @param digit the digit a changed digit becomes
 */
record LineMutation(String kind, int line, int digit) {

  /** Every mutation of a text of so many lines. */
  static Arbitrary<LineMutation> of(int lines) {
    return Arbitraries.of("delete", "duplicate", "swap", "digit").flatMap(kind -> Arbitraries.integers()
        .between(0, lines - 2).flatMap(line -> Arbitraries.integers().between(0, 9)
            .map(digit -> new LineMutation(kind, line, digit))));
  }

  /** Returns the lines mutated, joined. */
  String apply(List<String> original) {
    List<String> lines = new ArrayList<>(original);
    switch (kind) {
      case "delete" -> lines.remove(line);
      case "duplicate" -> lines.add(line, lines.get(line));
      case "swap" -> lines.set(line, lines.set(line + 1, lines.get(line)));
      default -> lines.set(line, lines.get(line).replaceFirst("\\d", Integer.toString(digit)));
    }
    return String.join("\n", lines);
  }
}
