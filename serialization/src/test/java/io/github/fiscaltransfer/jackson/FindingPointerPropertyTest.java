package io.github.fiscaltransfer.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.fiscaltransfer.hierarchy.FundFlow;
import io.github.fiscaltransfer.notice.AllocationLine;
import io.github.fiscaltransfer.notice.AllocationTable;
import io.github.fiscaltransfer.notice.GrantAllocation;
import io.github.fiscaltransfer.notice.NoticeValidator;
import io.github.fiscaltransfer.notice.TransferNotice;
import io.github.fiscaltransfer.testing.ChainSpec;
import io.github.fiscaltransfer.testing.HierarchyDomain;
import io.github.fiscaltransfer.testing.NoticeDomain;
import io.github.fiscaltransfer.testing.NoticeFault;
import io.github.fiscaltransfer.unit.DivisionCode;
import io.github.fiscaltransfer.unit.FiscalUnit;
import io.github.fiscaltransfer.unit.UnitRegistry;
import io.github.fiscaltransfer.validation.Finding;
import io.github.fiscaltransfer.validation.ValidationReport;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;
import net.jqwik.api.statistics.Statistics;

/**
 * Every finding names its document and an RFC 6901 pointer that resolves to a value in that document's JSON form,
 * for generated notices (any issuer and year, with a public NoticeFault; 江门市 2023 for the unit faults tied to its
 * area) and chains with injected faults.
 */
class FindingPointerPropertyTest {

  private static final UnitRegistry UNITS = UnitRegistry.builtIn();

  /** A unit fault tied to 江门市's area in 2023, injected into the first line of its notice, and its rule. */
  enum UnitFault {
    RECIPIENT_OTHER_NAME("unit.name",
        notice -> withRecipient(notice, FiscalUnit.of("北街区", DivisionCode.parse("440703"), notice.issuer()))),
    RECIPIENT_ABOLISHED("unit.abolished", notice -> withRecipient(notice,
        FiscalUnit.of("新津县", DivisionCode.parse("510132"), UNITS.byName("成都市").orElseThrow()))),
    RECIPIENT_CODE_NEVER_LISTED("unit.unknown",
        notice -> withRecipient(notice, FiscalUnit.of("某某区", DivisionCode.parse("440799"), notice.issuer())));

    final String rule;
    final Function<TransferNotice, TransferNotice> inject;

    UnitFault(String rule, Function<TransferNotice, TransferNotice> inject) {
      this.rule = rule;
      this.inject = inject;
    }
  }

  @Property(tries = 300)
  @Domain(NoticeDomain.class)
  @Domain(DomainContext.Global.class)
  void everyNoticeFindingPointsIntoTheNotice(@ForAll TransferNotice notice, @ForAll NoticeFault fault) {
    assertEveryFindingResolves(fault.inject(notice), fault.rule().id());
    Statistics.label("fault").collect(fault);
  }

  @Property(tries = 100)
  @Domain(NoticeDomain.class)
  @Domain(DomainContext.Global.class)
  void everyUnitFindingPointsIntoTheNotice(@ForAll("jiangmen2023") TransferNotice notice, @ForAll UnitFault fault) {
    assertEveryFindingResolves(fault.inject.apply(notice), fault.rule);
    Statistics.label("fault").collect(fault);
  }

  private static void assertEveryFindingResolves(TransferNotice broken, String rule) {
    ValidationReport report = NoticeValidator.builtIn().validate(broken);
    assertFalse(report.findings(rule).isEmpty(), () -> "found as " + rule + ": " + report);
    JsonNode json = Mappers.newMapper().valueToTree(broken);
    for (Finding finding : report.findings()) {
      assertEquals(broken.reference(), finding.document(), finding.toString());
      assertFalse(json.at(finding.pointer().toString()).isMissingNode(), finding + " resolves in " + json);
    }
  }

  @Property(tries = 200)
  @Domain(HierarchyDomain.class)
  @Domain(DomainContext.Global.class)
  void everyChainFindingPointsIntoTheNoticeItNames(@ForAll ChainSpec chain, @ForAll ChainSpec.Fault fault,
      @ForAll @IntRange(max = 40) int at) {
    List<TransferNotice> notices = chain.notices(at % chain.size(), fault);
    Map<String, TransferNotice> byReference = notices.stream()
        .collect(Collectors.toMap(TransferNotice::reference, notice -> notice));
    ValidationReport report = FundFlow.of(notices).validate();
    for (Finding finding : report.findings()) {
      TransferNotice named = byReference.get(finding.document());
      assertFalse(named == null, finding + " names a notice of the flow");
      JsonNode json = Mappers.newMapper().valueToTree(named);
      assertFalse(json.at(finding.pointer().toString()).isMissingNode(), finding + " resolves in " + json);
    }
    Statistics.label("fault").collect(fault);
  }

  /** 江门市's notices of 2023: the unit faults use codes and names of its area and of that year. */
  @Provide
  Arbitrary<TransferNotice> jiangmen2023() {
    return NoticeDomain.notices(UNITS.byName("江门市").orElseThrow(), Year.of(2023));
  }

  private static TransferNotice withRecipient(TransferNotice notice, FiscalUnit recipient) {
    GrantAllocation allocation = notice.allocations().get(0);
    AllocationTable table = allocation.table().orElseThrow();
    List<AllocationLine> lines = new ArrayList<>(table.lines());
    lines.set(0, AllocationLine.of(recipient, lines.get(0).amount()));
    return TransferNotice.builder().from(notice).allocations(List.of(GrantAllocation.of(allocation.grant(),
        allocation.statedTotal().orElseThrow(), AllocationTable.builder().from(table).lines(lines).build()))).build();
  }
}
