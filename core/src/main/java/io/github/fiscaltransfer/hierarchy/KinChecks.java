package io.github.fiscaltransfer.hierarchy;

import io.github.fiscaltransfer.notice.Grant;
import io.github.fiscaltransfer.notice.GrantAllocation;
import io.github.fiscaltransfer.notice.TransferNotice;
import io.github.fiscaltransfer.validation.Arguments;
import io.github.fiscaltransfer.validation.Finding;
import io.github.fiscaltransfer.validation.JsonPointer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The {@code chain.kin} check: an orphan whose chain up is not in the flow is still checked against the nearest
 * higher-level notice of the flow that allocates the same grant (same project code), as 梁河县's notice is against
 * 粤财社〔2021〕307号: both descend from 财社〔2021〕156号 through notices the flow does not hold.
 */
final class KinChecks {

  private KinChecks() {}

  static void check(FundFlow flow, TransferNotice orphan, List<Finding> findings) {
    List<GrantAllocation> grants = orphan.allocations();
    for (int c = 0; c < grants.size(); c++) {
      Grant child = grants.get(c).grant();
      JsonPointer allocation = JsonPointer.root().element("allocations", c);
      nearestAbove(flow, orphan, child).ifPresent(kin -> {
        List<Finding> found = new ArrayList<>();
        found.add(ChainRule.KIN.finding(allocation.child("grant").child("projectCode"), "a parent in the flow",
            "kin " + kin.notice().reference(), Arguments.of("unit", orphan.issuer().name())
                .and("project", child.projectCode().orElseThrow()).and("kin", kin.notice().reference())
                .and("kinIssuer", kin.notice().issuer().name())));
        ChainChecks.checkGrant(() -> allocation, kin.grant(), child, found);
        found.forEach(finding -> findings.add(finding.in(orphan.reference())));
      });
    }
  }

  private static Optional<Kin> nearestAbove(FundFlow flow, TransferNotice orphan, Grant grant) {
    if (grant.projectCode().isEmpty()) {
      return Optional.empty();
    }
    return flow.notices().stream()
        .filter(notice -> notice.issuer().level().compareTo(orphan.issuer().level()) < 0)
        .flatMap(notice -> notice.allocations().stream()
            .filter(allocation -> allocation.grant().projectCode().equals(grant.projectCode()))
            .map(allocation -> new Kin(notice, allocation.grant())))
        .max(Comparator.comparing(kin -> kin.notice().issuer().level()));
  }

  private record Kin(TransferNotice notice, Grant grant) {}
}
