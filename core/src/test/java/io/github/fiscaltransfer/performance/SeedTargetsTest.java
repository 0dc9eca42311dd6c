package io.github.fiscaltransfer.performance;

import static io.github.fiscaltransfer.performance.ExpectedTargets.q;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every target printed in seeds 000–003 reads to the expected kind and exact value. */
class SeedTargetsTest {

  @Test
  void guangdong2022TargetsAreAsPrinted() {
    assertEquals(ExpectedTargets.GUANGDONG_2022, targetsOf(SeedTargetTables.guangdong2022()));
  }

  @Test
  void lianghe2022TemplateTargetsAreAsPrinted() {
    assertEquals(ExpectedTargets.LIANGHE_2022_TEMPLATE, targetsOf(SeedTargetTables.lianghe2022Template()));
  }

  @Test
  void jiangmen2023No1TargetsAreAsPrinted() {
    assertEquals(ExpectedTargets.JIANGMEN_2023_NO_1, targetsOf(SeedTargetTables.jiangmen2023No1()));
  }

  @Test
  void jiangmen2023No2TargetsAreAsPrinted() {
    assertEquals(ExpectedTargets.JIANGMEN_2023_NO_2, targetsOf(SeedTargetTables.jiangmen2023No2()));
  }

  @Test
  void jiangmen2023No3TargetsAreAsPrinted() {
    assertEquals(ExpectedTargets.JIANGMEN_2023_NO_3, targetsOf(SeedTargetTables.jiangmen2023No3()));
  }

  private static List<Target> targetsOf(PerformanceTargetTable table) {
    return table.indicators().stream().map(PerformanceIndicator::target).toList();
  }

  static Stream<Arguments> everySeedTarget() {
    List<Arguments> rows = new ArrayList<>();
    addRows(rows, SeedTargetTables.guangdong2022(), ExpectedTargets.GUANGDONG_2022);
    addRows(rows, SeedTargetTables.lianghe2022Template(), ExpectedTargets.LIANGHE_2022_TEMPLATE);
    addRows(rows, SeedTargetTables.jiangmen2023No1(), ExpectedTargets.JIANGMEN_2023_NO_1);
    addRows(rows, SeedTargetTables.jiangmen2023No2(), ExpectedTargets.JIANGMEN_2023_NO_2);
    addRows(rows, SeedTargetTables.jiangmen2023No3(), ExpectedTargets.JIANGMEN_2023_NO_3);
    rows.add(Arguments.of("召开医保工作新闻发布会和政策吹风会", "≥2 次", q("≥2 次", Comparison.AT_LEAST, "2", TargetUnit.TIMES)));
    rows.add(Arguments.of("参保人员对医保服务的满意度", "≥90%", q("≥90%", Comparison.AT_LEAST, "90", TargetUnit.PERCENT)));
    return rows.stream();
  }

  private static void addRows(List<Arguments> rows, PerformanceTargetTable table, List<Target> expected) {
    for (int i = 0; i < expected.size(); i++) {
      PerformanceIndicator indicator = table.indicators().get(i);
      rows.add(Arguments.of(indicator.name(), expected.get(i).text(), expected.get(i)));
    }
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("everySeedTarget")
  void seedTargetParsesToExpectedKindAndValue(String indicatorName, String text, Target expected) {
    Target parsed = Target.parse(text, indicatorName);
    assertEquals(expected, parsed);
    assertEquals(text, parsed.text());
  }
}
