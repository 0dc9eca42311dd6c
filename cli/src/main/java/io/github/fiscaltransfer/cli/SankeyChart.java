package io.github.fiscaltransfer.cli;

import io.github.fiscaltransfer.hierarchy.FundFlow;
import io.github.fiscaltransfer.hierarchy.FundLink;
import io.github.fiscaltransfer.money.AmountUnit;
import io.github.fiscaltransfer.notice.AllocationLine;
import io.github.fiscaltransfer.notice.GrantAllocation;
import io.github.fiscaltransfer.notice.TransferNotice;
import io.github.fiscaltransfer.unit.Recipient;
import io.github.fiscaltransfer.unit.RetainedShare;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fund flow as Sankey diagrams (桑基图) in ECharts' form, one per chain of one grant (专项资金) and fiscal year:
 * a notice's grant and every grant linked to its lines below, so that funds of different grants or years are never
 * added together.
 *
 * @param series the chains that have table lines, in the order of their first notice in the flow, not null
 */
record SankeyChart(List<Series> series) {

  /**
   * One chain: one node per unit, each notice's table lines as flows from the issuer to the recipient in 万元 (flows
   * between the same two units added up), a retained share (省级留用, 市本级) as a node of its own.
   *
   * @param name the fiscal year and the grant of the chain's top notice, such as {@code 2021 医疗服务与保障能力提升补助资金}
   * @param nodes the nodes, each {@code {"name": …}}, not null
   * @param links the flows, not null
   */
  record Series(String name, List<Node> nodes, List<Flow> links) {}

  /**
   * A node: a unit, or a unit's retained share such as {@code 广东省 省级留用}, with the amount through it.
   *
   * @param name the name, not null
   * @param value the larger of what flows in and what flows out, in 万元, exact, not null
   */
  record Node(String name, BigDecimal value) {}

  /**
   * A flow from one node to another.
   *
   * @param source the issuer's node, not null
   * @param target the recipient's node, not null
   * @param value the amount in 万元, exact, not null
   */
  record Flow(String source, String target, BigDecimal value) {}

  /** A grant of one notice: the part of the flow a chain is made of. */
  private record Part(TransferNotice notice, GrantAllocation allocation) {}

  /**
   * Returns the charts of a flow's notices, one per linked chain of grants.
   *
   * @param flow the flow, not null
   * @return the charts, not null
   */
  static SankeyChart of(FundFlow flow) {
    Map<Part, Part> chainOf = new LinkedHashMap<>();
    flow.notices().forEach(notice -> notice.allocations().forEach(a -> chainOf.put(new Part(notice, a), null)));
    Set<Part> children = new HashSet<>();
    for (FundLink link : flow.links()) {
      Part child = new Part(link.child(), link.childAllocation());
      children.add(child);
      join(chainOf, new Part(link.parent(), link.parentAllocation()), child);
    }
    Map<Part, List<Part>> chains = new LinkedHashMap<>();
    chainOf.keySet().forEach(part -> chains.computeIfAbsent(top(chainOf, part), top -> new ArrayList<>()).add(part));
    return new SankeyChart(chains.values().stream().map(parts -> series(parts, children))
        .filter(series -> !series.links().isEmpty()).toList());
  }

  private static void join(Map<Part, Part> chainOf, Part parent, Part child) {
    Part parentTop = top(chainOf, parent);
    Part childTop = top(chainOf, child);
    if (!parentTop.equals(childTop)) {
      chainOf.put(childTop, parentTop);
    }
  }

  private static Part top(Map<Part, Part> chainOf, Part part) {
    Part top = part;
    for (Part up = chainOf.get(top); up != null; up = chainOf.get(top)) {
      top = up;
    }
    return top;
  }

  private static Series series(List<Part> parts, Set<Part> children) {
    Part head = parts.stream().filter(part -> !children.contains(part)).findFirst().orElse(parts.get(0));
    Map<List<String>, BigDecimal> sums = new HashMap<>();
    List<List<String>> order = new ArrayList<>();
    for (Part part : parts) {
      for (AllocationLine line : part.allocation().table().map(table -> table.lines()).orElse(List.of())) {
        List<String> ends = List.of(part.notice().issuer().name(), node(line.recipient()));
        if (!sums.containsKey(ends)) {
          order.add(ends);
        }
        sums.merge(ends, AmountUnit.WAN_YUAN.fromYuan(line.amount().toYuan()), BigDecimal::add);
      }
    }
    Set<String> names = new LinkedHashSet<>();
    List<Flow> links = new ArrayList<>();
    for (List<String> ends : order) {
      names.addAll(ends);
      links.add(new Flow(ends.get(0), ends.get(1), sums.get(ends).stripTrailingZeros().max(BigDecimal.ZERO)));
    }
    return new Series(head.allocation().grant().fiscalYear() + " " + head.allocation().grant().name(),
        names.stream().map(name -> new Node(name, through(name, links))).toList(), links);
  }

  /** The larger of a node's inflow and outflow: the amount a unit received, or gave on if it received none here. */
  private static BigDecimal through(String name, List<Flow> links) {
    BigDecimal in = links.stream().filter(flow -> flow.target().equals(name)).map(Flow::value)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal out = links.stream().filter(flow -> flow.source().equals(name)).map(Flow::value)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    return in.max(out).stripTrailingZeros().max(BigDecimal.ZERO);
  }

  private static String node(Recipient recipient) {
    return recipient instanceof RetainedShare share ? share.unit().name() + " " + share.name() : recipient.name();
  }
}
