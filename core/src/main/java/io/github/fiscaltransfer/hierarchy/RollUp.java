package io.github.fiscaltransfer.hierarchy;

import io.github.fiscaltransfer.money.Cny;
import io.github.fiscaltransfer.notice.AllocationLine;
import io.github.fiscaltransfer.notice.GrantAllocation;
import io.github.fiscaltransfer.notice.TransferNotice;
import io.github.fiscaltransfer.unit.FiscalUnit;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.javamoney.moneta.Money;

/**
 * The roll-up (汇总) of a fund flow by unit: the money that ends at each unit, summed up the unit hierarchy.
 *
 * <p>A table line counts where the money ends: at its recipient's unit (the keeper of a retained share), unless
 * a linked child notice distributes it further with a table of its own, whose lines count instead, so no money
 * counts twice. Amounts are exact CNY. Immutable and thread-safe.
 */
public final class RollUp {

  private final Map<FiscalUnit, BigDecimal> ending;

  private RollUp(Map<FiscalUnit, BigDecimal> ending) {
    this.ending = ending;
  }

  /**
   * Rolls up a flow.
   *
   * @param flow the flow, not null
   * @return the roll-up, not null
   */
  public static RollUp of(FundFlow flow) {
    Objects.requireNonNull(flow, "flow");
    Map<FiscalUnit, BigDecimal> ending = new LinkedHashMap<>();
    for (TransferNotice notice : flow.notices()) {
      for (GrantAllocation allocation : notice.allAllocations()) {
        allocation.table().ifPresent(table -> table.lines().stream()
            .filter(line -> !distributedFurther(flow, notice, allocation, line))
            .forEach(line -> ending.merge(line.recipient().unit(), line.amount().toYuan(), BigDecimal::add)));
      }
    }
    return new RollUp(Map.copyOf(ending));
  }

  private static boolean distributedFurther(FundFlow flow, TransferNotice notice, GrantAllocation allocation,
      AllocationLine line) {
    return flow.links().stream().anyMatch(link -> link.parent().equals(notice)
        && link.parentAllocation().equals(allocation) && link.line().equals(line)
        && link.childAllocation().table().isPresent());
  }

  /**
   * Returns the money that ends at a unit or any unit below it.
   *
   * @param unit the unit, not null
   * @return the total, zero if none, not null
   */
  public Money total(FiscalUnit unit) {
    Objects.requireNonNull(unit, "unit");
    BigDecimal sum = ending.entrySet().stream()
        .filter(e -> e.getKey().equals(unit) || e.getKey().ancestors().contains(unit))
        .map(Map.Entry::getValue).reduce(BigDecimal.ZERO, BigDecimal::add);
    return Cny.yuan(sum);
  }

  /**
   * Returns the money that ends at a unit itself, not below it.
   *
   * @param unit the unit, not null
   * @return the amount, zero if none, not null
   */
  public Money endingAt(FiscalUnit unit) {
    return Cny.yuan(ending.getOrDefault(Objects.requireNonNull(unit, "unit"), BigDecimal.ZERO));
  }

  /** Returns {@code RollUp[江门市=…, 台山市=…]}, one entry a unit where money ends. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("RollUp[");
    ending.forEach((unit, yuan) -> text.append(text.length() > 7 ? ", " : "").append(unit.name()).append('=')
        .append(Cny.format(Cny.yuan(yuan))));
    return text.append(']').toString();
  }
}
