package io.github.fiscaltransfer.target;

import static io.github.fiscaltransfer.target.ExpectedTargets.q;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.fiscaltransfer.performance.PerformanceIndicator;
import io.github.fiscaltransfer.performance.PerformanceTargetTable;
import io.github.fiscaltransfer.performance.SeedTargetTables;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every target printed in seeds 000–003 reads to the expected kind and exact value. */
class SeedTargetsTest {

  static Stream<Arguments> seedTables() {
    return Stream.of(
        Arguments.of("000 粤财社〔2021〕307号", SeedTargetTables.guangdong2022(), ExpectedTargets.GUANGDONG_2022),
        Arguments.of("001 template", SeedTargetTables.lianghe2022Template(), ExpectedTargets.LIANGHE_2022_TEMPLATE),
        Arguments.of("002 江财社〔2023〕1号", SeedTargetTables.jiangmen2023No1(), ExpectedTargets.JIANGMEN_2023_NO_1),
        Arguments.of("002 江财社〔2023〕2号", SeedTargetTables.jiangmen2023No2(), ExpectedTargets.JIANGMEN_2023_NO_2),
        Arguments.of("002 江财社〔2023〕3号", SeedTargetTables.jiangmen2023No3(), ExpectedTargets.JIANGMEN_2023_NO_3));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seedTables")
  void tableTargetsAreAsPrinted(String seed, PerformanceTargetTable table, List<Target> expected) {
    assertEquals(expected, table.indicators().stream().map(PerformanceIndicator::target).toList());
  }

  static Stream<Arguments> everySeedTarget() {
    List<Arguments> rows = new ArrayList<>();
    seedTables().forEach(arguments -> {
      PerformanceTargetTable table = (PerformanceTargetTable) arguments.get()[1];
      List<?> expected = (List<?>) arguments.get()[2];
      for (int i = 0; i < expected.size(); i++) {
        Target target = (Target) expected.get(i);
        rows.add(Arguments.of(table.indicators().get(i).name(), target.text(), target));
      }
    });
    rows.add(Arguments.of("召开医保工作新闻发布会和政策吹风会", "≥2 次", q("≥2 次", Comparison.AT_LEAST, "2", TargetUnit.TIMES)));
    rows.add(Arguments.of("参保人员对医保服务的满意度", "≥90%", q("≥90%", Comparison.AT_LEAST, "90", TargetUnit.PERCENT)));
    return rows.stream();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("everySeedTarget")
  void seedTargetParsesToExpectedKindAndValue(String indicatorName, String text, Target expected) {
    Target parsed = Target.parse(text, indicatorName);
    assertEquals(expected, parsed);
    assertEquals(text, parsed.text());
  }
}
