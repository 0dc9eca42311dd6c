package io.github.fiscaltransfer.subject;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.fiscaltransfer.FiscalParseException;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SubjectTest {

  /** Every subject string printed in seeds 000–002, with its code, level and name. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "1100249——医疗卫生共同财政事权转移支付收入 | 1100249 | ITEM    | 医疗卫生共同财政事权转移支付收入",
      "1100249-医疗卫生共同财政事权转移支付收入   | 1100249 | ITEM    | 医疗卫生共同财政事权转移支付收入",
      "21015 医疗保障管理事务                    | 21015   | SECTION | 医疗保障管理事务",
      "2101502一般行政管理事务                    | 2101502 | ITEM    | 一般行政管理事务",
      "2101301 城乡医疗救助                      | 2101301 | ITEM    | 城乡医疗救助",
      "转移性收入—一般性转移支付收入—医疗卫生共同财政事权转移支付收入（1100249） | 1100249 | ITEM | 医疗卫生共同财政事权转移支付收入",
      "转移性收入—一般性转移支付收入—医疗卫生共同财政事权转移支付收入(1100249) | 1100249 | ITEM | 医疗卫生共同财政事权转移支付收入",
  })
  void seedSubjectsParse(String text, String code, SubjectLevel level, String name) {
    Subject subject = Subject.parse(text);
    assertEquals(SubjectCode.of(code), subject.code());
    assertEquals(level, subject.code().level());
    assertEquals(Optional.of(name), subject.name());
  }

  @Test
  void bareCodeHasNoName() {
    assertEquals(Subject.of(SubjectCode.of("21015")), Subject.parse(" 21015 "));
    assertEquals(Optional.empty(), Subject.parse("21015").name());
  }

  @Test
  void toStringIsCanonicalAndParsesBack() {
    Subject subject = Subject.parse("2101502一般行政管理事务");
    assertEquals("2101502 一般行政管理事务", subject.toString());
    assertEquals(subject, Subject.parse(subject.toString()));
  }

  @Test
  void equalityCountsTheName() {
    SubjectCode code = SubjectCode.of("21015");
    assertEquals(Subject.of(code, "医疗保障管理事务"), Subject.parse("21015 医疗保障管理事务"));
    assertEquals(Subject.of(code, "医疗保障管理事务").hashCode(), Subject.parse("21015 医疗保障管理事务").hashCode());
    assertNotEquals(Subject.of(code, "医疗保障管理事务"), Subject.of(code));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "21015x医疗          | 5 | unexpected character 'x'",
      "医疗保障管理事务     | 0 | no subject code",
      "医疗救助（21015a）   | 10 | unexpected character 'a'",
      "医疗救助）           | 4 | a closing parenthesis without an opening one",
      "21015０2 一般行政管理事务 | 5 | unexpected character '０'",
      "21015 02 一般行政管理事务 | 6 | a digit after the code: a code has 3, 5 or 7 digits",
      "一般（21015０2）    | 8 | unexpected character '０'",
  })
  void malformedSubjectsNameTheIndex(String text, int index, String reason) {
    FiscalParseException e = assertThrows(FiscalParseException.class, () -> Subject.parse(text));
    assertEquals(index, e.errorIndex());
    assertEquals("Cannot parse subject '" + text + "' at index " + index + ": " + reason, e.getMessage());
  }

  /** Defect 3 of issue #19: these read from a document, but their canonical text did not read back equal. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "DRG付费改革（2101502）  | 2101502 DRG付费改革",
      "(21015)(21015)        | (21015)（21015）",
      "2022年补助（2101502）   | 2022年补助（2101502）",
      "21015 (医疗)（a）b     | 21015 (医疗)（a）b",
      "—DRG（21015）          | 21015 DRG",
  })
  void canonicalTextReadsBackEqual(String text, String canonical) {
    Subject subject = Subject.parse(text);
    assertEquals(canonical, subject.toString());
    assertEquals(subject, Subject.parse(subject.toString()));
  }

  /** Defect 8 of issue #19: a 7-digit code with a full-width digit was read as its 5-digit parent. */
  @Test
  void aCodeWithAStrayDigitIsNeverReadAsAnotherCode() {
    FiscalParseException e = assertThrows(FiscalParseException.class, () -> Subject.parse("21015０2 一般行政管理事务"));
    assertEquals("Cannot parse subject '21015０2 一般行政管理事务' at index 5: unexpected character '０'", e.getMessage());
  }

  @Test
  void aNameThatCannotBePrintedToReadBackIsRefused() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Subject.of(SubjectCode.of("21015"), "-医疗-救助"));
    assertEquals("Subject name starting with a digit or a dash, or ending with a parenthesis, must not contain a "
        + "dash, or it cannot be printed to read back: 21015 -医疗-救助", e.getMessage());
    assertEquals("21015 医疗-救助", Subject.of(SubjectCode.of("21015"), " 医疗-救助\u00a0").toString());
  }

  @Test
  void blankNameIsRefused() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Subject.of(SubjectCode.of("210"), " "));
    assertEquals("Subject name must not be blank for code 210", e.getMessage());
  }
}
