package io.github.fiscaltransfer.testing;

import io.github.fiscaltransfer.allocation.AllocationRequest;
import io.github.fiscaltransfer.money.CnyAmount;
import io.github.fiscaltransfer.money.Quantum;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.domains.DomainContextBase;

/**
 * jqwik domain of allocation: use {@code @Domain(AllocationDomain.class)} and take {@code @ForAll AllocationRequest}.
 *
 * <p>Requests split 0 to 10¹² 元 (rounded down to a whole number of a random {@link Quantum}) among 1 to 5,000
 * recipients with unique keys (Latin and Chinese), by largest remainder. Weights are zero about one time in
 * five, often small integers (so remainders tie) and otherwise decimals; never all zero.
 */
public class AllocationDomain extends DomainContextBase {

  /** The most recipients a generated request has. */
  public static final int MAX_RECIPIENTS = 5_000;

  private final MoneyDomain money = new MoneyDomain();

  /**
   * Valid allocation requests, by largest remainder.
   *
   * @return the arbitrary, not null
   */
  @Provide
  public Arbitrary<AllocationRequest> requests() {
    return Combinators.combine(money.cnyAmounts(), money.quanta(), recipientCounts())
        .flatAs((total, quantum, count) -> Combinators.combine(keys(count), weights(count))
            .as((keys, weights) -> request(roundDown(total, quantum), quantum, keys, weights)));
  }

  private static Arbitrary<Integer> recipientCounts() {
    return Arbitraries.frequencyOf(
        Tuple.of(10, Arbitraries.just(1)),
        Tuple.of(80, Arbitraries.integers().between(2, 40)),
        Tuple.of(10, Arbitraries.integers().between(41, MAX_RECIPIENTS)));
  }

  private static Arbitrary<List<String>> keys(int count) {
    return Arbitraries.strings().alpha().numeric().withCharRange('一', '十')
        .ofMinLength(1).ofMaxLength(6)
        .list().uniqueElements().ofSize(count);
  }

  private static Arbitrary<List<BigDecimal>> weights(int count) {
    Arbitrary<BigDecimal> weight = Arbitraries.frequencyOf(
        Tuple.of(2, Arbitraries.just(BigDecimal.ZERO)),
        Tuple.of(4, Arbitraries.integers().between(1, 3).map(BigDecimal::valueOf)),
        Tuple.of(4, Arbitraries.integers().between(0, 4).flatMap(scale ->
            Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000000")).ofScale(scale))));
    return weight.list().ofSize(count).filter(ws -> ws.stream().anyMatch(w -> w.signum() > 0));
  }

  private static CnyAmount roundDown(CnyAmount total, Quantum quantum) {
    BigInteger fen = total.toYuan().movePointRight(2).toBigIntegerExact();
    return quantum.times(fen.divide(quantum.fen()));
  }

  private static AllocationRequest request(
      CnyAmount total, Quantum quantum, List<String> keys, List<BigDecimal> weights) {
    AllocationRequest.Builder builder = AllocationRequest.builder().total(total).quantum(quantum);
    for (int i = 0; i < keys.size(); i++) {
      builder.recipient(keys.get(i), weights.get(i));
    }
    return builder.build();
  }
}
