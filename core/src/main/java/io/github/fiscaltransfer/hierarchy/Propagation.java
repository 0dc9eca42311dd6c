package io.github.fiscaltransfer.hierarchy;

import io.github.fiscaltransfer.allocation.AllocatedLine;
import io.github.fiscaltransfer.allocation.Allocation;
import io.github.fiscaltransfer.allocation.AllocationMethod;
import io.github.fiscaltransfer.allocation.AllocationRequest;
import io.github.fiscaltransfer.money.CnyAmount;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.money.Quantum;
import io.github.fiscaltransfer.notice.AllocationLine;
import io.github.fiscaltransfer.notice.AllocationTable;
import io.github.fiscaltransfer.unit.AdministrativeLevel;
import io.github.fiscaltransfer.unit.FiscalUnit;
import io.github.fiscaltransfer.unit.Recipient;
import io.github.fiscaltransfer.unit.RetainedShare;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * The propagation (逐级分配) of a total down a tree of weighted recipients: each unit's amount is split among its
 * retained share (省级留用, 市本级) and its weighted child units by {@link AllocationRequest}, level by level,
 * giving one allocation table, and one {@link Allocation} recording every line's exact share and remainder steps,
 * per distributing unit.
 *
 * <p>Every table adds up exactly and each child's table distributes exactly its line above. Siblings' amounts do
 * not depend on the order they were given in: largest-remainder ties go by recipient name. Immutable and
 * thread-safe.
 */
public final class Propagation {

  private final FiscalUnit root;
  private final CnyAmount total;
  private final Map<FiscalUnit, Allocation> allocations;
  private final Map<FiscalUnit, AllocationTable> tables;

  private Propagation(FiscalUnit root, CnyAmount total, Map<FiscalUnit, Allocation> allocations,
      Map<FiscalUnit, AllocationTable> tables) {
    this.root = root;
    this.total = total;
    this.allocations = Collections.unmodifiableMap(allocations);
    this.tables = Collections.unmodifiableMap(tables);
  }

  /**
   * Propagates a total from a root unit down to every weighted unit below it, at one quantum for every level.
   *
   * @param root the unit the total starts at, not null
   * @param total the total in CNY, a whole number of quanta, not null
   * @param quantum the step every line is a multiple of, which also sets the tables' unit and scale, not null
   * @param weights each unit's weight among its siblings, in table order, every unit below the root, not null
   * @return the propagation, not null
   * @throws IllegalArgumentException as {@link Builder#build()} does
   */
  public static Propagation of(FiscalUnit root, MonetaryAmount total, Quantum quantum,
      Map<FiscalUnit, BigDecimal> weights) {
    Builder builder = new Builder(root, total, Objects.requireNonNull(weights, "weights").size()).quantum(quantum);
    weights.forEach(builder::weight);
    return builder.build();
  }

  /**
   * Returns a builder for propagating a total from a root unit.
   *
   * @param root the unit the total starts at, not null
   * @param total the total in CNY, not null
   * @return a new builder, not null
   */
  public static Builder builder(FiscalUnit root, MonetaryAmount total) {
    return new Builder(root, total, 0);
  }

  /**
   * Returns the unit the total starts at.
   *
   * @return the root, not null
   */
  public FiscalUnit root() {
    return root;
  }

  /**
   * Returns the total propagated from the root.
   *
   * @return the total, not null
   */
  public CnyAmount total() {
    return total;
  }

  /**
   * Returns the table of a distributing unit, if it has weighted children or a retained share.
   *
   * @param unit the unit, not null
   * @return the table, not null
   */
  public Optional<AllocationTable> table(FiscalUnit unit) {
    return Optional.ofNullable(tables.get(Objects.requireNonNull(unit, "unit")));
  }

  /**
   * Returns the allocation behind a distributing unit's table: each line's exact share and remainder steps.
   *
   * @param unit the unit, not null
   * @return the allocation, not null
   */
  public Optional<Allocation> allocation(FiscalUnit unit) {
    return Optional.ofNullable(allocations.get(Objects.requireNonNull(unit, "unit")));
  }

