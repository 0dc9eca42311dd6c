package io.github.fiscaltransfer.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.fiscaltransfer.money.CnyAmount;
import io.github.fiscaltransfer.money.EqualsContract;
import io.github.fiscaltransfer.money.Quantum;
import java.math.BigDecimal;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Building and checking {@link AllocationRequest}s: every rule's message names the offending value. */
class AllocationRequestTest {

  private static AllocationRequest.Builder valid() {
    return AllocationRequest.builder().total(CnyAmount.ofYuan(100)).quantum(Quantum.YUAN)
        .recipient("市本级", BigDecimal.ONE).recipient("蓬江区", new BigDecimal("2.5"));
  }

  private static String failure(UnaryOperator<AllocationRequest.Builder> change) {
    return assertThrows(IllegalArgumentException.class, () -> change.apply(valid()).build()).getMessage();
  }

  @Test
  void refusesANegativeTotal() {
    assertEquals("Total must not be negative: -100.00元", failure(b -> b.total(CnyAmount.ofYuan(-100))));
  }

  @Test
  void refusesATotalThatIsNotAWholeNumberOfSteps() {
    assertEquals("Amount 100.5元 is not a whole number of 1元",
        failure(b -> b.total(CnyAmount.ofYuan(new BigDecimal("100.50")))));
  }

  @Test
  void refusesNoRecipients() {
    assertEquals("An allocation needs at least one recipient", assertThrows(IllegalArgumentException.class,
        () -> AllocationRequest.builder().total(CnyAmount.ofYuan(1)).build()).getMessage());
  }

  @Test
  void refusesADuplicateRecipient() {
    assertEquals("Recipient '市本级' is listed more than once", failure(b -> b.recipient("市本级", BigDecimal.TEN)));
  }

  @Test
  void refusesANegativeWeight() {
    assertEquals("Weight of recipient '江海区' must not be negative: -0.5",
        failure(b -> b.recipient("江海区", new BigDecimal("-0.5"))));
  }

  @Test
  void refusesABlankKey() {
    assertEquals("Recipient key must not be blank: ' '", failure(b -> b.recipient(" ", BigDecimal.ONE)));
  }

  @Test
  void refusesAllZeroWeights() {
    assertEquals("At least one weight must be positive: all 2 weights are zero", assertThrows(
        IllegalArgumentException.class, () -> AllocationRequest.builder().total(CnyAmount.ofYuan(1))
            .recipient("a", BigDecimal.ZERO).recipient("b", new BigDecimal("0.00")).build()).getMessage());
  }

  @Test
  void refusesARoundingDifferenceRecipientThatIsNotListed() {
    assertEquals("The rounding difference (尾差) recipient '省级留用' is not among the 2 recipients",
        failure(b -> b.method(AllocationMethod.roundingDifferenceTo("省级留用"))));
  }

  @Test
  void requiresATotal() {
    assertEquals("total", assertThrows(NullPointerException.class,
        () -> AllocationRequest.builder().recipient("a", BigDecimal.ONE).build()).getMessage());
  }

  @Test
  void summarisesItself() {
    assertEquals("100.00元 among 2 recipients in steps of 1元 by largest remainder (最大余额法)", valid().build().toString());
  }

  @Test
  void withMethodLeavesTheOriginalUnchanged() {
    AllocationRequest request = valid().build();
    AllocationRequest changed = request.withMethod(AllocationMethod.roundingDifferenceToLargestLine());
    assertEquals(AllocationMethod.largestRemainder(), request.method());
    assertEquals(AllocationMethod.roundingDifferenceToLargestLine(), changed.method());
    EqualsContract.check(request, valid().build(), changed, valid().quantum(Quantum.FEN).build());
  }
}
