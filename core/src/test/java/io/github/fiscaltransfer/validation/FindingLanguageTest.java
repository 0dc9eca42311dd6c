package io.github.fiscaltransfer.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fiscaltransfer.notice.NoticeRule;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A finding's message in English and Chinese, from the bundles by its key and named arguments. */
class FindingLanguageTest {

  /** 表 of 江财社〔2023〕16号 style: lines 194.18万元 against a 合计 of 194.00万元, two figures, exact. */
  private static final Finding SUM = NoticeRule.TABLE_SUM.finding(JsonPointer.parse("/declaredTotal"), "194.00万元",
      "194.18万元", Arguments.of("sum", "194.18万元").and("total", "194.00万元").and("difference", "0.18万元")
          .and("gap", "0.18万元")
          .and(Map.of("rounding", "exact")));

  @Test
  void aRuleMakesItsEnglishMessageFromTheBaseBundle() {
    assertEquals("table.sum", SUM.key());
    assertEquals(List.of("sum", "total", "difference", "gap", "rounding"), List.copyOf(SUM.arguments().keySet()));
    assertEquals("the lines add up to 194.18万元 but the declared total is 194.00万元 (difference 0.18万元); the "
        + "figures are exact (no rounding is declared), so one of them is wrong", SUM.message());
    assertEquals(SUM.message(), SUM.message(Locale.ENGLISH));
    assertEquals(SUM.message(), SUM.message(Locale.FRENCH));
  }

  @Test
  void chineseFillsTheChineseTemplate() {
    assertEquals("分配表各行合计 194.18万元，表中列示合计 194.00万元，相差 0.18万元；这些数字是精确数（未声明四舍五入），"
        + "其中必有一处有误", SUM.message(Locale.SIMPLIFIED_CHINESE));
    assertEquals(SUM.message(Locale.SIMPLIFIED_CHINESE), SUM.message(Locale.CHINESE));
    assertEquals("错误 table.sum（江财社〔2023〕16号#/declaredTotal）：分配表各行合计 194.18万元，表中列示合计 194.00万元，"
        + "相差 0.18万元；这些数字是精确数（未声明四舍五入），其中必有一处有误",
        SUM.in("江财社〔2023〕16号").line(Locale.CHINA));
    assertEquals(SUM.toString(), SUM.line(Locale.ENGLISH));
  }

  @Test
  void theDefaultLocaleChoosesOnlyTheLocalizedMessage() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.CHINA);
      assertTrue(SUM.message().startsWith("the lines add up to"), SUM::message);
      assertTrue(SUM.message(Locale.ENGLISH).startsWith("the lines add up to"));
      assertEquals(Optional.of("the lines add up to {sum} but the declared total is {total} (difference "
          + "{difference}); {@rounding}"), Messages.template("table.sum", Locale.ENGLISH));
      assertEquals(SUM.message(Locale.CHINA), SUM.localizedMessage());
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void aMessageWithoutATemplateOrWithoutItsArgumentsStaysAsMade() {
    Finding plain = Finding.of(Severity.ERROR, "local.minimum-line", JsonPointer.root(), "10万元", "5万元",
        "a line is below the minimum");
    assertEquals("a line is below the minimum", plain.message(Locale.CHINA));
    Finding bare = Finding.builder().from(SUM).arguments(Map.of()).build();
    assertEquals(SUM.message(), bare.message(Locale.CHINA));
    assertEquals(Set.of("gap", "rounding", "sum", "total"),
        Messages.missing("table.sum", Locale.CHINA, Map.of()));
    assertEquals(Set.of("@rounding.nonsense"), Messages.missing("table.sum", Locale.CHINA,
        Map.of("sum", "1", "total", "2", "gap", "1", "rounding", "nonsense")));
  }

  @Test
  void aKeyIsTheRuleIdOrAVariantOfIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Finding.builder().from(SUM).key("table.summary").build());
    assertEquals("Finding key must be its rule id or begin with it and a dot: table.summary for table.sum",
        e.getMessage());
    IllegalStateException missing = assertThrows(IllegalStateException.class,
        () -> NoticeRule.TABLE_SUM.finding(JsonPointer.root(), 1, 2, "nowhere", Arguments.none()));
    assertEquals("fiscal-transfer bug: no English message for the key table.sum.nowhere", missing.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Arguments.of("sum", 1).and("sum", 2));
    assertThrows(IllegalArgumentException.class, () -> Arguments.of("9sum", 1));
  }
}
