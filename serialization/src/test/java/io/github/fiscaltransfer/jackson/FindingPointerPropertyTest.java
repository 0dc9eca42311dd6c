package io.github.fiscaltransfer.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.fiscaltransfer.hierarchy.FundFlow;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.notice.AllocationLine;
import io.github.fiscaltransfer.notice.AllocationTable;
import io.github.fiscaltransfer.notice.GrantAllocation;
import io.github.fiscaltransfer.notice.NoticeValidator;
import io.github.fiscaltransfer.notice.TransferNotice;
import io.github.fiscaltransfer.testing.ChainSpec;
import io.github.fiscaltransfer.testing.HierarchyDomain;
import io.github.fiscaltransfer.testing.NoticeDomain;
import io.github.fiscaltransfer.unit.DivisionCode;
import io.github.fiscaltransfer.unit.FiscalUnit;
import io.github.fiscaltransfer.unit.UnitRegistry;
import io.github.fiscaltransfer.unit.UnknownRecipient;
import io.github.fiscaltransfer.validation.Finding;
import io.github.fiscaltransfer.validation.ValidationReport;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
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
 * for generated notices and chains with injected faults (the unit faults in the issuer and in a table's line).
 */
class FindingPointerPropertyTest {

  private static final UnitRegistry UNITS = UnitRegistry.builtIn();

  /** A fault injected into the first table or the issuer of a generated notice, and the rule that finds it. */
  enum NoticeFault {
    TOTAL_ONE_QUANTUM_OFF("table.sum",
        notice -> withTable(notice, table(notice).lines(), shifted(declared(notice), 1))),
    TOTAL_FAR_OFF("table.sum",
        notice -> withTable(notice, table(notice).lines(), shifted(declared(notice), 1_000_000))),
    DUPLICATE_RECIPIENT("table.duplicate-recipient",
        notice -> withTable(notice, appended(table(notice).lines(), table(notice).lines().get(0)), declared(notice))),
    NEGATIVE_LINE("table.negative-line", notice -> withLine(notice, 0, line -> AllocationLine.of(line.recipient(),
        PrintedAmount.of(line.amount().figure().negate(), line.amount().unit())))),
    UNKNOWN_RECIPIENT("table.recipient-unknown", notice -> withLine(notice, 0, line -> AllocationLine.of(
        UnknownRecipient.of("某某区", notice.issuer()), line.amount()))),
    FINER_LINE("table.precision", notice -> withLine(notice, 0, line -> AllocationLine.of(line.recipient(),
        PrintedAmount.of(line.amount().figure().setScale(line.amount().scale() + 1), line.amount().unit())))),
    RECIPIENT_OTHER_NAME("unit.name",
        notice -> withRecipient(notice, FiscalUnit.of("北街区", DivisionCode.parse("440703"), notice.issuer()))),
    RECIPIENT_ABOLISHED("unit.abolished", notice -> withRecipient(notice,
        FiscalUnit.of("新津县", DivisionCode.parse("510132"), UNITS.byName("成都市").orElseThrow()))),
    RECIPIENT_CODE_NEVER_LISTED("unit.unknown",
        notice -> withRecipient(notice, FiscalUnit.of("某某区", DivisionCode.parse("440799"), notice.issuer()))),
    ISSUER_OTHER_NAME("unit.name", notice -> TransferNotice.builder().from(notice)
        .issuer(FiscalUnit.of("五邑市", notice.issuer().code().orElseThrow(), notice.issuer().parent().orElseThrow()))
        .build());

    final String rule;
    final Function<TransferNotice, TransferNotice> inject;

    NoticeFault(String rule, Function<TransferNotice, TransferNotice> inject) {
      this.rule = rule;
      this.inject = inject;
    }
  }

  @Property(tries = 300)
  @Domain(NoticeDomain.class)
  @Domain(DomainContext.Global.class)
  void everyNoticeFindingPointsIntoTheNotice(@ForAll("jiangmen2023") TransferNotice notice,
      @ForAll NoticeFault fault) {
    TransferNotice broken = fault.inject.apply(notice);
    ValidationReport report = NoticeValidator.builtIn().validate(broken);
    assertFalse(report.findings(fault.rule).isEmpty(), () -> fault + " is found as " + fault.rule + ": " + report);
    JsonNode json = Mappers.newMapper().valueToTree(broken);
    for (Finding finding : report.findings()) {
      assertEquals(broken.reference(), finding.document(), finding.toString());
      assertFalse(json.at(finding.pointer().toString()).isMissingNode(), finding + " resolves in " + json);
    }
    Statistics.label("fault").collect(fault);
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

  @Provide
  Arbitrary<NoticeFault> noticeFaults() {
    return Arbitraries.of(NoticeFault.values());
  }

  private static AllocationTable table(TransferNotice notice) {
    return notice.allocations().get(0).table().orElseThrow();
  }

  private static PrintedAmount declared(TransferNotice notice) {
    return table(notice).declaredTotal();
  }

  private static PrintedAmount shifted(PrintedAmount amount, long quanta) {
    return PrintedAmount.of(amount.figure().add(BigDecimal.valueOf(quanta, amount.scale())), amount.unit());
  }

  private static List<AllocationLine> appended(List<AllocationLine> lines, AllocationLine line) {
    List<AllocationLine> longer = new ArrayList<>(lines);
    longer.add(line);
    return longer;
  }

  private static TransferNotice withRecipient(TransferNotice notice, FiscalUnit recipient) {
    return withLine(notice, 0, line -> AllocationLine.of(recipient, line.amount()));
  }

  private static TransferNotice withLine(TransferNotice notice, int index, Function<AllocationLine, AllocationLine> f) {
    List<AllocationLine> lines = new ArrayList<>(table(notice).lines());
    lines.set(index, f.apply(lines.get(index)));
    return withTable(notice, lines, declared(notice));
  }

  private static TransferNotice withTable(TransferNotice notice, List<AllocationLine> lines, PrintedAmount total) {
    GrantAllocation allocation = notice.allocations().get(0);
    AllocationTable table = AllocationTable.builder().from(table(notice)).lines(lines).declaredTotal(total).build();
    return TransferNotice.builder().from(notice)
        .allocations(List.of(GrantAllocation.of(allocation.grant(), allocation.statedTotal(), table))).build();
  }
}