  /**
   * Returns every table, by distributing unit, parents before their children.
   *
   * @return the tables, not null
   */
  public Map<FiscalUnit, AllocationTable> tables() {
    return tables;
  }

  /** Returns one table a distributing unit, each headed by the unit's name. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("Propagation of ").append(total).append(" from ")
        .append(root.name());
    tables.forEach((unit, table) -> text.append(System.lineSeparator()).append(unit.name()).append(": ")
        .append(table));
    return text.toString();
  }

  /** Collects the weights and quanta of a {@link Propagation}; not thread-safe. */
  public static final class Builder {

    private final FiscalUnit root;
    private final CnyAmount total;
    /** The root's recipients, and through them every recipient below, each with its weight. */
    private final Node top;
    /** Every recipient added, to find a parent and refuse a repeat. */
    private final Map<Recipient, Node> nodes;
    /** The node of the last parent looked up: siblings usually come one after another. */
    private Node lastAbove;
    /** How many nodes have recipients below them: the number of tables. */
    private int distributing;
    private final Map<AdministrativeLevel, Quantum> quanta = new EnumMap<>(AdministrativeLevel.class);
    private Quantum quantum = Quantum.FEN;
    private AllocationMethod method = AllocationMethod.largestRemainder();

    /** A builder for about {@code expected} recipients, its maps sized once for them (a nation has 41,808). */
    private Builder(FiscalUnit root, MonetaryAmount total, int expected) {
      this.root = Objects.requireNonNull(root, "root");
      this.total = CnyAmount.from(Objects.requireNonNull(total, "total"));
      top = new Node(root, null);
      lastAbove = top;
      nodes = new HashMap<>(Math.max(16, expected / 3 * 4 + 1));
    }

    /**
     * Sets the quantum of every level without one of its own; {@link Quantum#FEN} unless set.
     *
     * @param quantum the step lines are multiples of, which also sets the tables' unit and scale, not null
     * @return this builder
     */
    public Builder quantum(Quantum quantum) {
      this.quantum = Objects.requireNonNull(quantum, "quantum");
      return this;
    }

    /**
     * Sets how every table hands out its left-over steps; {@link AllocationMethod#largestRemainder()} unless set.
     * {@link AllocationMethod#roundingDifferenceToLargestLine()} puts each table's 尾差 on its largest line; a method
     * naming one recipient ({@link AllocationMethod#roundingDifferenceTo(String)}) suits a propagation of one table
     * only, since every table must have that recipient.
     *
     * @param method the method, not null
     * @return this builder
     */
    public Builder method(AllocationMethod method) {
      this.method = Objects.requireNonNull(method, "method");
      return this;
    }

    /**
     * Sets the quantum of the tables that units of one level issue, such as whole 万元 for a province.
     *
     * @param issuerLevel the level of the distributing units, not null
     * @param quantum the step their lines are multiples of, not null
     * @return this builder
     */
    public Builder quantum(AdministrativeLevel issuerLevel, Quantum quantum) {
      quanta.put(Objects.requireNonNull(issuerLevel, "issuerLevel"), Objects.requireNonNull(quantum, "quantum"));
      return this;
    }

    /**
     * Adds a recipient with its weight among its siblings: a unit below the root, after its parent, or the
     * retained share of the root or of a unit already added. Lines keep the order recipients were added in.
     *
     * @param recipient the unit or retained share, not null
     * @param weight its weight, zero or more, not null
     * @return this builder
     * @throws IllegalArgumentException if the recipient was added before, is not a unit or retained share, or
     *     its parent (its keeper, for a retained share) is neither the root nor a unit added before
     */
    public Builder weight(Recipient recipient, BigDecimal weight) {
      Objects.requireNonNull(recipient, "recipient");
      Objects.requireNonNull(weight, "weight");
      FiscalUnit parent = parentOf(recipient);
      Node above = lastAbove.recipient.equals(parent) ? lastAbove : parent.equals(root) ? top : nodes.get(parent);
      if (above == null) {
        throw new IllegalArgumentException("Cannot weight " + recipient.name() + " before its parent "
            + parent.name() + ": add the units below " + root.name() + " from the top down");
      }
      Node node = new Node(recipient, weight);
      if (nodes.putIfAbsent(recipient, node) != null) {
        throw new IllegalArgumentException(recipient.name() + " is weighted twice");
      }
      if (above.add(node)) {
        distributing++;
      }
      lastAbove = above;
      return this;
    }

