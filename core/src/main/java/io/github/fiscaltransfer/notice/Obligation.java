package io.github.fiscaltransfer.notice;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a notice tells its recipient to do by when (办理时限), such as {@code 于7月24日前报省财政厅、省商务厅}: the
 * sentence as printed, the deadline as printed and the date it resolves to.
 *
 * <p>A deadline printed without a year (7月24日前) resolves in the year the notice was signed; one printed as a
 * period (30天内) resolves from the signing date. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Obligation {

  Obligation() {}

  /**
   * Returns what is to be done, as printed, such as {@code 填报《中央对地方专项转移支付区域绩效目标表》…报省财政厅、省商务厅}.
   *
   * @return the action, not null
   */
  @Value.Parameter
  public abstract String action();

  /**
   * Returns the deadline as printed, such as {@code 于7月24日前} or {@code 于30天内}.
   *
   * @return the deadline text, not null
   */
  @Value.Parameter
  public abstract String deadline();

  /**
   * Returns the date the deadline resolves to, where the notice gives what it needs (a signing date).
   *
   * @return the last day, not null
   */
  @Value.Parameter
  public abstract Optional<LocalDate> due();

  @Value.Check
  void check() {
    if (action().isBlank() || deadline().isBlank()) {
      throw new IllegalArgumentException("An obligation needs an action and a deadline: " + action() + " "
          + deadline());
    }
  }

  /**
   * Returns an obligation.
   *
   * @param action what is to be done, as printed, not blank
   * @param deadline the deadline as printed, not blank
   * @param due the resolved last day, or null if it cannot be resolved
   * @return the obligation, not null
   */
  public static Obligation of(String action, String deadline, LocalDate due) {
    return ImmutableObligation.of(action, deadline, Optional.ofNullable(due));
  }

  /** Returns {@code 于7月24日前 (2017-07-24): 报省财政厅、省商务厅}. */
  @Override
  public String toString() {
    return deadline() + due().map(d -> " (" + d + ")").orElse("") + ": " + action();
  }
}
