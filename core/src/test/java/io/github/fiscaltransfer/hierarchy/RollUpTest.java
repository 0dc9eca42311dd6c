package io.github.fiscaltransfer.hierarchy;

import static io.github.fiscaltransfer.hierarchy.JiangmenChain.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.fiscaltransfer.money.Cny;
import io.github.fiscaltransfer.money.CnyAmount;
import io.github.fiscaltransfer.subject.SubjectCode;
import io.github.fiscaltransfer.subject.SubjectLevel;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Roll-up of the hand-built chain: 江门市's 196 万元 ends at its counties, once. */
class RollUpTest {

  private static final RollUp ROLL_UP = RollUp.of(FundFlow.of(JiangmenChain.clean()));

  @Test
  void rootTotalIsTheProvinceTableCountedOnce() {
    assertYuan("73530000", ROLL_UP.total(JiangmenChain.GUANGDONG));
    assertYuan("68000000", ROLL_UP.endingAt(JiangmenChain.GUANGDONG));
  }

  @Test
  void cityTotalIsItsCountiesAndNothingEndsAtTheCity() {
    assertYuan("1960000", ROLL_UP.total(JiangmenChain.JIANGMEN));
    assertYuan("0", ROLL_UP.endingAt(JiangmenChain.JIANGMEN));
    assertYuan("960000", ROLL_UP.total(unit("台山市")));
    assertYuan("3570000", ROLL_UP.total(unit("广州市")));
  }

  @Test
  void bySubjectRollsTheCountiesItemUpToItsSectionAndClass() {
    Map<SubjectCode, CnyAmount> items = ROLL_UP.bySubject(SubjectLevel.ITEM);
    assertEquals(List.of(SubjectCode.of("21015"), SubjectCode.of("2101502")), List.copyOf(items.keySet()));
    assertYuan("71570000", items.get(SubjectCode.of("21015")));
    assertYuan("1960000", items.get(SubjectCode.of("2101502")));
    assertYuan("73530000", ROLL_UP.bySubject(SubjectLevel.SECTION).get(SubjectCode.of("21015")));
    assertEquals(1, ROLL_UP.bySubject(SubjectLevel.CLASS).size());
    assertYuan("73530000", ROLL_UP.bySubject(SubjectLevel.CLASS).get(SubjectCode.of("210")));
  }

  private static void assertYuan(String expected, CnyAmount actual) {
    assertEquals(0, new BigDecimal(expected).compareTo(Cny.toYuan(actual)), expected + " 元 but was " + actual);
  }
}
