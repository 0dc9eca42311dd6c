package io.github.fiscaltransfer.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.fiscaltransfer.money.EqualsContract;
import org.junit.jupiter.api.Test;

class AllocationMethodTest {

  @Test
  void namesItselfForTheReader() {
    assertEquals("largest remainder (最大余额法)", AllocationMethod.largestRemainder().toString());
    assertEquals("half-up, rounding difference (尾差) to 市本级", AllocationMethod.roundingDifferenceTo("市本级").toString());
    assertEquals("half-up, rounding difference (尾差) to the largest line",
        AllocationMethod.roundingDifferenceToLargestLine().toString());
  }

  @Test
  void equalityComparesTheRecipientThatTakesTheDifference() {
    EqualsContract.check(AllocationMethod.roundingDifferenceTo("市本级"), AllocationMethod.roundingDifferenceTo("市本级"),
        AllocationMethod.roundingDifferenceTo("省级留用"), AllocationMethod.roundingDifferenceToLargestLine(),
        AllocationMethod.largestRemainder());
  }
}
