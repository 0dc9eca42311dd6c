package io.github.fiscaltransfer.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fiscaltransfer.hierarchy.FundFlow;
import io.github.fiscaltransfer.hierarchy.NationalTree;
import io.github.fiscaltransfer.money.AmountUnit;
import io.github.fiscaltransfer.money.Precision;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.notice.AllocationLine;
import io.github.fiscaltransfer.notice.AllocationTable;
import io.github.fiscaltransfer.notice.FundLabel;
import io.github.fiscaltransfer.notice.Grant;
import io.github.fiscaltransfer.notice.GrantAllocation;
import io.github.fiscaltransfer.notice.NoticeValidator;
import io.github.fiscaltransfer.identifier.ProjectCode;
import io.github.fiscaltransfer.notice.TransferNotice;
import io.github.fiscaltransfer.subject.Subject;
import io.github.fiscaltransfer.validation.Finding;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The hand-written baseline does the work the library does: on one generated grant with a fault injected into
 * each of a dozen notices (one table declared rounded), it reports the same findings of the rules both check (by
 * document, rule id and severity), so timing one against the other compares like with like.
 */
class HandWrittenValidatorTest {

  /** The rules both validators check; the library checks more (recipient level, catalog, notice year, kin…). */
  private static final Set<String> SHARED_RULES = Set.of("table.sum", "table.duplicate-recipient",
      "table.negative-line", "table.precision", "chain.amount", "chain.project-code", "chain.label",
      "chain.subject", "chain.fiscal-year", "chain.subtotal");

  private static final List<TransferNotice> CLEAN = NationalTree.generate(NationalState.SEED, 1).notices(0);

  @Test
  void aCleanGrantHasNoFindingEitherWay() {
    assertEquals(List.of(), HandWrittenValidator.validate(PlainNotices.of(CLEAN)));
    assertEquals(List.of(), library(CLEAN));
  }

  @Test
  void bothFindTheSameInjectedFaults() {
    List<TransferNotice> notices = withFaults();
    List<String> library = library(notices);
    List<String> handWritten = HandWrittenValidator.validate(PlainNotices.of(notices)).stream()
        .map(finding -> finding.document() + " " + finding.rule() + " " + finding.severity()).sorted().toList();
    assertEquals(library, handWritten);
    for (String rule : SHARED_RULES) {
      assertTrue(handWritten.stream().anyMatch(finding -> finding.contains(" " + rule + " ")), rule);
    }
    assertTrue(handWritten.stream().anyMatch(finding -> finding.endsWith("chain.label INFO")));
    assertTrue(handWritten.stream().anyMatch(finding -> finding.endsWith("table.sum WARNING")));
  }

  /** The library's findings of the shared rules, as {@code document rule SEVERITY}, sorted. */
  private static List<String> library(List<TransferNotice> notices) {
    NoticeValidator validator = NoticeValidator.builtIn();
    Stream<Finding> tables = notices.stream().flatMap(notice -> validator.validate(notice).findings().stream());
    Stream<Finding> chains = FundFlow.of(notices).validate().findings().stream();
    return Stream.concat(tables, chains).filter(finding -> SHARED_RULES.contains(finding.ruleId()))
        .map(finding -> finding.document() + " " + finding.ruleId() + " " + finding.severity()).sorted().toList();
  }

  /** The clean grant with one fault in each of notices 1 to 12 (a province, prefectures and counties). */
  private static List<TransferNotice> withFaults() {
    List<TransferNotice> notices = new ArrayList<>(CLEAN);
    notices.set(1, declaredRounded(withLines(notices.get(1), lines -> plus(lines, 0, "0.01"))));
    notices.set(2, withLines(notices.get(2), lines -> plus(lines, 1, "1000")));
    notices.set(3, withLines(notices.get(3), lines -> Stream.concat(lines.stream(), Stream.of(lines.get(1))).toList()));
    notices.set(4, withLines(notices.get(4), lines -> {
      List<AllocationLine> changed = new ArrayList<>(lines);
      AllocationLine line = lines.get(1);
      changed.set(1, AllocationLine.of(line.recipient(), amount(line.amount().figure().negate())));
      return changed;
    }));
    notices.set(5, withTotal(notices.get(5), total -> amount(total.figure().setScale(0, RoundingMode.DOWN))));
    notices.set(6, withGrant(notices.get(6), grant -> grant.projectCode(ProjectCode.parse("Z999999999999"))));
    notices.set(7, withGrant(notices.get(7), grant -> grant.labels(List.of(FundLabel.parse("09 其他资金")))));
    notices.set(8, withGrant(notices.get(8), grant -> grant.labels(List.of())));
    notices.set(9, withGrant(notices.get(9), grant -> grant.labels(List.of(FundLabel.parse("01 直达资金")))));
    notices.set(10, withGrant(notices.get(10), grant -> grant.expenditureSubject(Subject.parse("2101101"))));
    notices.set(11, withGrant(notices.get(11), grant -> grant.fiscalYear(Year.of(2024))));
    GrantAllocation twelfth = notices.get(12).allocations().get(0);
    notices.set(12, with(notices.get(12), GrantAllocation.of(twelfth.grant(),
        amount(twelfth.statedTotal().orElseThrow().figure().add(BigDecimal.ONE)), twelfth.table().orElseThrow())));
    return notices;
  }

  private static List<AllocationLine> plus(List<AllocationLine> lines, int index, String yuan) {
    List<AllocationLine> changed = new ArrayList<>(lines);
    AllocationLine line = lines.get(index);
    changed.set(index, AllocationLine.of(line.recipient(), amount(line.amount().figure().add(new BigDecimal(yuan)))));
    return changed;
  }

  private static TransferNotice withLines(TransferNotice notice, UnaryOperator<List<AllocationLine>> change) {
    GrantAllocation allocation = notice.allocations().get(0);
    AllocationTable table = allocation.table().orElseThrow();
    return with(notice, GrantAllocation.of(allocation.grant(), allocation.statedTotal().orElseThrow(), AllocationTable.builder()
        .unit(table.unit()).declaredTotal(table.declaredTotal()).lines(change.apply(table.lines())).build()));
  }

  /** A table declared rounded, whose one-fen difference is a warning in both validators. */
  private static TransferNotice declaredRounded(TransferNotice notice) {
    GrantAllocation allocation = notice.allocations().get(0);
    return with(notice, allocation.withTable(allocation.table().orElseThrow().withPrecision(Precision.rounded("尾数误差"))));
  }

  private static TransferNotice withTotal(TransferNotice notice, UnaryOperator<PrintedAmount> change) {
    GrantAllocation allocation = notice.allocations().get(0);
    AllocationTable table = allocation.table().orElseThrow();
    return with(notice, GrantAllocation.of(allocation.grant(), allocation.statedTotal().orElseThrow(),
        AllocationTable.builder().from(table).declaredTotal(change.apply(table.declaredTotal())).build()));
  }

  private static TransferNotice withGrant(TransferNotice notice, UnaryOperator<Grant.Builder> change) {
    GrantAllocation allocation = notice.allocations().get(0);
    Grant grant = change.apply(Grant.builder().from(allocation.grant())).build();
    return with(notice, GrantAllocation.of(grant, allocation.statedTotal().orElseThrow(), allocation.table().orElseThrow()));
  }

  private static TransferNotice with(TransferNotice notice, GrantAllocation allocation) {
    return TransferNotice.builder().from(notice).allocations(List.of(allocation)).build();
  }

  private static PrintedAmount amount(BigDecimal yuan) {
    return PrintedAmount.of(yuan, AmountUnit.YUAN);
  }
}
