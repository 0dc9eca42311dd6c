package io.github.fiscaltransfer.notice;

import io.github.fiscaltransfer.money.PrintedAmount;
import java.util.List;
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
   * Returns the total the notice's text states for the grant, where it prints one (a blank such as
   * {@code 资金 万元} leaves the figure to an attachment).
   *
   * @return the stated total, not null
   */
  @Value.Parameter
  public abstract Optional<PrintedAmount> statedTotal();

  /**
   * Returns the parts of the stated total the text names (其中直接费用…，间接费用…), in printed order.
   *
   * @return the parts, not null
   */
  public abstract List<StatedPart> parts();

  /**
   * Returns the attachments (附件) that hold the allocation table when the notice itself does not, as their titles
   * are printed: the table was not supplied, so what it would show could not be checked.
   *
   * @return the attachment titles, not null
   */
  public abstract List<String> tableAttachments();

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
    return ImmutableGrantAllocation.of(grant, Optional.of(statedTotal), Optional.of(table));
  }

  /**
   * Returns an allocation without a table, as when a county allocates to one department.
   *
   * @param grant the grant, not null
   * @param statedTotal the total stated in the text, not null
   * @return the allocation, not null
   */
  public static GrantAllocation of(Grant grant, PrintedAmount statedTotal) {
    return ImmutableGrantAllocation.of(grant, Optional.of(statedTotal), Optional.empty());
  }

  /**
   * Returns a builder, for an allocation with parts, an absent stated total or a table in an attachment.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a copy of this allocation distributed by another table, everything else kept. This allocation is not
   * changed.
   *
   * @param table the table, not null
   * @return the changed allocation, not null
   */
  public GrantAllocation withTable(AllocationTable table) {
    return ImmutableGrantAllocation.copyOf(this).withTable(Objects.requireNonNull(table, "table"));
  }

  /**
   * Returns a copy of this allocation with another total stated in the text, everything else kept. This allocation
   * is not changed.
   *
   * @param statedTotal the total as the text states it, not null
   * @return the changed allocation, not null
   */
  public GrantAllocation withStatedTotal(PrintedAmount statedTotal) {
    return ImmutableGrantAllocation.copyOf(this).withStatedTotal(Objects.requireNonNull(statedTotal, "statedTotal"));
  }

  /** Returns {@code <grant name>: <stated total>}, or {@code <grant name>: (total not printed)}. */
  @Override
  public String toString() {
    return grant().name() + ": " + statedTotal().map(PrintedAmount::toString).orElse("(total not printed)");
  }

  /** Builds a {@link GrantAllocation}. */
  public static final class Builder extends ImmutableGrantAllocation.Builder {
    Builder() {}
  }
}
