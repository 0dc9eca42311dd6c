package io.github.fiscaltransfer.reader.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fiscaltransfer.identifier.DocumentNumber;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.evaluation.BudgetLine;
import io.github.fiscaltransfer.evaluation.BudgetSource;
import io.github.fiscaltransfer.evaluation.Grade;
import io.github.fiscaltransfer.evaluation.SelfEvaluation;
import io.github.fiscaltransfer.reader.ReadResult;
import io.github.fiscaltransfer.reader.SeedTexts;
import io.github.fiscaltransfer.reader.SourcePosition;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Seed 003, 江门市医疗保障局's 2022 self-evaluation, checked against its printed figures. */
class SelfEvaluationTextReaderTest {

  private static final SelfEvaluationTextReader READER = SelfEvaluationTextReader.builtIn();
  private static final String SEED = SeedTexts.text(SeedTexts.SELF_EVALUATION);

  @Test
  void theBudgetLinesAsPrinted() {
    SelfEvaluation evaluation = READER.read(SEED).document().orElseThrow();
    BudgetLine allocated = evaluation.budgetLines().get(1);
    assertEquals(BudgetSource.CARRIED_OVER, evaluation.budgetLines().get(0).source());
    assertEquals(DocumentNumber.of("粤财社", 2021, 307), allocated.basisDocument().orElseThrow());
    assertEquals(PrintedAmount.parse("196万元"), allocated.available());
    assertEquals(PrintedAmount.parse("174.77万元"), allocated.spent());
    assertEquals(new BigDecimal("89.17"), allocated.statedExecutionRate().orElseThrow());
    assertEquals(Grade.EXCELLENT, evaluation.statedGrade().orElseThrow());
    assertEquals(17, evaluation.scores().size());
  }

  @Test
  void aScoreBrokenOverTwoLinesIsJoinedAndKeepsItsPosition() {
    ReadResult<SelfEvaluation> read = READER.read(SEED);
    assertEquals(new BigDecimal("3"), read.document().orElseThrow().scores().get(9).score(), "医保标准化水平: 3\\n\\n分");
    assertEquals(SourcePosition.inText(335, 29), read.report().position("/scores/9/score").orElseThrow());
  }

  @Test
  void textThatIsNoSelfEvaluationIsReportedNotThrown() {
    for (String text : List.of("", "一、", "此次对资金自评资金总额为 x万元", SeedTexts.text(SeedTexts.LIANGHE))) {
      ReadResult<SelfEvaluation> read = READER.read(text);
      assertTrue(read.document().isEmpty(), text);
      assertTrue(read.report().findings().hasErrors(), text);
    }
  }
}
