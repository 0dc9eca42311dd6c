package com.example.fiscal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fiscaltransfer.hierarchy.FundFlow;
import io.github.fiscaltransfer.testing.ChainSpec;
import io.github.fiscaltransfer.testing.HierarchyDomain;
import io.github.fiscaltransfer.validation.Finding;
import io.github.fiscaltransfer.validation.Severity;
import io.github.fiscaltransfer.validation.ValidationReport;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;

/**
 * A user's property, outside the library's packages: it takes chains with injected faults using only the public
 * types of fiscal-transfer-testing (and core's public API), as the README's "Testing your own code" shows.
 */
@Domain(HierarchyDomain.class)
@Domain(DomainContext.Global.class)
class UserChainPropertyTest {

  @Property(tries = 200)
  void everyInjectedFaultIsAnErrorOfItsRuleAtItsField(@ForAll ChainSpec chain, @ForAll ChainSpec.Fault fault,
      @ForAll @IntRange(max = 20) int pick) {
    int child = pick % chain.size();
    ValidationReport report = FundFlow.of(chain.notices(child, fault)).validate();
    List<Finding> found = report.findings(fault.rule().id());
    assertEquals(1, found.size(), report::toString);
    assertEquals(Severity.ERROR, found.get(0).severity());
    assertEquals(ChainSpec.childNumber(child) + "#/allocations/0" + fault.field(), found.get(0).path());
  }

  @Property(tries = 100)
  void aCleanChainHasNoError(@ForAll ChainSpec chain) {
    ValidationReport report = FundFlow.of(chain.notices()).validate();
    assertTrue(report.findings().stream().noneMatch(f -> f.severity() == Severity.ERROR), report::toString);
    assertEquals(chain.size() + 1, chain.notices().size());
  }
}
