package io.github.fiscaltransfer.money;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The regime (精度) every comparison of amounts is judged by, named once for the whole library: <em>exact</em>, where
 * the printed figures are the money (an allocation table's lines and 合计, a notice's total, a child's distribution
 * of its parent's line), so that any difference at all is an error; or <em>rounded</em>, with the reason, where
 * figures are presented rounded half up (四舍五入) from exact accounts (a department budget or 决算, or an allocation
 * table declared rounded by its note or by the caller), so that a difference within the {@link RoundingEnvelope}
 * is explained by rounding (尾数误差).
 *
 * <p>Immutable and thread-safe; {@link #toString()} is the canonical text that {@link #parse(CharSequence)} reads.
 */
public final class Precision {

  private static final String EXACT_TEXT = "exact";
  private static final String ROUNDED_PREFIX = "rounded: ";
  private static final Precision EXACT = new Precision(null);
  private static final Precision PRESENTATION = new Precision("尾数误差");

  /** The reason the figures are rounded, or null where they are exact. */
  private final String reason;

  private Precision(String reason) {
    this.reason = reason;
  }

  /**
   * Returns the exact regime: the figures are the money, and any difference is an error.
   *
   * @return the exact regime, not null
   */
  public static Precision exact() {
    return EXACT;
  }

  /**
   * Returns the rounded regime declared for a reason, such as the note a table prints
   * ({@code 因四舍五入，合计数与分项之和可能存在尾数误差}) or a caller's declaration.
   *
   * @param reason why the figures are rounded, as a finding should name it, not blank
   * @return the rounded regime, not null
   * @throws IllegalArgumentException if the reason is blank
   */
  public static Precision rounded(String reason) {
    Objects.requireNonNull(reason, "reason");
    if (reason.isBlank()) {
      throw new IllegalArgumentException("A rounded precision needs a reason: '" + reason + "'");
    }
    return new Precision(reason.strip());
  }

  /**
   * Returns the regime of disclosure tables (部门预算, 决算): figures printed in 万元 rounded from accounts kept in
   * 元, whose sums may differ from their parts by 尾数误差.
   *
   * @return the rounded regime with the reason {@code 尾数误差}, not null
   */
  public static Precision presentation() {
    return PRESENTATION;
  }

  /**
   * Reads the text {@link #toString()} writes: {@code exact}, or {@code rounded: } followed by the reason.
   *
   * @param text the text, not null
   * @return the precision, not null
   * @throws IllegalArgumentException if the text is neither form
   */
  public static Precision parse(CharSequence text) {
    String value = Objects.requireNonNull(text, "text").toString();
    if (value.equals(EXACT_TEXT)) {
      return EXACT;
    }
    if (value.startsWith(ROUNDED_PREFIX)) {
      return rounded(value.substring(ROUNDED_PREFIX.length()));
    }
    throw new IllegalArgumentException("A precision is 'exact' or 'rounded: REASON': " + value);
  }

  /**
   * Returns whether the regime is exact.
   *
   * @return true if any difference is an error
   */
  public boolean isExact() {
    return reason == null;
  }

  /**
   * Returns why the figures are rounded.
   *
   * @return the reason, or empty where the regime is exact, not null
   */
  public Optional<String> reason() {
    return Optional.ofNullable(reason);
  }

  /**
   * Returns whether rounding explains a difference between the two sides of a comparison: never in the exact
   * regime, and within the envelope in the rounded one. A finding it explains is a warning, any other an error.
   *
   * @param difference the difference, as a figure in the envelope's unit, not null
   * @param envelope what rounding the figures compared can explain, not null
   * @return true if the difference is explained by declared rounding
   */
  public boolean explains(BigDecimal difference, RoundingEnvelope envelope) {
    Objects.requireNonNull(envelope, "envelope");
    return reason != null && envelope.allows(difference);
  }

  /**
   * Returns how this regime judged a difference, as the named arguments of a finding's message: {@code rounding}
   * ({@code exact}; {@code within} or {@code beyond} the envelope, with {@code -one} where it holds one printed
   * figure), {@code bound} (such as {@code 5万元}), {@code figures} (how many printed figures) and, where the regime
   * is rounded, its {@code reason} — as in {@code within the ±5万元 that rounding (四舍五入) 11 printed figures allows
   * (尾数误差)}.
   *
   * @param difference the difference, as a figure in the envelope's unit, not null
   * @param envelope what rounding the figures compared can explain, not null
   * @return the arguments by name, in that order, not null, unmodifiable
   */
  public Map<String, String> judgement(BigDecimal difference, RoundingEnvelope envelope) {
    Objects.requireNonNull(difference, "difference");
    String verdict = reason == null ? "exact" : explains(difference, envelope) ? "within" : "beyond";
    Map<String, String> judgement = new LinkedHashMap<>();
    judgement.put("rounding", verdict + (reason != null && envelope.figures() == 1 ? "-one" : ""));
    judgement.put("bound", envelope.formatBound());
    judgement.put("figures", Integer.toString(envelope.figures()));
    if (reason != null) {
      judgement.put("reason", reason);
    }
    return Collections.unmodifiableMap(judgement);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Precision other && Objects.equals(reason, other.reason);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(reason);
  }

  /** Returns {@code exact}, or {@code rounded: } and the reason. */
  @Override
  public String toString() {
    return reason == null ? EXACT_TEXT : ROUNDED_PREFIX + reason;
  }
}
