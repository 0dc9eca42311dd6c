package io.github.fiscaltransfer.cli;

import io.github.fiscaltransfer.hierarchy.FundFlow;
import io.github.fiscaltransfer.money.AmountUnit;
import io.github.fiscaltransfer.notice.AllocationLine;
import io.github.fiscaltransfer.notice.GrantAllocation;
import io.github.fiscaltransfer.notice.TransferNotice;
import io.github.fiscaltransfer.unit.Recipient;
import io.github.fiscaltransfer.unit.RetainedShare;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fund flow as a Sankey diagram (桑基图) in ECharts' form: one node per unit, each notice's table lines as
 * flows from the issuer to the recipient in 万元 (flows between the same two units added up), a retained share
 * (省级留用, 市本级) as a node of its own.
 *
 * @param nodes the nodes, each {@code {"name": …}}, not null
 * @param links the flows, not null
 */
record SankeyChart(List<Node> nodes, List<Flow> links) {

  /** A node: a unit, or a unit's retained share such as {@code 广东省 省级留用}. @param name the name */
  record Node(String name) {}

  /**
   * A flow from one node to another.
   *
   * @param source the issuer's node, not null
   * @param target the recipient's node, not null
   * @param value the amount in 万元, exact, not null
   */
  record Flow(String source, String target, BigDecimal value) {}

  /**
   * Returns the chart of a flow's notices.
   *
   * @param flow the flow, not null
   * @return the chart, not null
   */
  static SankeyChart of(FundFlow flow) {
    Map<List<String>, BigDecimal> sums = new LinkedHashMap<>();
    for (TransferNotice notice : flow.notices()) {
      for (GrantAllocation allocation : notice.allocations()) {
        for (AllocationLine line : allocation.table().map(table -> table.lines()).orElse(List.of())) {
          BigDecimal wan = AmountUnit.WAN_YUAN.fromYuan(line.amount().toYuan());
          sums.merge(List.of(notice.issuer().name(), node(line.recipient())), wan, BigDecimal::add);
        }
      }
    }
    Set<String> names = new LinkedHashSet<>();
    List<Flow> links = new ArrayList<>();
    sums.forEach((ends, value) -> {
      names.addAll(ends);
      links.add(new Flow(ends.get(0), ends.get(1), value.stripTrailingZeros().max(BigDecimal.ZERO)));
    });
    return new SankeyChart(names.stream().map(Node::new).toList(), links);
  }

  private static String node(Recipient recipient) {
    return recipient instanceof RetainedShare share ? share.unit().name() + " " + share.name() : recipient.name();
  }
}
