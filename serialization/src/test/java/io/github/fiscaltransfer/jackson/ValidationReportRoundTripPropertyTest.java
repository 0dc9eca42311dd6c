package io.github.fiscaltransfer.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.fiscaltransfer.hierarchy.FundFlow;
import io.github.fiscaltransfer.testing.ChainSpec;
import io.github.fiscaltransfer.testing.HierarchyDomain;
import io.github.fiscaltransfer.validation.ValidationReport;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;
import net.jqwik.api.statistics.Statistics;

/**
 * The report of a chain with an injected fault reads back from its JSON equal, finding by finding: keys and
 * arguments with it, so that the report read back says the same in Chinese.
 */
class ValidationReportRoundTripPropertyTest {

  @Property(tries = 200)
  @Domain(HierarchyDomain.class)
  @Domain(DomainContext.Global.class)
  void aChainsReportRoundTrips(@ForAll ChainSpec chain, @ForAll ChainSpec.Fault fault,
      @ForAll @IntRange(max = 40) int at) {
    ValidationReport report = FundFlow.of(chain.notices(at % chain.size(), fault)).validate();
    String json = Mappers.write(report);
    ValidationReport read = Mappers.read(json, ValidationReport.class);
    assertEquals(report, read, json);
    assertEquals(json, Mappers.write(read));
    assertEquals(report.messages(Locale.SIMPLIFIED_CHINESE), read.messages(Locale.SIMPLIFIED_CHINESE));
    report.findings().forEach(f -> Statistics.label("arguments").collect(f.arguments().isEmpty() ? "none" : "some"));
    Statistics.label("findings").collect(report.findings().isEmpty() ? "none" : "some");
    Statistics.label("findings").coverage(coverage -> coverage.check("some").count(count -> count > 0));
  }
}
