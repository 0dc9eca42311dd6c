package io.github.fiscaltransfer.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.stream.Stream;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PrintedAmountTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "10,831万元       | 10831   | 万元",
      "7,678万元        | 7678    | 万元",
      "1829 万元        | 1829    | 万元",
      "76,780,000元     | 76780000 | 元",
      "'  194.00万元 '  | 194.00  | 万元",
      "１０，８３１万元 | 10831   | 万元",
      "８．１６亿元     | 8.16    | 亿元",
      "-0.50元          | -0.50   | 元"})
  void parsesFiguresWithTheirUnit(String text, String figure, String unit) {
    PrintedAmount amount = PrintedAmount.parse(text);
    assertEquals(new BigDecimal(figure), amount.figure());
    assertEquals(AmountUnit.ofLabel(unit), amount.unit());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "10,831     | 10831",
      "194.00     | 194.00",
      "8.16       | 8.16",
      "１０，８３１ | 10831",
      "' 70.91 '  | 70.91",
      "7,678万元  | 7678"})
  void parsesFiguresInATableUnit(String text, String figure) {
    assertEquals(PrintedAmount.of(new BigDecimal(figure), AmountUnit.WAN_YUAN),
        PrintedAmount.parse(text, AmountUnit.WAN_YUAN));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "10,83       | 3  | digit groups between separators must have 3 digits",
      "1234,567    | 0  | digit groups between separators must have 3 digits",
      "12a         | 2  | unexpected character 'a'",
      "十万元      | 0  | Chinese numerals such as '十' are not read: print the figure in digits",
      "壹拾万      | 0  | Chinese numerals such as '壹' are not read: print the figure in digits",
      "1.          | 2  | expected a digit",
      ".5          | 0  | unexpected character '.'",
      "1.2.3       | 3  | unexpected character '.'",
      "'   '       | 3  | no digits",
      "-           | 1  | expected a digit",
      "0.001       | 4  | finer than one fen (0.01 元) in 元",
      "1.0000005   | 8  | finer than one fen (0.01 元) in 元"})
  void reportsTheInputAndIndexOfWhatItCannotRead(String text, int index, String reason) {
    AmountParseException e = assertThrows(AmountParseException.class, () -> PrintedAmount.parse(text, AmountUnit.YUAN));
    assertEquals("Cannot parse amount '" + text + "' at index " + index + ": " + reason, e.getMessage());
    assertEquals(text, e.input());
    assertEquals(index, e.errorIndex());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "12168                          | WAN_YUAN | 12,168万元",
      "-1999999999999999999999999.998 | YUAN     | -1,999,999,999,999,999,999,999,999.998元",
      "0.011                          | YUAN     | 0.011元",
      "1E+3                           | YI_YUAN  | 1E+3亿元",
  })
  void anyFigureFormatsInItsUnitEvenWhereNoAmountCouldHoldIt(String figure, AmountUnit unit, String text) {
    assertEquals(text, PrintedAmount.format(new BigDecimal(figure), unit));
  }

  @Test
  void requiresAUnitWhenNoneIsGiven() {
    AmountParseException e = assertThrows(AmountParseException.class, () -> PrintedAmount.parse("10,831"));
    assertEquals("Cannot parse amount '10,831' at index 6: no unit (元, 万元 or 亿元) after the figure", e.getMessage());
  }

  @Test
  void refusesASuffixThatContradictsTheTableUnit() {
    AmountParseException e = assertThrows(
        AmountParseException.class, () -> PrintedAmount.parse("7,678万元", AmountUnit.YUAN));
    assertEquals("Cannot parse amount '7,678万元' at index 7: the unit 万元 is not the expected 元", e.getMessage());
  }

  @Test
  void refusesMoreThanOneFenOfPrecisionInWanYuan() {
    AmountParseException e = assertThrows(AmountParseException.class, () -> PrintedAmount.parse("1.0000001万元"));
    assertEquals("Cannot parse amount '1.0000001万元' at index 8: finer than one fen (0.01 元) in 万元", e.getMessage());
  }

  @Test
  void seed000TotalIsOneHundredEightMillionYuan() {
    assertEquals(0, new BigDecimal("108310000.00").compareTo(PrintedAmount.parse("10,831万元").toYuan()));
  }

  @Test
  void seed002ProvincialTotalIs7678WanYuan() {
    CnyAmount yuan = PrintedAmount.parse("76,780,000", AmountUnit.YUAN).toAmount();
    assertEquals(PrintedAmount.parse("7,678万元"), PrintedAmount.inUnit(yuan, AmountUnit.WAN_YUAN, 0));
  }

  @Test
  void seed002CountyLinesAddUpToTheTotal() {
    assertTrue(sum(AmountUnit.YUAN, "33,695,182", "22,571,083", "20,513,735")
        .isEqualTo(PrintedAmount.parse("76,780,000元").toAmount()));
  }

  @Test
  void seed002CapacityLinesAddUpTo194WanYuan() {
    assertTrue(sum(AmountUnit.WAN_YUAN, "70.91", "16.57", "14.49", "17.95", "25.54", "24.15", "13.01", "11.38")
        .isEqualTo(PrintedAmount.parse("194.00万元").toAmount()));
  }

  private static MonetaryAmount sum(AmountUnit unit, String... figures) {
    return Stream.of(figures).map(f -> PrintedAmount.parse(f, unit).toAmount())
        .reduce(CnyAmount.zero(), CnyAmount::add);
  }

  @Test
  void refusesToRoundUnlessAskedTo() {
    CnyAmount taishan = CnyAmount.ofYuan(33_695_182);
    PrecisionLossException e = assertThrows(
        PrecisionLossException.class, () -> PrintedAmount.inUnit(taishan, AmountUnit.WAN_YUAN, 2));
    assertEquals("3,369.5182万元 cannot be printed with 2 decimal places without rounding", e.getMessage());
    assertEquals(new BigDecimal("3369.5182"), e.value());
    assertEquals(2, e.scale());
    assertEquals("3,369.52万元",
        PrintedAmount.inUnitRounded(taishan, AmountUnit.WAN_YUAN, 2, RoundingMode.HALF_UP).toString());
    assertEquals("3,369.5182万元", PrintedAmount.inUnit(taishan, AmountUnit.WAN_YUAN, 4).toString());
  }

  @Test
  void refusesAScaleItCannotReadBack() {
    IllegalArgumentException e = assertThrows(
        IllegalArgumentException.class, () -> PrintedAmount.inUnit(CnyAmount.zero(), AmountUnit.YUAN, 17));
    assertEquals("Scale must be between 0 and 16: 17", e.getMessage());
    IllegalArgumentException tooLong = assertThrows(IllegalArgumentException.class,
        () -> PrintedAmount.of(new BigDecimal("1000000000000000000000000"), AmountUnit.YUAN));
    assertEquals("Figure must have at most 24 integer digits: 1000000000000000000000000", tooLong.getMessage());
  }

  @Test
  void refusesAHugeNegativeScaleBeforeWritingItsDigits() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PrintedAmount.of(new BigDecimal("1E+999999999"), AmountUnit.YUAN));
    assertEquals("Figure must have at most 24 integer digits: 1E+999999999", e.getMessage());
  }

  @Test
  void printsANegativeScaleAsAWholeNumber() {
    assertEquals("1,000万元", PrintedAmount.of(new BigDecimal("1E+3"), AmountUnit.WAN_YUAN).toString());
  }

  @Test
  void refusesAFigureFinerThanOneFen() {
    PrecisionLossException e = assertThrows(
        PrecisionLossException.class, () -> PrintedAmount.of(new BigDecimal("0.0000001"), AmountUnit.WAN_YUAN));
    assertEquals("Amount 0.001 元 is finer than one fen (0.01 元)", e.getMessage());
  }

  @Test
  void keepsTheScaleItWasPrintedWith() {
    PrintedAmount total = PrintedAmount.parse("194.00万元");
    assertEquals(2, total.scale());
    assertEquals("194.00", total.formatFigure());
    assertEquals("194.00万元", total.toString());
  }

  @Test
  void equalityCountsScaleAndUnitButSameAmountDoesNot() {
    PrintedAmount printed = PrintedAmount.parse("194.00万元");
    PrintedAmount whole = PrintedAmount.parse("194万元");
    PrintedAmount inYuan = PrintedAmount.parse("1,940,000元");
    EqualsContract.check(printed, PrintedAmount.parse("１９４．００ 万元"), whole, inYuan);
    assertTrue(printed.isSameAmountAs(whole));
    assertTrue(printed.isSameAmountAs(inYuan));
    assertFalse(printed.isSameAmountAs(PrintedAmount.parse("194.01万元")));
  }

  @Test
  void plusAddsInTheFirstAmountsUnitAtTheLargerScale() {
    assertEquals(PrintedAmount.parse("3.50万元"), PrintedAmount.parse("1.50万元").plus(PrintedAmount.parse("2万元")));
    assertEquals(PrintedAmount.parse("1.0001万元"), PrintedAmount.parse("1万元").plus(PrintedAmount.parse("1元")));
    assertEquals(PrintedAmount.parse("20,001元"), PrintedAmount.parse("1元").plus(PrintedAmount.parse("2万元")));
  }

  @Test
  void plusCarriesPastTheLongRangeExactly() {
    PrintedAmount nearLongMax = PrintedAmount.parse("92,233,720,368,547,758.07元");
    assertEquals(PrintedAmount.parse("92,233,720,368,547,758.08元"), nearLongMax.plus(PrintedAmount.parse("0.01元")));
  }

  @Test
  void plusKeepsASumOfMoreThan24IntegerDigitsExactly() {
    PrintedAmount largest = PrintedAmount.parse("999,999,999,999,999,999,999,999元");
    assertEquals(new BigDecimal("1000000000000000000000000"), largest.plus(PrintedAmount.parse("1元")).figure());
  }

  /** Issue #35: 17 integer digits in 亿元 were read, and the amount printed a text in 元 that did not read back. */
  @Test
  void oneDigitLimitWhicheverTheUnit() {
    AmountParseException e = assertThrows(AmountParseException.class,
        () -> PrintedAmount.parse("47757922602073121亿元"));
    assertEquals("Cannot parse amount '47757922602073121亿元' at index 16: more than 16 integer digits in 亿元 (24 in 元)",
        e.getMessage());
    PrintedAmount largest = PrintedAmount.parse("9,999,999,999,999,999亿元");
    assertEquals("999,999,999,999,999,900,000,000.00元", largest.toAmount().toString());
    assertEquals(largest.toAmount(), CnyAmount.parse(largest.toAmount().toString()));
    IllegalArgumentException of = assertThrows(IllegalArgumentException.class,
        () -> PrintedAmount.of(new BigDecimal("100000000000000000000"), AmountUnit.WAN_YUAN));
    assertEquals("Figure must have at most 20 integer digits in 万元 (24 in 元): 100000000000000000000",
        of.getMessage());
  }
}
