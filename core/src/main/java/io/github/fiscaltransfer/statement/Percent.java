package io.github.fiscaltransfer.statement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A percentage as printed (百分比), such as {@code 4%} or {@code 3.5%}: the figure with its scale, which says how it
 * was rounded (the last printed digit).
 *
 * <p>Immutable and thread-safe; {@link #equals} counts the scale ({@code 4%} is not {@code 4.0%}).
 */
public final class Percent {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final BigDecimal figure;

  private Percent(BigDecimal figure) {
    this.figure = figure;
  }

  /**
   * Returns a percentage.
   *
   * @param figure the figure before {@code %}, with its printed scale, not null
   * @return the percentage, not null
   * @throws IllegalArgumentException if the figure is negative or printed to more than 4 decimals
   */
  public static Percent of(BigDecimal figure) {
    Objects.requireNonNull(figure, "figure");
    if (figure.signum() < 0 || figure.scale() > 4 || figure.scale() < 0) {
      throw new IllegalArgumentException("A percentage is a figure of 0 to 4 decimals, not negative: " + figure);
    }
    return new Percent(figure);
  }

  /**
   * Parses a percentage such as {@code 4%}, {@code 3.5%} or {@code 37 %}.
   *
   * @param text the text, not null
   * @return the percentage, not null
   * @throws IllegalArgumentException if the text is not a figure followed by {@code %}
   */
  public static Percent parse(CharSequence text) {
    String stripped = Objects.requireNonNull(text, "text").toString().strip();
    if (!stripped.matches("\\d{1,6}(\\.\\d{1,4})?\\s*[%％]")) {
      throw new IllegalArgumentException("Not a percentage: " + text);
    }
    return of(new BigDecimal(stripped.substring(0, stripped.length() - 1).strip()));
  }

  /**
   * Returns the figure as printed.
   *
   * @return the figure, not null
   */
  public BigDecimal figure() {
    return figure;
  }

  /**
   * Returns the exact ratio part / whole in percent, rounded half up (四舍五入) to this percentage's scale.
   *
   * @param part the part, not null
   * @param whole the whole, positive, not null
   * @return the ratio as this percentage prints it, not null
   */
  public BigDecimal roundAsPrinted(BigDecimal part, BigDecimal whole) {
    return part.multiply(HUNDRED).divide(whole, figure.scale(), RoundingMode.HALF_UP);
  }

  /**
   * Returns whether some ratio part / whole, with part and whole each anywhere within their slack, rounds half up
   * to this percentage: what rounding the printed figures (尾数误差) can explain.
   *
   * @param part the part, not null
   * @param partSlack how far the exact part may be from the printed one, zero or more, not null
   * @param whole the whole, not null
   * @param wholeSlack how far the exact whole may be from the printed one, zero or more, not null
   * @return true if the intervals meet
   */
  public boolean reachable(BigDecimal part, BigDecimal partSlack, BigDecimal whole, BigDecimal wholeSlack) {
    BigDecimal half = BigDecimal.ONE.movePointLeft(figure.scale()).divide(BigDecimal.valueOf(2));
    BigDecimal smallestWhole = whole.subtract(wholeSlack);
    if (smallestWhole.signum() <= 0) {
      return true;
    }
    boolean notBelow = figure.subtract(half).multiply(smallestWhole)
        .compareTo(part.add(partSlack).multiply(HUNDRED)) <= 0;
    boolean notAbove = part.subtract(partSlack).multiply(HUNDRED)
        .compareTo(figure.add(half).multiply(whole.add(wholeSlack))) < 0;
    return notBelow && notAbove;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Percent other && figure.equals(other.figure);
  }

  @Override
  public int hashCode() {
    return figure.hashCode();
  }

  /** Returns {@code 3.5%}. */
  @Override
  public String toString() {
    return figure.toPlainString() + "%";
  }
}
