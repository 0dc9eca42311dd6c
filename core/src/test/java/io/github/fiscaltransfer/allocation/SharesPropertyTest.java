package io.github.fiscaltransfer.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.fiscaltransfer.money.CnyAmount;
import io.github.fiscaltransfer.money.Quantum;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Shares are computed on {@code long} when the integer weights, their sum and every product {@code steps × w_i}
 * fit, and on {@link BigInteger} otherwise: on any request, both give the same allocation (or the same refusal),
 * on both sides of the overflow boundary.
 */
class SharesPropertyTest {

  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

  /** A request's steps, integer weights (before scaling by {@code scale}) and method. */
  record Case(BigInteger steps, List<Long> weights, int scale, int method) {

    AllocationRequest request() {
      AllocationRequest.Builder builder = AllocationRequest.builder().total(CnyAmount.ofFen(steps))
          .quantum(Quantum.FEN)
          .method(method == 0 ? AllocationMethod.largestRemainder()
              : method == 1 ? AllocationMethod.roundingDifferenceToLargestLine()
                  : AllocationMethod.roundingDifferenceTo("r0"));
      for (int i = 0; i < weights.size(); i++) {
        builder.recipient("r" + i, BigDecimal.valueOf(weights.get(i), scale));
      }
      return builder.build();
    }

    /** Whether the long path applies, decided here on BigInteger, independently of {@link Shares}. */
    boolean fitsLong() {
      BigInteger sum = BigInteger.ZERO;
      BigInteger largest = BigInteger.ZERO;
      for (long weight : weights) {
        sum = sum.add(BigInteger.valueOf(weight));
        largest = largest.max(BigInteger.valueOf(weight));
      }
      return steps.compareTo(LONG_MAX) <= 0 && sum.compareTo(LONG_MAX) <= 0
          && steps.multiply(largest).compareTo(LONG_MAX) <= 0;
    }
  }

  @Property(tries = 1500)
  void sharesOnLongsAgreeWithSharesOnBigIntegers(@ForAll("cases") Case example) {
    AllocationRequest request = example.request();
    Statistics.label("path").collect(example.fitsLong() ? "long" : "BigInteger");
    Statistics.label("method").collect(example.method());
    Statistics.label("path").coverage(coverage -> {
      coverage.check("long").percentage(p -> p > 20);
      coverage.check("BigInteger").percentage(p -> p > 15);
    });
    assertEquals(outcome(request, Shares.onBigIntegers(request)), outcome(request, Shares.of(request)));
  }

  /** The allocation's lines (amount, remainder steps, exact share), or the message of its refusal. */
  private static Object outcome(AllocationRequest request, Shares shares) {
    try {
      Allocation allocation = request.allocate(shares);
      CnyAmount sum = allocation.lines().stream().map(AllocatedLine::amount)
          .reduce(CnyAmount.zero(), CnyAmount::add);
      assertEquals(0, sum.compareTo(request.total()), "allocation sums to its total");
      return allocation.lines().stream()
          .map(line -> List.of(line.key(), line.amount(), line.remainderSteps(), line.share())).toList();
    } catch (IllegalArgumentException refused) {
      return refused.getMessage();
    }
  }

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<List<Long>> small = Arbitraries.longs().between(0, 10_000).list().ofMinSize(1).ofMaxSize(12)
        .filter(weights -> weights.stream().anyMatch(w -> w > 0));
    Arbitrary<Case> ordinary = Combinators.combine(
        Arbitraries.bigIntegers().between(BigInteger.ZERO, BigInteger.TEN.pow(15)), small,
        Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 2)).as(Case::new);
    // Steps of about Long.MAX_VALUE / largest weight, a few either side: the products straddle the boundary.
    Arbitrary<Case> boundary = Combinators.combine(small, Arbitraries.integers().between(-3, 3),
        Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 2)).as((weights, offset, scale, method) -> {
          long largest = weights.stream().mapToLong(Long::longValue).max().orElseThrow();
          BigInteger steps = LONG_MAX.divide(BigInteger.valueOf(largest)).add(BigInteger.valueOf(offset));
          return new Case(steps.max(BigInteger.ZERO), weights, scale, method);
        });
    // Weights whose sum, or one of them, passes Long.MAX_VALUE.
    Arbitrary<List<Long>> huge = Arbitraries.longs().between(Long.MAX_VALUE / 4, Long.MAX_VALUE).list()
        .ofMinSize(1).ofMaxSize(6);
    Arbitrary<Case> heavy = Combinators.combine(Arbitraries.bigIntegers().between(BigInteger.ZERO,
        BigInteger.valueOf(1_000)), huge, Arbitraries.integers().between(0, 2)).as((steps, weights, method) ->
        new Case(steps, weights, 0, method));
    // A few steps among a few small weights: exact halves and ties, where half-up and tie-breaking decide.
    Arbitrary<Case> tiny = Combinators.combine(Arbitraries.bigIntegers().between(BigInteger.ZERO, BigInteger.valueOf(20)),
        Arbitraries.longs().between(0, 4).list().ofMinSize(1).ofMaxSize(5).filter(w -> w.stream().anyMatch(x -> x > 0)),
        Arbitraries.integers().between(0, 2)).as((steps, weights, method) -> new Case(steps, weights, 0, method));
    return Arbitraries.oneOf(ordinary, boundary, heavy, tiny);
  }
}
