package io.github.fiscaltransfer.hierarchy;

import static io.github.fiscaltransfer.hierarchy.JiangmenChain.GUANGDONG;
import static io.github.fiscaltransfer.hierarchy.JiangmenChain.JIANGMEN;
import static io.github.fiscaltransfer.hierarchy.JiangmenChain.UNITS;
import static io.github.fiscaltransfer.hierarchy.JiangmenChain.line;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.fiscaltransfer.money.AmountUnit;
import io.github.fiscaltransfer.money.Cny;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.notice.AllocationLine;
import io.github.fiscaltransfer.notice.AllocationTable;
import io.github.fiscaltransfer.notice.DocumentNumber;
import io.github.fiscaltransfer.notice.DocumentReference;
import io.github.fiscaltransfer.notice.GrantAllocation;
import io.github.fiscaltransfer.notice.NoticeKind;
import io.github.fiscaltransfer.notice.NoticeRule;
import io.github.fiscaltransfer.notice.NoticeValidator;
import io.github.fiscaltransfer.notice.TransferNotice;
import io.github.fiscaltransfer.validation.Finding;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;
import net.jqwik.api.statistics.Statistics;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/**
 * A table that prints the same line twice (same recipient, same amount): the roll-up counts both, whether or not
 * a child notice distributes one of them further, and the table rules report the duplicate.
 */
@Domain(HierarchyDomain.class)
@Domain(DomainContext.Global.class)
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

  /**
   * Invariant "roll-up equals the sum of the printed lines": a generated parent table prints one child's line a
   * second time, and every child distributes its line further in a table of its own.
   */
  @Property(tries = 150)
  void rollUpConservesEveryPrintedLine(@ForAll ChainSpec spec, @ForAll @IntRange(max = 100) int pick,
      @ForAll @IntRange(min = 1, max = 3) int copies) {
    int duplicated = pick % spec.size();
    AllocationTable.Builder table = AllocationTable.builder().unit(AmountUnit.YUAN);
    BigDecimal printed = BigDecimal.ZERO;
    for (int i = 0; i < spec.size(); i++) {
      for (int copy = 0; copy < (i == duplicated ? copies : 1); copy++) {
        table.addLines(AllocationLine.of(ChainSpec.unit(i), ChainSpec.yuan(spec.amounts().get(i))));
        printed = printed.add(spec.amounts().get(i));
      }
    }
    PrintedAmount total = ChainSpec.yuan(printed);
    TransferNotice parent = spec.parent();
    TransferNotice withCopies = TransferNotice.builder().from(parent).allocations(List.of(GrantAllocation.of(
        parent.allocations().get(0).grant(), total, table.declaredTotal(total).build()))).build();
    List<TransferNotice> notices = new ArrayList<>(List.of(withCopies));
    for (int i = 0; i < spec.size(); i++) {
      TransferNotice child = spec.child(i);
      AllocationTable kept = AllocationTable.builder().unit(AmountUnit.YUAN)
          .addLines(AllocationLine.of(ChainSpec.unit(i).retainedShare("市本级"), ChainSpec.yuan(spec.amounts().get(i))))
          .declaredTotal(ChainSpec.yuan(spec.amounts().get(i))).build();
      notices.add(TransferNotice.builder().from(child).allocations(List.of(GrantAllocation.of(
          child.allocations().get(0).grant(), ChainSpec.yuan(spec.amounts().get(i)), kept))).build());
    }
    RollUp rollUp = RollUp.of(FundFlow.of(notices));
    assertEquals(0, printed.compareTo(Cny.toYuan(rollUp.total(ChainSpec.GUANGDONG))),
        "roll-up equals the sum of the printed lines: " + rollUp);
    BigDecimal line = spec.amounts().get(duplicated);
    assertEquals(0, line.multiply(BigDecimal.valueOf(copies)).compareTo(
        Cny.toYuan(rollUp.total(ChainSpec.unit(duplicated)))), "every copy counts at its recipient: " + rollUp);
    assertEquals(copies - 1, NoticeValidator.builtIn().validate(withCopies)
        .findings(NoticeRule.TABLE_DUPLICATE_RECIPIENT.id()).size(), "each copy after the first is reported");
    Statistics.label("copies").collect(copies);
    Statistics.label("copies").coverage(check -> check.check(2).percentage(p -> p >= 20));
  }

  private static void assertYuan(String expected, Money actual) {
    assertEquals(0, new BigDecimal(expected).compareTo(Cny.toYuan(actual)), expected + " 元 but was " + actual);
  }
}
