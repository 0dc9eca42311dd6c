package io.github.fiscaltransfer.target;

import static io.github.fiscaltransfer.target.ExpectedTargets.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.fiscaltransfer.ValueContract;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TargetTest {

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', value = {
      "≥2万人次 | QUANTITATIVE",
      "＞＝２．５％ | QUANTITATIVE",
      "≤60分钟 | QUANTITATIVE",
      "≥1小时 | QUANTITATIVE",
      "否 | YES_NO",
      "全省覆盖≥95% | SCOPED",
      "6月底前 | DEADLINE",
      "不超过预算 | BUDGET_CAP",
      "有所提升 | QUALITATIVE",
      "≥**次 | PLACEHOLDER",
      "'  ' | EMPTY",
      "约2次 | UNPARSED",
      "13月底前 | UNPARSED",
      "≥2个 | UNPARSED",
      "2.次 | UNPARSED",
      "1234567890123456789012345 | UNPARSED"})
  void readsEachKind(String text, TargetKind kind) {
    Target target = Target.parse(text);
    assertEquals(kind, target.kind());
    assertEquals(text, target.text());
  }

  @Test
  void unitLabelsFollowTheLibrarysOneLookupContract() {
    assertEquals(TargetUnit.PERSON_TIMES, TargetUnit.ofLabel("人次"));
    assertEquals(java.util.Optional.of(TargetUnit.PERCENT), TargetUnit.byLabel("％"));
    assertEquals(java.util.Optional.empty(), TargetUnit.byLabel("斤"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TargetUnit.ofLabel("斤"));
    assertEquals("Unknown target unit: '斤'", e.getMessage());
  }

  @Test
  void everyParseExceptionIsAFiscalParseException() {
    io.github.fiscaltransfer.FiscalParseException observation = assertThrows(ObservationParseException.class,
        () -> Observation.parse("很多"));
    assertEquals("很多", observation.input());
    io.github.fiscaltransfer.FiscalParseException amount = assertThrows(
        io.github.fiscaltransfer.money.AmountParseException.class,
        () -> io.github.fiscaltransfer.money.PrintedAmount.parse("十万元"));
    assertEquals("十万元", amount.input());
  }

  @Test
  void aTargetBuiltFromValuesCannotPrintSomethingElse() {
    QuantitativeTarget target = QuantitativeTarget.of(Comparison.AT_LEAST, new BigDecimal("5"), TargetUnit.PERSON_TIMES);
    assertEquals("≥5人次", target.text());
    assertEquals(target, Target.parse(target.text()));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ScopedTarget.of("约", QuantitativeTarget.of(Comparison.UNSTATED, BigDecimal.TEN, TargetUnit.TIMES)));
    assertEquals("Target text 约10次 would read back as a target of kind unparsed, not as the values given", e.getMessage());
  }

  @Test
  void fullWidthFiguresAreReadExactly() {
    assertEquals(q("＞＝２．５％", Comparison.AT_LEAST, "2.5", TargetUnit.PERCENT), Target.parse("＞＝２．５％"));
  }

  @Test
  void bareFigureTakesItsUnitFromThePercentIndicatorName() {
    assertEquals(TargetUnit.PERCENT, ((QuantitativeTarget) Target.parse("≥80", "重点…比例（%）")).unit());
    assertEquals(TargetUnit.NONE, ((QuantitativeTarget) Target.parse("≥80", "重点…比例")).unit());
  }

  @Test
  void figureKeepsItsPrintedScale() {
    assertEquals(new BigDecimal("2.50"), ((QuantitativeTarget) Target.parse("≥2.50次")).figure());
    assertEquals(new BigDecimal("20000"), ((QuantitativeTarget) Target.parse("≥2万人次")).figureInBaseUnit());
  }

  @Test
  void deadlineIsTheEndOfTheMonthInTheFiscalYear() {
    DeadlineTarget deadline = (DeadlineTarget) Target.parse("2月底前");
    assertEquals(LocalDate.of(2024, 2, 29), deadline.dueDate(Year.of(2024)));
    assertEquals(LocalDate.of(2023, 2, 28), deadline.dueDate(Year.of(2023)));
  }

  @Test
  void countsAreAssessedExactly() {
    Target target = Target.parse("≥2次");
    assertEquals("MET: 3次 meets ≥2次", target.assess(Observation.parse("3次")).toString());
    assertEquals("MET: 2.0次 meets ≥2次", target.assess(Observation.parse("2.0次")).toString());
    assertEquals("NOT_MET: 1.99次 does not meet ≥2次", target.assess(Observation.parse("1.99次")).toString());
  }

  @Test
  void unitsAreConvertedBeforeComparing() {
    Target target = Target.parse("≥2万人次");
    assertEquals(Assessment.Outcome.MET, target.assess(Observation.parse("20000人次")).outcome());
    assertEquals(Assessment.Outcome.NOT_MET, target.assess(Observation.parse("19999人次")).outcome());
    assertEquals(Assessment.Outcome.MET, Target.parse("≤15天").assess(Observation.parse("360小时")).outcome());
    assertEquals(Assessment.Outcome.NOT_MET, Target.parse("≤60分钟").assess(Observation.parse("1.5小时")).outcome());
  }

  @Test
  void differentDimensionsAreNotAssessable() {
    assertEquals("NOT_ASSESSABLE: 55.7% cannot be compared with ≥2次: % and 次 measure different things",
        Target.parse("≥2次").assess(Observation.parse("55.7%")).toString());
  }

  @Test
  void improvementNeedsABaseline() {
    assertEquals("NOT_ASSESSABLE: 有所提高 needs a baseline: compare 55.7% with the previous period's value",
        Target.parse("有所提高").assess(Observation.parse("55.7%")).toString());
  }

  @Test
  void targetWithoutComparisonIsMetOnlyByAnEqualFigure() {
    Target target = Target.parse("100", "补助资金及时拨付率(%)");
    assertEquals(Assessment.Outcome.MET, target.assess(Observation.parse("100.0%")).outcome());
    assertEquals("NOT_ASSESSABLE: 98% differs from 100, and the target prints no comparison to say whether more or "
        + "less is better", target.assess(Observation.parse("98%")).toString());
  }

  @Test
  void otherKindsAssessTheirOwnObservations() {
    assertEquals("MET: the answer 是 matches 是", Target.parse("是").assess(Observation.parse("是")).toString());
    assertEquals(Assessment.Outcome.NOT_MET, Target.parse("是").assess(Observation.parse("否")).outcome());
    Target deadline = Target.parse("12月底前");
    assertEquals("MET: completed on 2022-12-31, by 2022-12-31",
        deadline.assess(new Observation.CompletedOn(LocalDate.of(2022, 12, 31), Year.of(2022))).toString());
    assertEquals(Assessment.Outcome.NOT_MET,
        deadline.assess(new Observation.CompletedOn(LocalDate.of(2023, 1, 1), Year.of(2022))).outcome());
    assertEquals("MET: 100% meets 100% (for the scope 市域内覆盖)",
        Target.parse("市域内覆盖100%").assess(Observation.parse("100%")).toString());
    assertEquals("NOT_ASSESSABLE: 是 cannot be compared with ≥2次",
        Target.parse("≥2次").assess(Observation.parse("是")).toString());
    assertEquals("NOT_ASSESSABLE: ≥**次 is an unfilled template placeholder",
        Target.parse("≥**次").assess(Observation.parse("3次")).toString());
  }

  @Test
  void observationTextThatIsNotAFigureIsRejectedWithTheText() {
    ObservationParseException e = assertThrows(ObservationParseException.class, () -> Observation.parse("≥90%"));
    assertEquals("Cannot read an observation from '≥90%': expected a figure with its unit, such as 3次 or 55.7%, "
        + "or 是/否", e.getMessage());
    assertEquals("≥90%", e.input());
  }

  @Test
  void negativeFiguresAreRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> QuantitativeTarget.of(Comparison.AT_LEAST, new BigDecimal("-1.5"), TargetUnit.TIMES));
    assertEquals("A target figure must not be negative: -1.5", e.getMessage());
  }

  @Test
  void canonicalFormsPrintAsDocumentsDo() {
    assertEquals("≥2万人次", QuantitativeTarget.of(Comparison.AT_LEAST, new BigDecimal("2"),
        TargetUnit.TEN_THOUSAND_PERSON_TIMES).toString());
    assertEquals("12月底前", DeadlineTarget.of(Month.DECEMBER).text());
    assertEquals("≤**分钟", PlaceholderTarget.of(Comparison.AT_MOST, TargetUnit.MINUTES).text());
    assertEquals("市域内覆盖100%", ScopedTarget.of("市域内覆盖",
        QuantitativeTarget.of(Comparison.UNSTATED, new BigDecimal("100"), TargetUnit.PERCENT)).text());
  }

  @Test
  void targetsAreValuesThatCountThePrintedText() {
    ValueContract.assertValueSemantics(Target.parse("≥200人次"), Target.parse("≥200人次"), Target.parse("≥ 200人次"));
    ValueContract.assertValueSemantics(Target.parse("≥2.0次"), Target.parse("≥2.0次"), Target.parse("≥2次"));
    ValueContract.assertValueSemantics(Target.parse("有所提高"), Target.parse("有所提高"), Target.parse("有所提升"));
    ValueContract.assertValueSemantics(Observation.parse("3次"), Observation.parse("3次"), Observation.parse("3人次"));
    ValueContract.assertValueSemantics(Target.parse("≥2次").assess(Observation.parse("3次")),
        Target.parse("≥2次").assess(Observation.parse("3次")), Target.parse("≥2次").assess(Observation.parse("4次")));
  }
}
