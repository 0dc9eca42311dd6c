package io.github.fiscaltransfer.testing;

import io.github.fiscaltransfer.money.AmountUnit;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.money.Quantum;
import io.github.fiscaltransfer.notice.AllocationLine;
import io.github.fiscaltransfer.notice.AllocationTable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.domains.DomainContextBase;

/**
 * jqwik domain of chains and fund flows (资金链条): use {@code @Domain(HierarchyDomain.class)} and take
 * {@code @ForAll ChainSpec}, {@code @ForAll DatedChain}, {@code @ForAll TablePair} or {@code @ForAll WeightTree}.
 *
 * <p>Chains have 1 to 12 child units with lines from one fen to 10¹⁰ 元; about half carry a 三保 label. Table
 * pairs are a pre-allocation and a formal table over overlapping recipients, sometimes identical.
 */
public class HierarchyDomain extends DomainContextBase {

  private static final BigDecimal MAX_YUAN = new BigDecimal("10000000000");
  private static final BigInteger MAX_TOTAL_FEN = BigInteger.TEN.pow(14);
  private static final List<Quantum> QUANTA = List.of(Quantum.WAN_YUAN, Quantum.parse("0.01万元"), Quantum.YUAN,
      Quantum.FEN);

  /**
   * Generated two-level chains.
   *
   * @return the arbitrary, not null
   */
  @Provide
  public Arbitrary<ChainSpec> chains() {
    return childCounts().flatMap(count -> Combinators.combine(
            amounts().list().ofSize(count), childSubjects().list().ofSize(count), Arbitraries.of(true, false))
        .as(ChainSpec::new));
  }

  /**
   * Generated chains with dates from 2015 to 2030, a limit of 0 to 90 days and every child within it.
   *
   * @return the arbitrary, not null
   */
  @Provide
  public Arbitrary<DatedChain> datedChains() {
    Arbitrary<LocalDate> dates = Arbitraries.longs().between(LocalDate.of(2015, 1, 1).toEpochDay(),
        LocalDate.of(2030, 12, 31).toEpochDay()).map(LocalDate::ofEpochDay);
    return Combinators.combine(chains(), dates, Arbitraries.integers().between(0, 90)).flatAs((chain, date, limit) ->
        Arbitraries.integers().between(0, limit).list().ofSize(chain.size())
            .map(days -> new DatedChain(chain, date, limit, days)));
  }

  /**
   * Generated pre-allocation and formal tables, in 元 or 万元.
   *
   * @return the arbitrary, not null
   */
  @Provide
  public Arbitrary<TablePair> tablePairs() {
    Arbitrary<List<BigDecimal>> lines = amounts().list().ofMinSize(0).ofMaxSize(12);
    return Arbitraries.frequencyOf(
        Tuple.of(1, lines.map(pre -> new TablePair(table(pre), table(pre)))),
        Tuple.of(4, Combinators.combine(lines, lines).as((pre, formal) -> new TablePair(table(pre), table(formal)))));
  }

  /**
   * Generated weight trees below 中央: 1 to 4 levels, 0 to 40 children a node (mostly few), weights 0 to 1,000,
   * optional retained shares, a quantum a level never coarser than the one above, totals up to 10¹² 元.
   *
   * @return the arbitrary, not null
   */
  @Provide
  public Arbitrary<WeightTree> weightTrees() {
    Arbitrary<Integer> width = Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(0)),
        Tuple.of(5, Arbitraries.integers().between(1, 4)),
        Tuple.of(1, Arbitraries.integers().between(5, 40)));
    Arbitrary<List<Quantum>> quanta = Arbitraries.of(QUANTA).list().ofSize(4)
        .map(list -> list.stream().sorted(Comparator.comparing(Quantum::fen).reversed()).toList());
    return Combinators.combine(Arbitraries.integers().between(1, 4), width.list().ofMinSize(1).ofMaxSize(50),
            Arbitraries.integers().between(0, 1000).list().ofMinSize(1).ofMaxSize(40),
            Arbitraries.of(true, false).list().ofMinSize(1).ofMaxSize(10), quanta)
        .flatAs((levels, widths, weights, retained, steps) -> totalSteps(steps.get(0)).map(total ->
            new WeightTree(levels, widths, weights, retained, steps, total)));
  }

  private static Arbitrary<Long> totalSteps(Quantum quantum) {
    long max = MAX_TOTAL_FEN.divide(quantum.fen()).longValueExact();
    return Arbitraries.longs().between(0, max).shrinkTowards(0);
  }

  private static Arbitrary<Integer> childCounts() {
    return Arbitraries.frequencyOf(
        Tuple.of(2, Arbitraries.just(1)),
        Tuple.of(8, Arbitraries.integers().between(2, 12)));
  }

  private static Arbitrary<BigDecimal> amounts() {
    return Arbitraries.bigDecimals().between(new BigDecimal("0.01"), MAX_YUAN).ofScale(2)
        .shrinkTowards(new BigDecimal("0.01"));
  }

  private static Arbitrary<String> childSubjects() {
    return Arbitraries.of("21015", "2101501", "2101502", "2101599");
  }

  /** A table in 元 whose line i goes to {@link ChainSpec#unit(int)} i. */
  static AllocationTable table(List<BigDecimal> figures) {
    AllocationTable.Builder table = AllocationTable.builder().unit(AmountUnit.YUAN);
    BigDecimal total = BigDecimal.ZERO.setScale(2);
    for (int i = 0; i < figures.size(); i++) {
      table.addLines(AllocationLine.of(ChainSpec.unit(i), ChainSpec.yuan(figures.get(i))));
      total = total.add(figures.get(i));
    }
    return table.declaredTotal(PrintedAmount.of(total, AmountUnit.YUAN)).build();
  }

  /**
   * A generated pre-allocation (预下达) and formal table of one grant, in 元, line i of each going to the same
   * unit; immutable and thread-safe.
   *
   * @param pre the pre-allocation (预下达), not null
   * @param formal the formal table, not null
   */
  public record TablePair(AllocationTable pre, AllocationTable formal) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a table is null
     */
    public TablePair {
      Objects.requireNonNull(pre, "pre");
      Objects.requireNonNull(formal, "formal");
    }
  }
}
