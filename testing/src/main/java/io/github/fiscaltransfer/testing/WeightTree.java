package io.github.fiscaltransfer.testing;

import io.github.fiscaltransfer.hierarchy.Propagation;
import io.github.fiscaltransfer.money.Quantum;
import io.github.fiscaltransfer.unit.AdministrativeLevel;
import io.github.fiscaltransfer.unit.FiscalUnit;
import io.github.fiscaltransfer.unit.Recipient;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.money.MonetaryAmount;

/**
 * A generated tree of weighted units below 中央 (immutable and thread-safe), built breadth-first from a list of widths up to
 * {@link #MAX_NODES} recipients, to feed
 * {@link Propagation}. Small lists shrink to small, readable trees.
 *
 * @param levels how many levels below 中央 (1 to 4: province down to township)
 * @param widths the number of children of each node, taken breadth-first and in turn (cyclically); 中央 has at
 *     least one
 * @param weights the weights of the nodes, taken in turn (cyclically)
 * @param retained whether each distributing node keeps a retained share (本级), taken in turn (cyclically)
 * @param quanta the quantum of each issuing level, from 中央 down, never coarser than the one above
 * @param steps the total in steps of 中央's quantum
 */
public record WeightTree(int levels, List<Integer> widths, List<Integer> weights, List<Boolean> retained,
    List<Quantum> quanta, long steps) {

  /**
   * Checks and copies the components.
   *
   * @throws IllegalArgumentException if levels is not 1 to 4, a list is empty, there are fewer quanta than
   *     levels, or steps is negative
   */
  public WeightTree {
    widths = List.copyOf(widths);
    weights = List.copyOf(weights);
    retained = List.copyOf(retained);
    quanta = List.copyOf(quanta);
    if (levels < 1 || levels > 4 || widths.isEmpty() || weights.isEmpty() || retained.isEmpty()
        || quanta.size() < levels || steps < 0) {
      throw new IllegalArgumentException("Not a weight tree: " + levels + " levels, widths " + widths
          + ", weights " + weights + ", retained " + retained + ", quanta " + quanta + ", steps " + steps);
    }
  }

  /** The most nodes a tree is built with, however wide its widths. */
  public static final int MAX_NODES = 1_500;

  private static final AdministrativeLevel[] LEVELS = AdministrativeLevel.values();

  /**
   * Returns the recipients with their weights, parents before children, each retained share before its
   * keeper's children.
   *
   * @return the weights, in the order a {@link Propagation.Builder} takes them
   */
  public Map<Recipient, BigDecimal> recipients() {
    Map<Recipient, BigDecimal> result = new LinkedHashMap<>();
    List<FiscalUnit> frontier = List.of(FiscalUnit.central());
    int node = 0;
    for (int depth = 1; depth <= levels && !frontier.isEmpty(); depth++) {
      List<FiscalUnit> next = new ArrayList<>();
      for (FiscalUnit parent : frontier) {
        int width = node == 0 ? Math.max(widths.get(0), 1) : widths.get(node % widths.size());
        node++;
        if (width > 0 && retained.get(node % retained.size()) && result.size() + 1 < MAX_NODES) {
          result.put(parent.retainedShare("本级"), weight(result.size()));
        }
        for (int i = 0; i < width && result.size() < MAX_NODES; i++) {
          FiscalUnit child = FiscalUnit.of(parent.name() + "." + (i + 1), LEVELS[depth], parent);
          result.put(child, i == 0 ? weight(result.size()).max(BigDecimal.ONE) : weight(result.size()));
          next.add(child);
        }
      }
      frontier = next;
    }
    return result;
  }

  private BigDecimal weight(int index) {
    return BigDecimal.valueOf(weights.get(index % weights.size()));
  }

  /**
   * Returns the total to propagate.
   *
   * @return {@code steps} × 中央's quantum
   */
  public MonetaryAmount total() {
    return quanta.get(0).times(BigInteger.valueOf(steps));
  }

  /**
   * Returns the propagation builder with every weight and quantum, recipients in the given order.
   *
   * @param order the recipients, in the order to add them (parents before children)
   * @return the builder, not null
   */
  public Propagation.Builder builder(List<Recipient> order) {
    Propagation.Builder builder = Propagation.builder(FiscalUnit.central(), total());
    for (int depth = 0; depth < quanta.size(); depth++) {
      builder.quantum(LEVELS[depth], quanta.get(depth));
    }
    Map<Recipient, BigDecimal> weighted = recipients();
    order.forEach(recipient -> builder.weight(recipient, weighted.get(recipient)));
    return builder;
  }

  /**
   * Returns how many levels actually have units.
   *
   * @return 1 to {@link #levels()}
   */
  public int depth() {
    return recipients().keySet().stream().filter(FiscalUnit.class::isInstance)
        .mapToInt(r -> ((FiscalUnit) r).level().ordinal()).max().orElse(0);
  }

  /**
   * Returns the most units any node has below it.
   *
   * @return the widest fan-out
   */
  public long maxWidth() {
    Map<FiscalUnit, Long> widthByParent = recipients().keySet().stream().filter(FiscalUnit.class::isInstance)
        .collect(Collectors.groupingBy(r -> ((FiscalUnit) r).parent().orElseThrow(),
            Collectors.counting()));
    return widthByParent.values().stream().mapToLong(Long::longValue).max().orElse(0);
  }

  /**
   * Returns the level a recipient is at: a unit's own, or one below its keeper for a retained share.
   *
   * @param recipient the recipient, not null
   * @return the depth below 中央
   */
  public static int depthOf(Recipient recipient) {
    return recipient instanceof FiscalUnit unit ? unit.level().ordinal() : recipient.unit().level().ordinal() + 1;
  }
}
