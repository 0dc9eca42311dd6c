package io.github.fiscaltransfer.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fiscaltransfer.testing.AllocationDomain;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;
import net.jqwik.api.statistics.Statistics;

/** Conservation and fairness properties of {@link AllocationRequest#allocate()}, as named invariants. */
@Domain(AllocationDomain.class)
@Domain(DomainContext.Global.class)
class AllocationPropertyTest {

  private static final BigDecimal HUGE_YUAN = new BigDecimal("100000000000");

  @Property(tries = 300)
  void largestRemainderConservesTheTotalAndStaysWithinOneStep(@ForAll AllocationRequest request) {
    collectStatistics(request);
    Allocation allocation = request.allocate();
    AllocationInvariants.sumsToItsTotal(allocation);
    AllocationInvariants.linesInRequestOrder(allocation);
    AllocationInvariants.zeroWeightGetsZero(allocation);
    AllocationInvariants.withinOneStepOfShare(allocation);
    checkCoverage();
  }

  @Property(tries = 150)
  void reorderingRecipientsPermutesTheLinesAndChangesNothingElse(
      @ForAll AllocationRequest request, @ForAll Random random) {
    List<Map.Entry<String, BigDecimal>> shuffled = new ArrayList<>(request.weights().entrySet());
    Collections.shuffle(shuffled, random);
    AllocationRequest.Builder builder = AllocationRequest.builder().total(request.total()).quantum(request.quantum());
    shuffled.forEach(e -> builder.recipient(e.getKey(), e.getValue()));
    Allocation original = request.allocate();
    Allocation reordered = builder.build().allocate();
    for (int i = 0; i < shuffled.size(); i++) {
      String key = shuffled.get(i).getKey();
      assertEquals(original.line(key), reordered.lines().get(i));
    }
  }

  @Property(tries = 200)
  void aRequestKeepsItsRecipientsInOrderAndRefusesAnyRepeatedKey(
      @ForAll AllocationRequest request, @ForAll Random random) {
    List<Map.Entry<String, BigDecimal>> entries = new ArrayList<>(request.weights().entrySet());
    AllocationRequest.Builder same = AllocationRequest.builder().total(request.total()).quantum(request.quantum());
    entries.forEach(e -> same.recipient(e.getKey(), e.getValue()));
    AllocationRequest rebuilt = same.build();
    assertEquals(entries, new ArrayList<>(rebuilt.weights().entrySet()));
    assertEquals(request, rebuilt);
    assertEquals(request.hashCode(), rebuilt.hashCode());
    // A key listed again anywhere, in a table of up to 16 keys (compared pairwise) or more (compared sorted).
    String repeated = entries.get(random.nextInt(entries.size())).getKey();
    entries.add(random.nextInt(entries.size() + 1), Map.entry(repeated, BigDecimal.ONE));
    AllocationRequest.Builder twice = AllocationRequest.builder().total(request.total()).quantum(request.quantum());
    entries.forEach(e -> twice.recipient(e.getKey(), e.getValue()));
    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, twice::build);
    assertEquals("Recipient '" + repeated + "' is listed more than once", refused.getMessage());
    Statistics.label("keys after the repeat").collect(entries.size() <= 16 ? "up to 16" : "more than 16");
  }

  @Property(tries = 150)
  void theSameRequestGivesTheSameAllocation(@ForAll AllocationRequest request) {
    AllocationRequest copy = request.withMethod(request.method());
    assertEquals(request, copy);
    assertEquals(request.allocate(), copy.allocate());
    assertEquals(request.allocate().toString(), copy.allocate().toString());
  }

  /** The named line takes the whole 尾差, even with zero weight; every other line is its half-up share. */
  @Property(tries = 300)
  void roundingDifferenceGoesToTheNamedLineAndEveryOtherLineIsRoundedHalfUp(
      @ForAll AllocationRequest request, @ForAll @IntRange(min = 0, max = 4_999) int pick) {
    List<String> keys = List.copyOf(request.weights().keySet());
    String target = keys.get(pick % keys.size());
    AllocationRequest withDifference = request.withMethod(AllocationMethod.roundingDifferenceTo(target));
    Map<String, BigInteger> halfUp = AllocationInvariants.halfUpSteps(request);
    BigInteger othersSteps = keys.stream().filter(k -> !k.equals(target))
        .map(halfUp::get).reduce(BigInteger.ZERO, BigInteger::add);
    boolean targetWouldBeNegative = request.quantum().count(request.total()).compareTo(othersSteps) < 0;
    Statistics.label("尾差 line would be negative").collect(targetWouldBeNegative);
    if (targetWouldBeNegative) {
      assertThrows(IllegalArgumentException.class, withDifference::allocate);
      return;
    }
    Allocation allocation = withDifference.allocate();
    AllocationInvariants.sumsToItsTotal(allocation);
    AllocationInvariants.othersAreHalfUpRoundings(allocation, target);
  }

  @Property(tries = 150)
  void roundingDifferenceToTheLargestLineIsTheDifferenceToTheHeaviestFirstKey(@ForAll AllocationRequest request) {
    String heaviest = request.weights().entrySet().stream()
        .sorted(Map.Entry.<String, BigDecimal>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .findFirst().orElseThrow().getKey();
    AllocationRequest byLargest = request.withMethod(AllocationMethod.roundingDifferenceToLargestLine());
    AllocationRequest byName = request.withMethod(AllocationMethod.roundingDifferenceTo(heaviest));
    try {
      assertEquals(byName.allocate().lines(), byLargest.allocate().lines());
    } catch (IllegalArgumentException negative) {
      IllegalArgumentException same = assertThrows(IllegalArgumentException.class, byName::allocate);
      assertEquals(same.getMessage(), negative.getMessage());
    }
  }

  private static void collectStatistics(AllocationRequest request) {
    int size = request.weights().size();
    Statistics.label("recipients").collect(size == 1 ? "1" : size <= 40 ? "small" : "large");
    Statistics.label("total").collect(request.total().toYuan().compareTo(HUGE_YUAN) >= 0
        ? "huge (≥ 10¹¹ 元)" : "smaller");
    boolean zero = request.weights().values().stream().anyMatch(w -> w.signum() == 0);
    Statistics.label("zero weights").collect(zero ? "some zero" : "none zero");
  }

  private static void checkCoverage() {
    Statistics.label("recipients").coverage(check -> {
      check.check("1").percentage(p -> p >= 3);
      check.check("small").percentage(p -> p >= 30);
      check.check("large").percentage(p -> p >= 3);
    });
    Statistics.label("total").coverage(check -> check.check("huge (≥ 10¹¹ 元)").percentage(p -> p >= 10));
    Statistics.label("zero weights").coverage(check -> check.check("some zero").percentage(p -> p >= 20));
  }
}
