package io.github.fiscaltransfer.hierarchy;

import io.github.fiscaltransfer.money.CnyAmount;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.notice.AllocationLine;
import io.github.fiscaltransfer.notice.AllocationTable;
import io.github.fiscaltransfer.notice.GrantAllocation;
import io.github.fiscaltransfer.notice.TransferNotice;
import io.github.fiscaltransfer.subject.Subject;
import io.github.fiscaltransfer.subject.SubjectCode;
import io.github.fiscaltransfer.subject.SubjectLevel;
import io.github.fiscaltransfer.unit.FiscalUnit;
import io.github.fiscaltransfer.validation.ValidationReport;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The roll-up (汇总) of a fund flow: the money that ends at each unit, summed up the unit hierarchy, and by
 * expenditure subject at a level (项 → 款 → 类).
 *
 * <p>A table line counts where the money ends: at its recipient's unit (the keeper of a retained share), unless
 * a linked child notice distributes it further with a table of its own, whose lines count instead, so no money
 * counts twice. Amounts are exact CNY. Immutable and thread-safe.
 */
public final class RollUp {

  private final Map<FiscalUnit, PrintedAmount> ending;
  private final Map<FiscalUnit, PrintedAmount> atOrBelow = new HashMap<>();
  private final Map<SubjectCode, PrintedAmount> bySubject;

  /** Sums, once, what ends at or below each unit: each ending amount is added to its unit and every ancestor. */
  private RollUp(Map<FiscalUnit, PrintedAmount> ending, Map<SubjectCode, PrintedAmount> bySubject) {
    this.ending = Collections.unmodifiableMap(ending);
    this.bySubject = Collections.unmodifiableMap(bySubject);
    ending.forEach((unit, amount) -> {
      for (Optional<FiscalUnit> up = Optional.of(unit); up.isPresent(); up = up.get().parent()) {
        atOrBelow.merge(up.get(), amount, PrintedAmount::plus);
      }
    });
  }

  /**
   * Rolls up a flow.
   *
   * @param flow the flow, not null
   * @return the roll-up, not null
   */
  public static RollUp of(FundFlow flow) {
    Objects.requireNonNull(flow, "flow");
    // Lines by identity: a table may print the same line twice (same recipient and amount), and only the one a
    // child notice links to is distributed further; the other still ends at its recipient.
    Map<GrantAllocation, Set<AllocationLine>> distributedFurther = new IdentityHashMap<>();
    flow.links().stream().filter(link -> link.passesOn() && link.childAllocation().table().isPresent())
        .forEach(link -> link.line().ifPresent(line -> distributedFurther.computeIfAbsent(link.parentAllocation(),
            key -> Collections.newSetFromMap(new IdentityHashMap<>())).add(line)));
    Map<FiscalUnit, PrintedAmount> ending = new LinkedHashMap<>();
    Map<SubjectCode, PrintedAmount> bySubject = new LinkedHashMap<>();
    for (TransferNotice notice : flow.notices()) {
      for (GrantAllocation allocation : notice.allocations()) {
        SubjectCode subject = allocation.grant().expenditureSubject().map(Subject::code).orElse(null);
        Set<AllocationLine> further = distributedFurther.getOrDefault(allocation, Set.of());
        PrintedAmount endingHere = null;
        for (AllocationLine line : allocation.table().map(AllocationTable::lines).orElse(List.of())) {
          if (!further.contains(line)) {
            PrintedAmount amount = line.amount();
            ending.merge(line.recipient().unit(), amount, PrintedAmount::plus);
            endingHere = endingHere == null ? amount : endingHere.plus(amount);
          }
        }
        // One subject a table: add its ending lines up first, then look the subject up once, not once a line.
        if (endingHere != null && subject != null) {
          bySubject.merge(subject, endingHere, PrintedAmount::plus);
        }
      }
    }
    return new RollUp(ending, bySubject);
  }

  /**
   * Compares every subtotal of a flow — a parent's line for a child that distributes it further — with what the
   * child's table gives out, at every level, and reports each difference that {@code chain.amount} does not, once,
   * where it happens ({@code chain.subtotal}): an error, or a warning within the envelope of a table declared
   * rounded. With no
   * such finding and no {@code chain.amount}, every line equals the exact roll-up of the money ending below it.
   *
   * @param flow the flow, not null
   * @return every difference, not null
   */
  public static ValidationReport subtotals(FundFlow flow) {
    return ValidationReport.of(Subtotals.check(Objects.requireNonNull(flow, "flow")));
  }

  /**
   * Rolls up a propagation: each line counts at its recipient's unit unless that unit distributes it further.
   * Nothing is known of subjects, so {@link #bySubject(SubjectLevel)} is empty.
   *
   * @param propagation the propagation, not null
   * @return the roll-up, not null
   */
  public static RollUp of(Propagation propagation) {
    Objects.requireNonNull(propagation, "propagation");
    Map<FiscalUnit, PrintedAmount> ending = new LinkedHashMap<>();
    propagation.tables().values().forEach(table -> table.lines().stream()
        .filter(line -> !propagation.tables().containsKey(line.recipient()))
        .forEach(line -> ending.merge(line.recipient().unit(), line.amount(), PrintedAmount::plus)));
    return new RollUp(ending, Map.of());
  }

  /**
   * Returns the money that ends at a unit or any unit below it.
   *
   * @param unit the unit, not null
   * @return the total, zero if none, not null
   */
  public CnyAmount total(FiscalUnit unit) {
    return yuan(atOrBelow.get(Objects.requireNonNull(unit, "unit")));
  }

  /** An exact sum as CNY, or zero where nothing was summed. */
  private static CnyAmount yuan(PrintedAmount sum) {
    return sum == null ? CnyAmount.zero() : sum.toAmount();
  }

  /**
   * Returns the money that ends at a unit itself, not below it.
   *
   * @param unit the unit, not null
   * @return the amount, zero if none, not null
   */
  public CnyAmount endingAt(FiscalUnit unit) {
    return yuan(ending.get(Objects.requireNonNull(unit, "unit")));
  }

  /**
   * Returns the money that ends under each subject, rolled up to a level (项 → 款 → 类); money whose subject is
   * printed above that level stays at the subject as printed.
   *
   * @param level the level, not null
   * @return the totals by subject code, in code order, not null
   */
  public SortedMap<SubjectCode, CnyAmount> bySubject(SubjectLevel level) {
    Objects.requireNonNull(level, "level");
    SortedMap<SubjectCode, PrintedAmount> sums = new TreeMap<>();
    bySubject.forEach((code, amount) -> sums.merge(
        code.level().digits() > level.digits() ? code.atLevel(level) : code, amount, PrintedAmount::plus));
    SortedMap<SubjectCode, CnyAmount> totals = new TreeMap<>();
    sums.forEach((code, sum) -> totals.put(code, yuan(sum)));
    return Collections.unmodifiableSortedMap(totals);
  }

  /** Returns {@code RollUp[江门市=…, 台山市=…]}, one entry a unit where money ends. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("RollUp[");
    ending.forEach((unit, sum) -> text.append(text.length() > 7 ? ", " : "").append(unit.name()).append('=')
        .append(yuan(sum)));
    return text.append(']').toString();
  }
}
