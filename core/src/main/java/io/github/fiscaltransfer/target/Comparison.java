package io.github.fiscaltransfer.target;

/**
 * How a quantitative target compares an observed value with its figure: ≥, ≤, &gt;, &lt;, = or nothing printed.
 *
 * <p>Immutable and thread-safe.
 */
public enum Comparison {
  /** ≥ (also read from ≧ and &gt;=): at least the figure. */
  AT_LEAST("≥", "≧", ">=", "＞＝"),
  /** ≤ (also read from ≦ and &lt;=): at most the figure. */
  AT_MOST("≤", "≦", "<=", "＜＝"),
  /** &gt;: more than the figure. */
  MORE_THAN(">", "＞"),
  /** &lt;: less than the figure. */
  LESS_THAN("<", "＜"),
  /** =: exactly the figure. */
  EQUAL_TO("=", "＝"),
  /** Nothing printed, as in {@code 2 次} or {@code 90%}: the table does not say which way is better. */
  UNSTATED("");

  /** Every comparison, read once: {@code values()} copies its array at each call. */
  private static final Comparison[] ALL = values();

  private final String symbol;
  /** The symbol and its alternatives, longest form first where one starts another. */
  private final String[] symbols;

  Comparison(String symbol, String... alternatives) {
    this.symbol = symbol;
    this.symbols = new String[alternatives.length + 1];
    symbols[0] = symbol;
    System.arraycopy(alternatives, 0, symbols, 1, alternatives.length);
  }

  /**
   * Returns the symbol printed before the figure, empty for {@link #UNSTATED}.
   *
   * @return the symbol, not null
   */
  public String symbol() {
    return symbol;
  }

  /**
   * Returns whether an observation that compares to the figure as given holds.
   *
   * @param observedComparedToFigure the sign of {@code observed.compareTo(figure)}
   * @return true if the comparison holds; false for {@link #UNSTATED} unless equal
   */
  public boolean holds(int observedComparedToFigure) {
    int sign = Integer.signum(observedComparedToFigure);
    switch (this) {
      case AT_LEAST:
        return sign >= 0;
      case AT_MOST:
        return sign <= 0;
      case MORE_THAN:
        return sign > 0;
      case LESS_THAN:
        return sign < 0;
      default:
        return sign == 0;
    }
  }

  /**
   * Returns the comparison whose symbol starts the text at an index, or {@link #UNSTATED}: a constant amount of work
   * for each index, so that scanning a text for a comparison stays linear.
   */
  static Comparison at(String text, int index) {
    for (Comparison comparison : ALL) {
      if (comparison.symbolLengthAt(text, index) > 0) {
        return comparison;
      }
    }
    return UNSTATED;
  }

  /** Returns the length of this comparison's symbol where it starts the text at an index, or 0. */
  int symbolLengthAt(String text, int index) {
    for (String candidate : symbols) {
      if (!candidate.isEmpty() && text.startsWith(candidate, index)) {
        return candidate.length();
      }
    }
    return 0;
  }

  /** Returns the symbol, such as {@code ≥}; empty for {@link #UNSTATED}. */
  @Override
  public String toString() {
    return symbol;
  }
}
