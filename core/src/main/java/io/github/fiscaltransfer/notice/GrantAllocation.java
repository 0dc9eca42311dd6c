package io.github.fiscaltransfer.notice;

import io.github.fiscaltransfer.money.PrintedAmount;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a notice allocates of one grant: the total its text states (such as {@code 10,831万元}) and, where the
 * notice has one, the table that distributes it.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class GrantAllocation {

  GrantAllocation() {}

  /**
   * Returns the grant.
   *
   * @return the grant, not null
   */
  @Value.Parameter
  public abstract Grant grant();

  /**
   * Returns the total the notice's text states for the grant.
   *
   * @return the stated total, not null
   */
  @Value.Parameter
  public abstract PrintedAmount statedTotal();

  /**
   * Returns the allocation table, if the notice has one.
   *
   * @return the table, not null
   */
  @Value.Parameter
  public abstract Optional<AllocationTable> table();

  /**
   * Returns an allocation distributed by a table.
   *
   * @param grant the grant, not null
   * @param statedTotal the total stated in the text, not null
   * @param table the table, not null
   * @return the allocation, not null
   */
  public static GrantAllocation of(Grant grant, PrintedAmount statedTotal, AllocationTable table) {
    return ImmutableGrantAllocation.of(grant, statedTotal, Optional.of(table));
  }

  /**
   * Returns an allocation without a table, as when a county allocates to one department.
   *
   * @param grant the grant, not null
   * @param statedTotal the total stated in the text, not null
   * @return the allocation, not null
   */
  public static GrantAllocation of(Grant grant, PrintedAmount statedTotal) {
    return ImmutableGrantAllocation.of(grant, statedTotal, Optional.empty());
  }

  /**
   * Returns a copy of this allocation distributed by another table, grant and stated total kept. This allocation is
   * not changed.
   *
   * @param table the table, not null
   * @return the changed allocation, not null
   */
  public GrantAllocation withTable(AllocationTable table) {
    return of(grant(), statedTotal(), Objects.requireNonNull(table, "table"));
  }

  /**
   * Returns a copy of this allocation with another total stated in the text, grant and table kept. This allocation
   * is not changed.
   *
   * @param statedTotal the total as the text states it, not null
   * @return the changed allocation, not null
   */
  public GrantAllocation withStatedTotal(PrintedAmount statedTotal) {
    return ImmutableGrantAllocation.of(grant(), Objects.requireNonNull(statedTotal, "statedTotal"), table());
  }

  /** Returns {@code <grant name>: <stated total>}. */
  @Override
  public String toString() {
    return grant().name() + ": " + statedTotal();
  }
}
