package io.github.fiscaltransfer.testing;

import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.notice.AllocationLine;
import io.github.fiscaltransfer.notice.AllocationTable;
import io.github.fiscaltransfer.notice.GrantAllocation;
import io.github.fiscaltransfer.notice.NoticeRule;
import io.github.fiscaltransfer.notice.TransferNotice;
import io.github.fiscaltransfer.unit.FiscalUnit;
import io.github.fiscaltransfer.unit.UnknownRecipient;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A fault to inject into the first allocation table or the issuer of a transfer notice (such as one of
 * {@link NoticeDomain#notices()}), with the notice rule that must report it. Take it with
 * {@code @ForAll NoticeFault fault} (jqwik's enum arbitrary).
 */
public enum NoticeFault {
  /** The declared total is one printed quantum more than the lines add up to. */
  TOTAL_ONE_QUANTUM_OFF(NoticeRule.TABLE_SUM,
      notice -> withTable(notice, table(notice).lines(), shifted(declared(notice), 1))),
  /** The declared total is a million printed quanta more than the lines add up to. */
  TOTAL_FAR_OFF(NoticeRule.TABLE_SUM,
      notice -> withTable(notice, table(notice).lines(), shifted(declared(notice), 1_000_000))),
  /** The first line is printed again at the end of the table. */
  DUPLICATE_RECIPIENT(NoticeRule.TABLE_DUPLICATE_RECIPIENT,
      notice -> withTable(notice, appended(table(notice).lines(), table(notice).lines().get(0)), declared(notice))),
  /** The first line's amount is negated. */
  NEGATIVE_LINE(NoticeRule.TABLE_NEGATIVE_LINE, notice -> withFirstLine(notice, line -> AllocationLine.of(
      line.recipient(), PrintedAmount.of(line.amount().figure().negate(), line.amount().unit())))),
  /** The first line goes to a name no registry knows (某某区). */
  UNKNOWN_RECIPIENT(NoticeRule.TABLE_RECIPIENT_UNKNOWN, notice -> withFirstLine(notice, line -> AllocationLine.of(
      UnknownRecipient.of("某某区", notice.issuer()), line.amount()))),
  /** The first line is printed with one decimal more than its table's scale. */
  FINER_LINE(NoticeRule.TABLE_PRECISION, notice -> withFirstLine(notice, line -> AllocationLine.of(line.recipient(),
      PrintedAmount.of(line.amount().figure().setScale(line.amount().scale() + 1), line.amount().unit())))),
  /** The issuer keeps its division code under a name it never had (五邑市). */
  ISSUER_OTHER_NAME(NoticeRule.UNIT_NAME, notice -> TransferNotice.builder().from(notice)
      .issuer(FiscalUnit.of("五邑市", notice.issuer().code().orElseThrow(), notice.issuer().parent().orElseThrow()))
      .build());

  private final NoticeRule rule;
  private final UnaryOperator<TransferNotice> inject;

  NoticeFault(NoticeRule rule, UnaryOperator<TransferNotice> inject) {
    this.rule = rule;
    this.inject = inject;
  }

  /**
   * Returns the notice rule that reports this fault.
   *
   * @return the rule, not null
   */
  public NoticeRule rule() {
    return rule;
  }

  /**
   * Returns the notice with this fault injected; "changing" returns a new notice.
   *
   * @param notice a notice with an allocation table and, for {@link #ISSUER_OTHER_NAME}, an issuer with a division
   *     code, not null
   * @return the faulty notice, not null
   */
  public TransferNotice inject(TransferNotice notice) {
    return inject.apply(Objects.requireNonNull(notice, "notice"));
  }

  private static AllocationTable table(TransferNotice notice) {
    return notice.allocations().get(0).table().orElseThrow(() ->
        new IllegalArgumentException("A notice fault needs an allocation table: " + notice.reference()));
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

  private static TransferNotice withFirstLine(TransferNotice notice, UnaryOperator<AllocationLine> change) {
    List<AllocationLine> lines = new ArrayList<>(table(notice).lines());
    lines.set(0, change.apply(lines.get(0)));
    return withTable(notice, lines, declared(notice));
  }

  private static TransferNotice withTable(TransferNotice notice, List<AllocationLine> lines, PrintedAmount total) {
    GrantAllocation allocation = notice.allocations().get(0);
    AllocationTable table = AllocationTable.builder().from(table(notice)).lines(lines).declaredTotal(total).build();
    return TransferNotice.builder().from(notice)
        .allocations(List.of(GrantAllocation.of(allocation.grant(), allocation.statedTotal().orElseThrow(), table)))
        .build();
  }
}
