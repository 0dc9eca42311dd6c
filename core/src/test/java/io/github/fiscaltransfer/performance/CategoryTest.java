package io.github.fiscaltransfer.performance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CategoryTest {

  @Test
  void level1WordingVariantsAreRecognised() {
    assertEquals(Optional.of(IndicatorLevel1.SATISFACTION), IndicatorLevel1.fromPrinted("满意度"));
    assertEquals(Optional.of(IndicatorLevel1.SATISFACTION), IndicatorLevel1.fromPrinted("满意\n\n度"));
    assertEquals(Optional.of(IndicatorLevel1.OUTPUT), IndicatorLevel1.fromPrinted("产出指标"));
    assertEquals(Optional.empty(), IndicatorLevel1.fromPrinted(""));
    assertEquals(Optional.empty(), IndicatorLevel1.fromPrinted("社会效益指标"));
  }

  @Test
  void level2WordingVariantsAreRecognised() {
    assertEquals(Optional.of(IndicatorLevel2.SOCIAL_BENEFIT), IndicatorLevel2.fromPrinted("社会指标"));
    assertEquals(Optional.of(IndicatorLevel2.SOCIAL_BENEFIT), IndicatorLevel2.fromPrinted("社会效益"));
    assertEquals(Optional.of(IndicatorLevel2.BENEFICIARY_SATISFACTION), IndicatorLevel2.fromPrinted("服务对象满意度"));
    assertEquals(Optional.of(IndicatorLevel2.SUSTAINABILITY), IndicatorLevel2.fromPrinted("可持续影响指标"));
    assertEquals(Optional.empty(), IndicatorLevel2.fromPrinted("进度指标"));
  }

  @Test
  void costStandsUnderOutputOrCost() {
    assertEquals(Set.of(IndicatorLevel1.OUTPUT, IndicatorLevel1.COST), IndicatorLevel2.COST.parents());
    assertEquals(Set.of(IndicatorLevel1.BENEFIT), IndicatorLevel2.SUSTAINABILITY.parents());
  }
}
