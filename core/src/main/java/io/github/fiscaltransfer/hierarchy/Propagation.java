package io.github.fiscaltransfer.hierarchy;

import io.github.fiscaltransfer.allocation.Allocation;
import io.github.fiscaltransfer.allocation.AllocationRequest;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.money.Quantum;
import io.github.fiscaltransfer.notice.AllocationLine;
import io.github.fiscaltransfer.notice.AllocationTable;
import io.github.fiscaltransfer.unit.FiscalUnit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * The propagation (逐级分配) of a total down a tree of weighted units: each unit's amount is split among its
 * weighted children by {@link AllocationRequest}, level by level, giving one allocation table per distributing
 * unit.
 *
 * <p>A unit's children are the weighted units whose parent it is. Every table adds up exactly and each child's
 * table distributes exactly its line above. Immutable and thread-safe.
 */
public final class Propagation {

  private final Map<FiscalUnit, AllocationTable> tables;

  private Propagation(Map<FiscalUnit, AllocationTable> tables) {
    this.tables = tables;
  }

  /**
   * Propagates a total from a root unit down to every weighted unit below it.
   *
   * @param root the unit the total starts at, not null
   * @param total the total in CNY, a whole number of quanta, not null
   * @param quantum the step every line is a multiple of, which also sets the tables' unit and scale, not null
   * @param weights each unit's weight among its siblings, in order; units not below the root are ignored, not null
   * @return the propagation, not null
   * @throws IllegalArgumentException as {@link AllocationRequest.Builder#build()} does, such as for a total that
   *     is not a whole number of quanta, or all-zero weights among a unit's children
   */
  public static Propagation of(FiscalUnit root, MonetaryAmount total, Quantum quantum,
      Map<FiscalUnit, BigDecimal> weights) {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(total, "total");
    Objects.requireNonNull(quantum, "quantum");
    Map<FiscalUnit, AllocationTable> tables = new LinkedHashMap<>();
    distribute(root, total, quantum, Map.copyOf(weights), childrenByParent(weights.keySet()), tables);
    return new Propagation(Map.copyOf(tables));
  }

  /** Groups the weighted units by parent, each group in the order given. */
  private static Map<FiscalUnit, List<FiscalUnit>> childrenByParent(Collection<FiscalUnit> units) {
    Map<FiscalUnit, List<FiscalUnit>> children = new HashMap<>();
    units.forEach(unit -> unit.parent()
        .ifPresent(parent -> children.computeIfAbsent(parent, key -> new ArrayList<>()).add(unit)));
    return children;
  }

  private static void distribute(FiscalUnit unit, MonetaryAmount amount, Quantum quantum,
      Map<FiscalUnit, BigDecimal> weights, Map<FiscalUnit, List<FiscalUnit>> childrenByParent,
      Map<FiscalUnit, AllocationTable> tables) {
    List<FiscalUnit> children = childrenByParent.getOrDefault(unit, List.of());
    if (children.isEmpty()) {
      return;
    }
    AllocationRequest.Builder request = AllocationRequest.builder().total(amount).quantum(quantum);
    children.forEach(child -> request.recipient(child.name(), weights.get(child)));
    Allocation allocation = request.build().allocate();
    AllocationTable.Builder table = AllocationTable.builder().unit(quantum.unit())
        .declaredTotal(PrintedAmount.inUnit(amount, quantum.unit(), quantum.scale()));
    for (FiscalUnit child : children) {
      table.addLines(AllocationLine.of(child, allocation.line(child.name()).printedAmount()));
    }
    tables.put(unit, table.build());
    children.forEach(child -> distribute(child, allocation.line(child.name()).amount(), quantum, weights,
        childrenByParent, tables));
  }

  /**
   * Returns the table of a distributing unit, if it has weighted children.
   *
   * @param unit the unit, not null
   * @return the table, not null
   */
  public Optional<AllocationTable> table(FiscalUnit unit) {
    return Optional.ofNullable(tables.get(Objects.requireNonNull(unit, "unit")));
  }

  /**
   * Returns every table, by distributing unit.
   *
   * @return the tables, not null
   */
  public Map<FiscalUnit, AllocationTable> tables() {
    return tables;
  }

  /** Returns one table a distributing unit, each headed by the unit's name. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("Propagation");
    tables.forEach((unit, table) -> text.append(System.lineSeparator()).append(unit.name()).append(": ")
        .append(table));
    return text.toString();
  }
}
