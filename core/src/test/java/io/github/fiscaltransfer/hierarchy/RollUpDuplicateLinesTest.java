package io.github.fiscaltransfer.hierarchy;

import static io.github.fiscaltransfer.hierarchy.JiangmenChain.GUANGDONG;
import static io.github.fiscaltransfer.hierarchy.JiangmenChain.JIANGMEN;
import static io.github.fiscaltransfer.hierarchy.JiangmenChain.UNITS;
import static io.github.fiscaltransfer.hierarchy.JiangmenChain.line;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.fiscaltransfer.identifier.DocumentNumber;
import io.github.fiscaltransfer.identifier.DocumentReference;
import io.github.fiscaltransfer.money.AmountUnit;
import io.github.fiscaltransfer.money.Cny;
import io.github.fiscaltransfer.money.CnyAmount;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.notice.AllocationTable;
import io.github.fiscaltransfer.notice.GrantAllocation;
import io.github.fiscaltransfer.notice.NoticeKind;
import io.github.fiscaltransfer.notice.NoticeRule;
import io.github.fiscaltransfer.notice.NoticeValidator;
import io.github.fiscaltransfer.notice.TransferNotice;
import io.github.fiscaltransfer.validation.Finding;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A table that prints the same line twice (same recipient, same amount): the roll-up counts both, whether or not
 * a child notice distributes one of them further, and the table rules report the duplicate. The property over
 * generated chains is {@code RollUpDuplicateLinesPropertyTest} in the testing module.
 */
class RollUpDuplicateLinesTest {

  /** 粤财社〔2021〕307号 with 江门市's 196 万元 printed twice and a total of 7,549 万元; 江门市 distributes one. */
  private static List<TransferNotice> provinceWithJiangmenTwice() {
    AllocationTable table = AllocationTable.builder().unit(AmountUnit.WAN_YUAN)
        .addLines(line(GUANGDONG.retainedShare("省级留用"), "6,800"), line(UNITS.byName("广州市").orElseThrow(), "357"),
            line(JIANGMEN, "196"), line(JIANGMEN, "196"))
        .declaredTotal(PrintedAmount.parse("7,549", AmountUnit.WAN_YUAN)).build();
    TransferNotice province = TransferNotice.builder().number(JiangmenChain.PROVINCE_NUMBER)
        .title("广东省财政厅下达资金的通知").issuer(GUANGDONG).issuingAuthority("广东省财政厅").kind(NoticeKind.FORMAL)
        .addBasis(DocumentReference.of(DocumentNumber.parse("财社〔2021〕156号")))
        .addAllocations(GrantAllocation.of(JiangmenChain.grant("21015 医疗保障管理事务", "01 中央直达资金"),
            PrintedAmount.parse("7,549万元"), table))
        .build();
    return List.of(province, JiangmenChain.city("196万元", "2101502 一般行政管理事务", "01 中央直达资金"));
  }

  @Test
  void bothIdenticalLinesCountWhenOneIsDistributedFurther() {
    RollUp rollUp = RollUp.of(FundFlow.of(provinceWithJiangmenTwice()));
    assertYuan("75490000", rollUp.total(GUANGDONG));
    assertYuan("3920000", rollUp.total(JIANGMEN));
    assertYuan("1960000", rollUp.endingAt(JIANGMEN));
    assertYuan("960000", rollUp.total(JiangmenChain.unit("台山市")));
  }

  @Test
  void theDuplicateIsReportedByTheTableRules() {
    List<Finding> found = NoticeValidator.builtIn().validate(provinceWithJiangmenTwice().get(0))
        .findings(NoticeRule.TABLE_DUPLICATE_RECIPIENT.id());
    assertEquals(1, found.size(), found::toString);
    assertEquals("粤财社〔2021〕307号#/allocations/0/table/lines/3/recipient", found.get(0).path());
  }

  private static void assertYuan(String expected, CnyAmount actual) {
    assertEquals(0, new BigDecimal(expected).compareTo(Cny.toYuan(actual)), expected + " 元 but was " + actual);
  }
}