    /** A recipient with its weight and the recipients weighted below it, in the order they were added. */
    private static final class Node {
      final Recipient recipient;
      final BigDecimal weight;
      /** The recipients below, or null while there are none. */
      List<Node> below;

      Node(Recipient recipient, BigDecimal weight) {
        this.recipient = recipient;
        this.weight = weight;
      }

      /** Adds a recipient below; returns whether it is the first. */
      boolean add(Node node) {
        boolean first = below == null;
        if (first) {
          below = new ArrayList<>();
        }
        below.add(node);
        return first;
      }
    }

    private static FiscalUnit parentOf(Recipient recipient) {
      if (recipient instanceof RetainedShare share) {
        return share.unit();
      }
      Optional<FiscalUnit> parent = recipient instanceof FiscalUnit unit ? unit.parent() : Optional.empty();
      if (parent.isPresent()) {
        return parent.get();
      }
      throw new IllegalArgumentException("Only a unit with a parent or a retained share can be weighted: "
          + recipient);
    }

    /**
     * Propagates the total.
     *
     * @return the propagation, not null
     * @throws IllegalArgumentException if an amount is not a whole number of its level's quantum (such as a
     *     unit printing in whole 万元 below one printing to the fen), or as {@link AllocationRequest.Builder#build()}
     *     throws, such as for a negative total or all-zero weights among a unit's children
     */
    public Propagation build() {
      int capacity = (int) (distributing / 0.75f) + 1;
      Map<FiscalUnit, Allocation> allocations = new LinkedHashMap<>(capacity);
      Map<FiscalUnit, AllocationTable> tables = new LinkedHashMap<>(capacity);
      distribute(root, top, total, allocations, tables);
      return new Propagation(root, total, allocations, tables);
    }

    private void distribute(FiscalUnit unit, Node node, CnyAmount amount, Map<FiscalUnit, Allocation> allocations,
        Map<FiscalUnit, AllocationTable> tables) {
      List<Node> below = node.below;
      if (below == null) {
        return;
      }
      Quantum step = quanta.getOrDefault(unit.level(), quantum);
      checkWhole(unit, amount, step);
      AllocationRequest.Builder request = AllocationRequest.builder().total(amount).quantum(step).method(method);
      below.forEach(child -> request.recipient(child.recipient.name(), child.weight));
      Allocation allocation = request.build().allocate();
      AllocationTable.Builder table = AllocationTable.builder().unit(step.unit())
          .declaredTotal(PrintedAmount.inUnit(amount, step.unit(), step.scale()));
      // The allocation's lines are in the order of the recipients below; each amount is made once.
      List<AllocatedLine> lines = allocation.lines();
      CnyAmount[] amounts = new CnyAmount[below.size()];
      for (int i = 0; i < amounts.length; i++) {
        amounts[i] = lines.get(i).amount();
        table.addLines(AllocationLine.of(below.get(i).recipient,
            PrintedAmount.inUnit(amounts[i], step.unit(), step.scale())));
      }
      allocations.put(unit, allocation);
      tables.put(unit, table.build());
      for (int i = 0; i < amounts.length; i++) {
        if (below.get(i).recipient instanceof FiscalUnit child) {
          distribute(child, below.get(i), amounts[i], allocations, tables);
        }
      }
    }

    private static void checkWhole(FiscalUnit unit, CnyAmount amount, Quantum step) {
      if (amount.toFen().mod(step.fen()).signum() != 0) {
        throw new IllegalArgumentException(unit.name() + " cannot distribute " + amount
            + " in steps of " + step + ": its level's quantum must not be coarser than the one above");
      }
    }
  }
}
