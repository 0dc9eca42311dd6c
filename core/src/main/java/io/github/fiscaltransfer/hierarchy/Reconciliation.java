package io.github.fiscaltransfer.hierarchy;

import io.github.fiscaltransfer.money.CnyAmount;
import io.github.fiscaltransfer.notice.AllocationLine;
import io.github.fiscaltransfer.notice.AllocationTable;
import io.github.fiscaltransfer.notice.Grant;
import io.github.fiscaltransfer.notice.GrantAllocation;
import io.github.fiscaltransfer.notice.TransferNotice;
import io.github.fiscaltransfer.unit.Recipient;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The reconciliation (多退少补) of a pre-allocation (预下达) with the formal allocation that replaces it: per
 * recipient, how much is refunded or topped up.
 *
 * <p>Every recipient of either table has one {@link RecipientDelta}, pre-allocation order first, then recipients
 * new in the formal table; a recipient with several lines counts their sum. Tables may be printed in different
 * units; all amounts are exact CNY. Immutable and thread-safe.
 */
public final class Reconciliation {

  private final Optional<Grant> grant;
  private final List<RecipientDelta> deltas;
  private final CnyAmount preTotal;
  private final CnyAmount formalTotal;

  private Reconciliation(Optional<Grant> grant, List<RecipientDelta> deltas, CnyAmount preTotal,
      CnyAmount formalTotal) {
    this.grant = grant;
    this.deltas = deltas;
    this.preTotal = preTotal;
    this.formalTotal = formalTotal;
  }

  /**
   * Reconciles a grant's pre-allocation (预下达) with its formal allocation.
   *
   * @param preAllocation the grant as the pre-allocating notice allocates it, not null
   * @param formal the same grant as the formal notice allocates it, not null
   * @return the reconciliation, not null
   * @throws IllegalArgumentException if either has no table, or they allocate different grants (neither the
   *     same project code nor the same name)
   */
  public static Reconciliation of(GrantAllocation preAllocation, GrantAllocation formal) {
    Objects.requireNonNull(preAllocation, "preAllocation");
    Objects.requireNonNull(formal, "formal");
    if (!FundFlow.sameGrant(preAllocation.grant(), formal.grant())) {
      throw new IllegalArgumentException("Cannot reconcile different grants: " + preAllocation.grant().name()
          + " and " + formal.grant().name());
    }
    Reconciliation tables = of(table(preAllocation, "pre-allocation"), table(formal, "formal allocation"));
    return new Reconciliation(Optional.of(formal.grant()), tables.deltas, tables.preTotal, tables.formalTotal);
  }

  private static AllocationTable table(GrantAllocation allocation, String role) {
    return allocation.table().orElseThrow(() -> new IllegalArgumentException("The " + role + " of "
        + allocation.grant().name() + " (" + allocation.statedTotal().map(Object::toString).orElse("no total printed")
        + ") has no table to reconcile"));
  }

  /**
   * Reconciles every grant a confirming notice (确认) confirms: the pre-allocation each confirmed notice made
   * against the confirming notice's own allocation of the same grant, or, where it restates none, against the
   * pre-allocation it adopts unchanged, which gives all-zero deltas (江财社〔2023〕16号).
   *
   * @param confirmation the confirming notice, not null
   * @return one reconciliation a confirmed grant allocation with a table, in the order they are confirmed, not null
   * @throws IllegalArgumentException if the confirming notice restates a grant without a table
   */
  public static List<Reconciliation> confirmedBy(TransferNotice confirmation) {
    Objects.requireNonNull(confirmation, "confirmation");
    List<Reconciliation> result = new ArrayList<>();
    for (TransferNotice confirmed : confirmation.confirmed()) {
      for (GrantAllocation pre : confirmed.allAllocations()) {
        if (pre.table().isPresent()) {
          GrantAllocation formal = confirmation.allocations().stream()
              .filter(own -> FundFlow.sameGrant(pre.grant(), own.grant())).findFirst().orElse(pre);
          result.add(of(pre, formal));
        }
      }
    }
    return List.copyOf(result);
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
        CnyAmount.ofYuan(pre.getOrDefault(recipient, BigDecimal.ZERO)),
        CnyAmount.ofYuan(post.getOrDefault(recipient, BigDecimal.ZERO)))));
    return new Reconciliation(Optional.empty(), List.copyOf(deltas), total(pre), total(post));
  }

  private static Map<Recipient, BigDecimal> sums(AllocationTable table) {
    Map<Recipient, BigDecimal> sums = new LinkedHashMap<>();
    for (AllocationLine line : table.lines()) {
      sums.merge(line.recipient(), line.amount().toYuan(), BigDecimal::add);
    }
    return sums;
  }

  private static CnyAmount total(Map<Recipient, BigDecimal> sums) {
    return CnyAmount.ofYuan(sums.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
  }

  /**
   * Returns the grant reconciled, when the reconciliation was made from grant allocations.
   *
   * @return the formal allocation's grant, not null
   */
  public Optional<Grant> grant() {
    return grant;
  }

  /**
   * Returns one line per recipient.
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
  public CnyAmount preTotal() {
    return preTotal;
  }

  /**
   * Returns the sum of the formal table's lines.
   *
   * @return the total, not null
   */
  public CnyAmount formalTotal() {
    return formalTotal;
  }

  /**
   * Returns the sum of the deltas, which is {@code formalTotal − preTotal}.
   *
   * @return the net delta, not null
   */
  public CnyAmount netDelta() {
    return deltas.stream().map(RecipientDelta::delta).reduce(CnyAmount.zero(), CnyAmount::add);
  }

  /**
   * Returns whether the formal table adopts the pre-allocation unchanged: every delta is zero.
   *
   * @return true if nothing is refunded or topped up
   */
  public boolean isUnchanged() {
    return deltas.stream().allMatch(d -> d.delta().isZero());
  }

  /** Returns one line per recipient, such as {@code 台山市 1,000.00元 → 1,200.00元: +200.00元}, and the totals. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("多退少补").append(grant.map(g -> " " + g.name()).orElse(""));
    deltas.forEach(d -> text.append(System.lineSeparator()).append("  ").append(d));
    return text.append(System.lineSeparator()).append("  合计 ").append(preTotal).append(" → ")
        .append(formalTotal).append(": ").append(netDelta()).toString();
  }
}
