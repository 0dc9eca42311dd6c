package io.github.fiscaltransfer.unit;

import java.util.Objects;
import java.util.Set;

/**
 * The share a unit keeps for its own spending rather than passing down: 省级留用, 市本级, 县本级.
 *
 * <p>A distinguished recipient, not a place: equality counts the keeper only, and the label is kept as printed.
 * Immutable and thread-safe.
 */
public final class RetainedShare implements Recipient {

  /** The labels documents print for a retained share. */
  public static final Set<String> LABELS = Set.of("省级留用", "省本级", "市本级", "州本级", "县本级", "区本级", "本级");

  private final FiscalUnit keeper;
  private final String label;

  private RetainedShare(FiscalUnit keeper, String label) {
    this.keeper = keeper;
    this.label = label;
  }

  /**
   * Returns the retained share of a unit.
   *
   * @param keeper the unit that keeps the money, not null
   * @param label the label as printed, one of {@link #LABELS}, not null
   * @return the retained share, not null
   * @throws IllegalArgumentException if the label is not one documents use for a retained share
   */
  public static RetainedShare of(FiscalUnit keeper, String label) {
    Objects.requireNonNull(keeper, "keeper");
    Objects.requireNonNull(label, "label");
    if (!LABELS.contains(label.strip())) {
      throw new IllegalArgumentException("Not a retained-share label: '" + label + "' (expected one of " + LABELS + ")");
    }
    return new RetainedShare(keeper, label.strip());
  }

  /** Returns the label as printed, such as {@code 市本级}. */
  @Override
  public String name() {
    return label;
  }

  /** Returns the unit that keeps the money. */
  @Override
  public FiscalUnit unit() {
    return keeper;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof RetainedShare other && keeper.equals(other.keeper);
  }

  @Override
  public int hashCode() {
    return keeper.hashCode() * 17;
  }

  /** Returns the label and the keeper, such as {@code 市本级 (江门市)}. */
  @Override
  public String toString() {
    return label + " (" + keeper.name() + ")";
  }
}
