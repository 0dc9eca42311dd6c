package io.github.fiscaltransfer.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.fiscaltransfer.hierarchy.FundFlow;
import io.github.fiscaltransfer.testing.ChainSpec;
import io.github.fiscaltransfer.testing.HierarchyDomain;
import io.github.fiscaltransfer.validation.ValidationReport;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;
import net.jqwik.api.statistics.Statistics;

/** The report of a chain with an injected fault reads back from its JSON equal, finding by finding. */
class ValidationReportRoundTripPropertyTest {

  @Property(tries = 200)
  @Domain(HierarchyDomain.class)
  @Domain(DomainContext.Global.class)
  void aChainsReportRoundTrips(@ForAll ChainSpec chain, @ForAll ChainSpec.Fault fault,
      @ForAll @IntRange(max = 40) int at) {
    ValidationReport report = FundFlow.of(chain.notices(at % chain.size(), fault)).validate();
    String json = Mappers.write(report);
    assertEquals(report, Mappers.read(json, ValidationReport.class), json);
    assertEquals(json, Mappers.write(Mappers.read(json, ValidationReport.class)));
    Statistics.label("findings").collect(report.findings().isEmpty() ? "none" : "some");
    Statistics.label("findings").coverage(coverage -> coverage.check("some").count(count -> count > 0));
  }
}
