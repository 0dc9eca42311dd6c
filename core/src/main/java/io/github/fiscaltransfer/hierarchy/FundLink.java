package io.github.fiscaltransfer.hierarchy;

import io.github.fiscaltransfer.deadline.DateEvent;
import io.github.fiscaltransfer.deadline.Deadline;
import io.github.fiscaltransfer.deadline.DeadlineTable;
import io.github.fiscaltransfer.notice.AllocationLine;
import io.github.fiscaltransfer.notice.GrantAllocation;
import io.github.fiscaltransfer.notice.TransferNotice;
import io.github.fiscaltransfer.validation.JsonPointer;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One link of a fund chain (资金链): a parent notice's allocation to a unit, and the notice in which that unit
 * distributes the money further down.
 *
 * <p>The child either passes the parent's grant on (the same project code or name) or pays a grant of its own out
 * of the parent's money (从《…》中支付), which it cites as where its money comes from. The parent's table line for
 * the child's issuer is absent where the parent prints no table for it (a table in an attachment not supplied, or
 * none): the link is known, its amount cannot be compared. Immutable and thread-safe.
 */
public final class FundLink {

  private final TransferNotice parent;
  private final int parentIndex;
  private final AllocationLine line;
  private final TransferNotice child;
  private final int childIndex;
  private final boolean passesOn;

  /** For {@link FundFlow}, which has looked for the parent's line for the child's issuer already (null: none). */
  FundLink(TransferNotice parent, int parentIndex, AllocationLine line, TransferNotice child, int childIndex,
      boolean passesOn) {
    this.parent = parent;
    this.parentIndex = parentIndex;
    this.line = line;
    this.child = child;
    this.childIndex = childIndex;
    this.passesOn = passesOn;
  }

  /**
   * Returns a link.
   *
   * @param parent the parent notice, not null
   * @param parentIndex the index of the grant in the parent's {@link TransferNotice#allocations()}
   * @param child the child notice, not null
   * @param childIndex the index of the grant in the child's {@link TransferNotice#allocations()}
   * @return the link, not null
   * @throws IllegalArgumentException if an index is out of range, or the parent's allocation has no table line
   *     for the child's issuer (by division code where both have one, else by the printed name)
   */
  public static FundLink of(TransferNotice parent, int parentIndex, TransferNotice child, int childIndex) {
    Objects.requireNonNull(parent, "parent");
    Objects.requireNonNull(child, "child");
    checkIndex(parent, parentIndex);
    checkIndex(child, childIndex);
    AllocationLine line = parent.allocations().get(parentIndex).table()
        .flatMap(table -> IssuerLines.lineFor(table, child.issuer()))
        .orElseThrow(() -> new IllegalArgumentException(parent.reference() + " allocations[" + parentIndex
            + "] has no line for " + child.issuer().name()));
    return new FundLink(parent, parentIndex, line, child, childIndex, true);
  }

  private static void checkIndex(TransferNotice notice, int index) {
    if (index < 0 || index >= notice.allocations().size()) {
      throw new IllegalArgumentException(notice.reference() + " has no allocations[" + index + "]");
    }
  }

  /**
   * Returns the notice whose table gives the money.
   *
   * @return the parent, not null
   */
  public TransferNotice parent() {
    return parent;
  }

  /**
   * Returns the parent's allocation of the grant.
   *
   * @return the allocation, not null
   */
  public GrantAllocation parentAllocation() {
    return parent.allocations().get(parentIndex);
  }

  /**
   * Returns the parent's table line for the child's issuer.
   *
   * @return the line, or empty where the parent prints no table line for it, not null
   */
  public Optional<AllocationLine> line() {
    return Optional.ofNullable(line);
  }

  /**
   * Returns whether the child passes the parent's grant on (the same project code or grant name), so that it
   * distributes exactly the parent's line; otherwise it pays a grant of its own out of the parent's money
   * (从《…》中支付) and may use part of the line.
   *
   * @return true if the child passes the parent's grant on
   */
  public boolean passesOn() {
    return passesOn;
  }

  /**
   * Returns the notice that distributes the money further.
   *
   * @return the child, not null
   */
  public TransferNotice child() {
    return child;
  }

  /**
   * Returns the index of the grant in the child's {@link TransferNotice#allocations()}.
   *
   * @return the index, zero or more
   */
  public int childIndex() {
    return childIndex;
  }

  /**
   * Returns the child's allocation of the grant.
   *
   * @return the allocation, not null
   */
  public GrantAllocation childAllocation() {
    return child.allocations().get(childIndex);
  }

  /**
   * Returns where the child's allocation of the grant is in the child's JSON form, such as {@code /allocations/0}.
   *
   * @return the pointer into the child notice, not null
   */
  public JsonPointer childPointer() {
    return JsonPointer.root().element("allocations", childIndex);
  }

  /**
   * Returns where the parent's line for the child is in the parent's JSON form, such as
   * {@code /allocations/0/table/lines/8}.
   *
   * @return the pointer into the parent notice, or empty where the parent prints no line for the child, not null
   */
  public Optional<JsonPointer> linePointer() {
    return line().map(found -> JsonPointer.root().element("allocations", parentIndex).child("table")
        .element("lines", parentAllocation().table().orElseThrow().lines().indexOf(found)));
  }

  /**
   * Returns the days from the parent's 成文日期 to the child's, the parent's day not counted, when both print one.
   *
   * @return the days, negative if the child is dated first, or empty
   */
  public OptionalLong daysAfterParent() {
    return parent.issueDate().flatMap(from -> child.issueDate().map(to -> Deadline.daysAfter(from, to)))
        .map(OptionalLong::of).orElse(OptionalLong.empty());
  }

  /**
   * Returns the deadline a table sets for the child's issuer to pass on what it received (收到 → 下达), for the
   * kind of transfer the child's revenue subject names.
   *
   * @param table the deadlines, such as a policy's, not null
   * @return the deadline, or empty if the table has none for the child's level
   */
  public Optional<Deadline> deadline(DeadlineTable table) {
    return table.find(child.issuer().level(), DeadlineChecks.kindOf(childAllocation().grant()), DateEvent.RECEIPT,
        DateEvent.ISSUE);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof FundLink other && parentIndex == other.parentIndex && childIndex == other.childIndex
        && passesOn == other.passesOn && parent.equals(other.parent) && child.equals(other.child);
  }

  @Override
  public int hashCode() {
    return Objects.hash(parent, parentIndex, child, childIndex);
  }

  /**
   * Returns {@code 粤财社〔2021〕307号 → 江财社〔2022〕5号 (江门市 196万元)}, {@code … (paid out of 永嘉县 500万元)} for a
   * child paying a grant of its own, or {@code … (no line for 永嘉县: amount not checked)}.
   */
  @Override
  public String toString() {
    String given = line == null ? "no line for " + child.issuer().name() + ": amount not checked"
        : (passesOn ? "" : "paid out of ") + line;
    return parent.reference() + " → " + child.reference() + " (" + given + ")";
  }
}
