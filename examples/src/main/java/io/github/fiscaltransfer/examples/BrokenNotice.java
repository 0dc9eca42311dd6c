package io.github.fiscaltransfer.examples;

import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.notice.AllocationLine;
import io.github.fiscaltransfer.notice.AllocationTable;
import io.github.fiscaltransfer.notice.GrantAllocation;
import io.github.fiscaltransfer.notice.TransferNotice;
import io.github.fiscaltransfer.unit.UnitRegistry;
import java.util.ArrayList;
import java.util.List;

/**
 * A deliberately broken copy of a seed notice, to show the findings validation reports: the second line's figure
 * has two digits swapped, and the seventh line goes to a county of another province.
 */
public final class BrokenNotice {

  private BrokenNotice() {}

  /**
   * Returns a broken copy of a notice whose first allocation has a table of at least seven lines.
   *
   * @param notice the notice to break, not null
   * @return the broken copy, not null
   */
  public static TransferNotice of(TransferNotice notice) {
    GrantAllocation allocation = notice.allocations().get(0);
    AllocationTable table = allocation.table().orElseThrow();
    List<AllocationLine> lines = new ArrayList<>(table.lines());
    AllocationLine second = lines.get(1);
    lines.set(1, AllocationLine.of(second.recipient(), PrintedAmount.parse("16.75", table.unit())));
    lines.set(6, AllocationLine.of(UnitRegistry.builtIn().byName("梁河县").orElseThrow(), lines.get(6).amount()));
    AllocationTable broken = AllocationTable.builder().from(table).lines(lines).build();
    return TransferNotice.builder().from(notice)
        .allocations(List.of(GrantAllocation.of(allocation.grant(), allocation.statedTotal().orElseThrow(), broken)))
        .build();
  }
}
