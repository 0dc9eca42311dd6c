package io.github.fiscaltransfer;

import io.github.fiscaltransfer.money.AmountParseException;
import io.github.fiscaltransfer.money.AmountUnit;
import io.github.fiscaltransfer.money.CnyAmount;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.identifier.DocumentNumber;
import io.github.fiscaltransfer.notice.FundLabel;
import io.github.fiscaltransfer.identifier.ProjectCode;
import io.github.fiscaltransfer.target.Observation;
import io.github.fiscaltransfer.target.ObservationParseException;
import io.github.fiscaltransfer.target.Target;
import io.github.fiscaltransfer.subject.Subject;
import io.github.fiscaltransfer.subject.SubjectCode;
import io.github.fiscaltransfer.unit.DivisionCode;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Every text parser of core, with the values the seed documents print for it, the exception it documents for text it
 * refuses, and a valid input of any length. The properties and fuzz tests of this package run over all of them.
 */
public enum TextParser {
  /** {@link PrintedAmount#parse(CharSequence)}. */
  AMOUNT(PrintedAmount::parse, AmountParseException.class, n -> " ".repeat(n - 8) + "10,831万元",
      "10,831万元", "7,678万元", "1829 万元", "76,780,000元", "204.16万元", "196万元", "-8.16万元"),
  /**
   * {@link CnyAmount#parse}: a printed amount in any unit as the money it is, whose text in 元 must read back
   * (issue #35: {@code 47757922602073121亿元} was read, but its 元 text was refused).
   */
  CNY_AMOUNT(CnyAmount::parse, AmountParseException.class, n -> " ".repeat(n - 8) + "10,831万元",
      "10,831万元", "9,999,999,999,999,999亿元", "99,999,999,999,999,999,999万元", "-8.16万元", "1.00000001亿元"),
  /** {@link PrintedAmount#parse(CharSequence, AmountUnit)} in a table headed 单位：万元. */
  FIGURE(text -> PrintedAmount.parse(text, AmountUnit.WAN_YUAN), AmountParseException.class,
      n -> " ".repeat(n - 6) + "194.00", "10,831", "194.00", "１０，８３１", "87.48", "0.000", "33,695,182"),
  /** {@link DocumentNumber#parse}. */
  DOCUMENT_NUMBER(DocumentNumber::parse, FiscalParseException.class, n -> "粤".repeat(n - 10) + "〔2021〕307号",
      "粤财社〔2021〕307号", "粤财社〔2022〕329 号", "江财社〔2023〕16号", "德财社〔2022〕11号", "江财社〔2020〕217号"),
  /** {@link FundLabel#parse}. */
  FUND_LABEL(FundLabel::parse, FiscalParseException.class, n -> "01 " + "资".repeat(n - 3),
      "01 中央直达资金", "01 直达资金", "09 其他资金", "A0404-城乡医疗救助"),
  /** {@link ProjectCode#parse}. */
  PROJECT_CODE(ProjectCode::parse, FiscalParseException.class, n -> " ".repeat(n - 13) + "Z155080000004",
      "Z155080000004"),
  /** {@link Subject#parse}. */
  SUBJECT(Subject::parse, FiscalParseException.class, n -> "2101502 " + "医".repeat(n - 8),
      "1100249——医疗卫生共同财政事权转移支付收入", "21015 医疗保障管理事务", "2101502一般行政管理事务", "2101301 城乡医疗救助",
      "转移性收入—一般性转移支付收入—医疗卫生共同财政事权转移支付收入（1100249）", "DRG付费改革（2101502）"),
  /** {@link SubjectCode#parse}. */
  SUBJECT_CODE(SubjectCode::parse, FiscalParseException.class, n -> " ".repeat(n - 7) + "2101502",
      "2101502", "21015", "210", "1100249", "30201"),
  /** {@link DivisionCode#parse}. */
  DIVISION_CODE(DivisionCode::parse, FiscalParseException.class, n -> " ".repeat(n - 6) + "440781",
      "440781", "440700", "440000", "533122"),
  /** {@link Target#parse(String)}, which refuses nothing. */
  TARGET(Target::parse, RefusesNothing.class, n -> "市".repeat(n - 7) + "域覆盖100%",
      "≥2万人次", "≥10万人次", "≥**次", "≤15天", "≥90%", "≥85", "市域内覆盖100%", "是", "12月底前", "≤3%", "约2次"),
  /** {@code Observation.parse}, as a self-evaluation's 实际完成值 is read. */
  OBSERVATION(Observation::parse, ObservationParseException.class, n -> " ".repeat(n - 5) + "55.7%",
      "3次", "55.7%", "是", "100%", "2.5万人次", "否", "15天");

  /** Stands for "refuses nothing": never thrown, so any exception fails the check. */
  static final class RefusesNothing extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
  }

  private final Function<String, ?> parser;
  private final Class<? extends IllegalArgumentException> refusal;
  private final IntFunction<String> valid;
  private final List<String> seeds;

  TextParser(Function<String, ?> parser, Class<? extends IllegalArgumentException> refusal,
      IntFunction<String> valid, String... seeds) {
    this.parser = parser;
    this.refusal = refusal;
    this.valid = valid;
    this.seeds = List.of(seeds);
  }

  /**
   * Returns the values the seed documents print for this parser.
   *
   * @return the printed values, not empty
   */
  public List<String> seeds() {
    return seeds;
  }

  /**
   * Returns whether the parser documents an exception for text it refuses.
   *
   * @return false for a parser that reads every text
   */
  public boolean refuses() {
    return refusal != RefusesNothing.class;
  }

  /**
   * Parses a text and checks {@link ParserInvariants}.
   *
   * @param text the text, not null
   * @return the value, or empty if refused
   */
  public Optional<?> check(String text) {
    return ParserInvariants.check(text, parser, refusal);
  }

  /**
   * Checks that a hostile input is read in linear time, as {@link Linearity} defines it.
   *
   * @param hostile the hostile input, not null
   */
  public void checkLinear(Linearity.Hostile hostile) {
    Linearity.check(parser, valid, hostile);
  }
}
