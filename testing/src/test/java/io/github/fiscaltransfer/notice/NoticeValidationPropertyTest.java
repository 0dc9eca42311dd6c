package io.github.fiscaltransfer.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.testing.NoticeDomain;
import io.github.fiscaltransfer.validation.Finding;
import io.github.fiscaltransfer.validation.Severity;
import io.github.fiscaltransfer.validation.ValidationReport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;
import net.jqwik.api.statistics.Statistics;

/** Generated valid notices validate clean, and every injected fault is found by its rule, at its place. */
@Domain(NoticeDomain.class)
@Domain(DomainContext.Global.class)
class NoticeValidationPropertyTest {

  private static final NoticeValidator VALIDATOR = NoticeValidator.builtIn();
  private static final String TABLE = "/allocations/0/table";
  private static final Set<String> CATALOG_YEAR_INFO = Set.of(NoticeRule.SUBJECT_CATALOG_YEAR.id(),
      NoticeRule.SUBJECT_CATALOG_MISSING.id());

  @Property(tries = 300)
  void generatedNoticesValidateClean(@ForAll TransferNotice notice) {
    AllocationTable table = table(notice);
    Statistics.label("lines").collect(table.lines().size() == 1 ? "1" : table.lines().size() < 5 ? "2-4" : "5-8");
    Statistics.label("unit").collect(table.unit());
    ValidationReport report = VALIDATOR.validate(notice);
    assertEquals(Set.of(), ruleIds(report), report.toString());
    Statistics.label("lines").coverage(c -> {
      c.check("1").count(n -> n > 0);
      c.check("5-8").count(n -> n > 0);
    });
  }

  @Property(tries = 300)
  void changingOneLineIsASumFinding(@ForAll TransferNotice notice, @ForAll @IntRange(max = 7) int at) {
    AllocationTable table = table(notice);
    int index = at % table.lines().size();
    List<AllocationLine> lines = new ArrayList<>(table.lines());
    AllocationLine line = lines.get(index);
    lines.set(index, AllocationLine.of(line.recipient(), shifted(line.amount(), 1)));
    assertOnlyRules(withLines(notice, lines), Set.of(NoticeRule.TABLE_SUM.id()));
  }

  @Property(tries = 300)
  void droppingOneLineIsASumFinding(@ForAll TransferNotice notice, @ForAll @IntRange(max = 7) int at) {
    AllocationTable table = table(notice);
    List<AllocationLine> lines = new ArrayList<>(table.lines());
    lines.remove(at % lines.size());
    assertOnlyRules(withLines(notice, lines), Set.of(NoticeRule.TABLE_SUM.id()));
  }

  @Property(tries = 300)
  void duplicatingARecipientIsFoundAtTheSecondLine(@ForAll TransferNotice notice, @ForAll @IntRange(max = 7) int at) {
    AllocationTable table = table(notice);
    int size = table.lines().size();
    if (size < 2) {
      return;
    }
    int index = 1 + at % (size - 1);
    List<AllocationLine> lines = new ArrayList<>(table.lines());
    lines.set(index, AllocationLine.of(lines.get(0).recipient(), lines.get(index).amount()));
    ValidationReport report = VALIDATOR.validate(withLines(notice, lines));
    List<Finding> found = report.findings(NoticeRule.TABLE_DUPLICATE_RECIPIENT.id());
    assertEquals(1, found.size(), report.toString());
    assertEquals(TABLE + "/lines/" + index + "/recipient", found.get(0).pointer().toString());
  }

  @Property(tries = 300)
  void shiftingTheDeclaredTotalByOneQuantumIsFound(@ForAll TransferNotice notice) {
    AllocationTable table = table(notice);
    AllocationTable shifted = AllocationTable.builder().from(table).declaredTotal(shifted(table.declaredTotal(), 1)).build();
    TransferNotice broken = withTable(notice, shifted);
    assertOnlyRules(broken, Set.of(NoticeRule.TABLE_SUM.id(), NoticeRule.NOTICE_TOTAL.id()));
  }

  @Property(tries = 200)
  void severalFaultsAreAllReported(@ForAll TransferNotice notice) {
    AllocationTable table = table(notice);
    if (table.lines().size() < 3) {
      return;
    }
    List<AllocationLine> lines = new ArrayList<>(table.lines());
    lines.set(1, AllocationLine.of(lines.get(0).recipient(), lines.get(1).amount()));
    lines.set(2, AllocationLine.of(lines.get(2).recipient(), shifted(lines.get(2).amount(), -lines.get(2).amount()
        .figure().unscaledValue().longValue() - 1)));
    AllocationTable broken = AllocationTable.builder().from(table).lines(lines)
        .declaredTotal(shifted(table.declaredTotal(), 1)).build();
    assertOnlyRules(withTable(notice, broken), Set.of(NoticeRule.TABLE_SUM.id(), NoticeRule.NOTICE_TOTAL.id(),
        NoticeRule.TABLE_DUPLICATE_RECIPIENT.id(), NoticeRule.TABLE_NEGATIVE_LINE.id()));
  }

  private static void assertOnlyRules(TransferNotice notice, Set<String> rules) {
    ValidationReport report = VALIDATOR.validate(notice);
    assertEquals(rules, ruleIds(report), report.toString());
  }

  /**
   * The rules found, leaving out the information that a notice's year has no subject catalog of its own (the
   * generated years run from 2015 to 2024, the built-in catalogs do not).
   */
  private static Set<String> ruleIds(ValidationReport report) {
    return report.findings().stream()
        .filter(f -> !(f.severity() == Severity.INFO && CATALOG_YEAR_INFO.contains(f.ruleId())))
        .map(Finding::ruleId).collect(Collectors.toSet());
  }

  private static PrintedAmount shifted(PrintedAmount amount, long quanta) {
    BigDecimal step = BigDecimal.valueOf(quanta, amount.scale());
    return PrintedAmount.of(amount.figure().add(step), amount.unit());
  }

  private static AllocationTable table(TransferNotice notice) {
    return notice.allocations().get(0).table().orElseThrow();
  }

  private static TransferNotice withLines(TransferNotice notice, List<AllocationLine> lines) {
    return withTable(notice, AllocationTable.builder().from(table(notice)).lines(lines).build());
  }

  private static TransferNotice withTable(TransferNotice notice, AllocationTable table) {
    GrantAllocation allocation = notice.allocations().get(0);
    return TransferNotice.builder().from(notice)
        .allocations(List.of(GrantAllocation.of(allocation.grant(), allocation.statedTotal().orElseThrow(), table))).build();
  }
}
