package io.github.fiscaltransfer.hierarchy;

import io.github.fiscaltransfer.money.Cny;
import io.github.fiscaltransfer.notice.AllocationLine;
import io.github.fiscaltransfer.notice.AllocationTable;
import io.github.fiscaltransfer.unit.Recipient;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.javamoney.moneta.Money;

/**
 * The reconciliation (多退少补) of a pre-allocation (预下达) with the formal allocation that replaces it: per
 * recipient, how much is refunded or topped up.
 *
 * <p>Every recipient of either table has one {@link RecipientDelta}, pre-allocation order first, then recipients
 * new in the formal table; a recipient with several lines counts their sum. Tables may be printed in different
 * units; all amounts are exact CNY. Immutable and thread-safe.
 */
public final class Reconciliation {

  private final List<RecipientDelta> deltas;
  private final Money preTotal;
  private final Money formalTotal;

  private Reconciliation(List<RecipientDelta> deltas, Money preTotal, Money formalTotal) {
    this.deltas = deltas;
    this.preTotal = preTotal;
    this.formalTotal = formalTotal;
  }

  /**
   * Reconciles a pre-allocation table with the formal table.
   *
   * @param preAllocation the pre-allocation (预下达) table, not null
   * @param formal the formal table, not null
   * @return the reconciliation, not null
   */
  public static Reconciliation of(AllocationTable preAllocation, AllocationTable formal) {
    Objects.requireNonNull(preAllocation, "preAllocation");
    Objects.requireNonNull(formal, "formal");
    Map<Recipient, BigDecimal> pre = sums(preAllocation);
    Map<Recipient, BigDecimal> post = sums(formal);
    Map<Recipient, BigDecimal> all = new LinkedHashMap<>(pre);
    post.keySet().forEach(recipient -> all.putIfAbsent(recipient, BigDecimal.ZERO));
    List<RecipientDelta> deltas = new ArrayList<>();
    all.keySet().forEach(recipient -> deltas.add(RecipientDelta.of(recipient,
        Cny.yuan(pre.getOrDefault(recipient, BigDecimal.ZERO)), Cny.yuan(post.getOrDefault(recipient, BigDecimal.ZERO)))));
    return new Reconciliation(List.copyOf(deltas), total(pre), total(post));
  }

  private static Map<Recipient, BigDecimal> sums(AllocationTable table) {
    Map<Recipient, BigDecimal> sums = new LinkedHashMap<>();
    for (AllocationLine line : table.lines()) {
      sums.merge(line.recipient(), line.amount().toYuan(), BigDecimal::add);
    }
    return sums;
  }

  private static Money total(Map<Recipient, BigDecimal> sums) {
    return Cny.yuan(sums.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
  }

  /**
   * Returns one line a recipient.
   *
   * @return the deltas, not null
   */
  public List<RecipientDelta> deltas() {
    return deltas;
  }

  /**
   * Returns a recipient's line, if it is in either table.
   *
   * @param recipient the recipient, not null
   * @return the line, not null
   */
  public Optional<RecipientDelta> delta(Recipient recipient) {
    Objects.requireNonNull(recipient, "recipient");
    return deltas.stream().filter(d -> d.recipient().equals(recipient)).findFirst();
  }

  /**
   * Returns the sum of the pre-allocation's lines.
   *
   * @return the total, not null
   */
  public Money preTotal() {
    return preTotal;
  }

  /**
   * Returns the sum of the formal table's lines.
   *
   * @return the total, not null
   */
  public Money formalTotal() {
    return formalTotal;
  }

  /**
   * Returns the sum of the deltas, which is {@code formalTotal − preTotal}.
   *
   * @return the net delta, not null
   */
  public Money netDelta() {
    BigDecimal sum = deltas.stream().map(d -> Cny.toYuan(d.delta())).reduce(BigDecimal.ZERO, BigDecimal::add);
    return Cny.yuan(sum);
  }

  /**
   * Returns whether the formal table adopts the pre-allocation unchanged: every delta is zero.
   *
   * @return true if nothing is refunded or topped up
   */
  public boolean isUnchanged() {
    return deltas.stream().allMatch(d -> d.delta().isZero());
  }

  /** Returns one line a recipient, such as {@code 台山市 1,000.00元 → 1,200.00元: +200.00元}, and the totals. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("多退少补");
    deltas.forEach(d -> text.append(System.lineSeparator()).append("  ").append(d));
    return text.append(System.lineSeparator()).append("  合计 ").append(Cny.format(preTotal)).append(" → ")
        .append(Cny.format(formalTotal)).append(": ").append(Cny.format(netDelta())).toString();
  }
}
