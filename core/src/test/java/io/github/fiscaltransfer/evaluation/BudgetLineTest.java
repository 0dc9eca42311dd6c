package io.github.fiscaltransfer.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.fiscaltransfer.ValueContract;
import io.github.fiscaltransfer.money.PrintedAmount;
import java.math.BigDecimal;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BudgetLineTest {

  static BudgetLine line(String available, String spent) {
    return BudgetLine.builder().source(BudgetSource.ALLOCATED).fundsYear(Year.of(2022))
        .available(PrintedAmount.parse(available)).spent(PrintedAmount.parse(spent)).build();
  }

  @ParameterizedTest(name = "{1} of {0} is {2}%")
  @CsvSource({
      "196万元, 174.77万元, 89.17",
      "8.16万元, 8.16万元, 100.00",
      "8万元, 0.01万元, 0.13",
      "8万元, 0.03万元, 0.38",
      "8元, 0.01元, 0.13",
      "3万元, 1万元, 33.33",
      "3万元, 2万元, 66.67",
      "196万元, 0万元, 0.00"})
  void executionRateIsRoundedHalfUpToTwoDecimals(String available, String spent, String rate) {
    assertEquals(new BigDecimal(rate), line(available, spent).executionRateRoundedHalfUp());
  }

  @Test
  void zeroAvailableIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> line("0万元", "0万元"));
    assertEquals("Available funds must be more than zero: 0万元", e.getMessage());
  }

  @Test
  void readsAsAReportLine() {
    assertEquals("结转 2021 (江财社〔2020〕217号): spent 8.16万元 of 8.16万元, 100.00%",
        SeedSelfEvaluations.jiangmen2022().budgetLines().get(0).toString());
  }

  @Test
  void linesAreValues() {
    ValueContract.assertValueSemantics(line("196万元", "174.77万元"), line("196万元", "174.77万元"),
        line("196万元", "174.78万元"));
  }
}
