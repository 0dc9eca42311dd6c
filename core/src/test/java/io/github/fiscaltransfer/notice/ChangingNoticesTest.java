package io.github.fiscaltransfer.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fiscaltransfer.allocation.Allocation;
import io.github.fiscaltransfer.allocation.AllocationRequest;
import io.github.fiscaltransfer.identifier.DocumentNumber;
import io.github.fiscaltransfer.identifier.DocumentReference;
import io.github.fiscaltransfer.money.AmountUnit;
import io.github.fiscaltransfer.money.CnyAmount;
import io.github.fiscaltransfer.money.PrecisionLossException;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.money.Quantum;
import io.github.fiscaltransfer.subject.Subject;
import io.github.fiscaltransfer.unit.AdministrativeLevel;
import io.github.fiscaltransfer.unit.FiscalUnit;
import io.github.fiscaltransfer.unit.Recipient;
import io.github.fiscaltransfer.unit.UnitRegistry;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The one-call changes of a table, an allocation and a notice ({@code with…}), a table's difference from its total,
 * and an allocation as a table: the first hour of a county budget officer splitting 60万元 5:3:2 among townships.
 */
class ChangingNoticesTest {

  private static final FiscalUnit HUIDONG = UnitRegistry.builtIn().byName("惠东县").orElseThrow();
  private static final FiscalUnit BAIHUA = FiscalUnit.of("白花镇", AdministrativeLevel.TOWNSHIP, HUIDONG);
  private static final FiscalUnit LIANGHUA = FiscalUnit.of("梁化镇", AdministrativeLevel.TOWNSHIP, HUIDONG);
  private static final FiscalUnit DUOZHU = FiscalUnit.of("多祝镇", AdministrativeLevel.TOWNSHIP, HUIDONG);

  private static AllocationTable split() {
    Allocation split = AllocationRequest.builder().total(CnyAmount.ofYuan(600_000)).quantum(Quantum.parse("0.01万元"))
        .recipient("白花镇", new BigDecimal("5")).recipient("梁化镇", new BigDecimal("3"))
        .recipient("多祝镇", new BigDecimal("2")).build().allocate();
    Map<String, Recipient> townships = Map.of("白花镇", BAIHUA, "梁化镇", LIANGHUA, "多祝镇", DUOZHU);
    return AllocationTable.of(split, townships::get, AmountUnit.WAN_YUAN, 2);
  }

  private static TransferNotice notice(AllocationTable table) {
    Grant grant = Grant.builder().name("乡村振兴补助资金").fiscalYear(Year.of(2024)).fundingSource(FundingSource.COUNTY)
        .expenditureSubject(Subject.parse("21305 巩固脱贫攻坚成果衔接乡村振兴")).build();
    return TransferNotice.builder().number(DocumentNumber.parse("惠财农〔2024〕5号")).title("关于下达乡村振兴补助资金的通知")
        .issuer(HUIDONG).issuingAuthority("惠东县财政局").kind(NoticeKind.FORMAL)
        .addAllocation(GrantAllocation.of(grant, PrintedAmount.parse("60万元"), table)).build();
  }

  @Test
  void anAllocationBecomesATableInAChosenUnitAndScale() {
    AllocationTable table = split();
    assertEquals(List.of(BAIHUA, LIANGHUA, DUOZHU), table.lines().stream().map(AllocationLine::recipient).toList());
    assertEquals(List.of("30.00万元", "18.00万元", "12.00万元"),
        table.lines().stream().map(l -> l.amount().toString()).toList());
    assertEquals("60.00万元", table.declaredTotal().toString());
    assertEquals("60.00万元", table.linesSum().toString());
    assertTrue(table.addsUp());
    assertEquals("300,000元", AllocationTable.of(AllocationRequest.builder().total(CnyAmount.ofYuan(600_000))
        .quantum(Quantum.YUAN).recipient("白花镇", BigDecimal.ONE).recipient("梁化镇", BigDecimal.ONE).build()
        .allocate(), Map.of("白花镇", BAIHUA, "梁化镇", LIANGHUA)::get, AmountUnit.YUAN, 0)
        .lines().get(0).amount().toString());
  }

  @Test
  void anAllocationFinerThanTheChosenScaleIsRefusedNotRounded() {
    Allocation split = AllocationRequest.builder().total(CnyAmount.ofYuan(100)).quantum(Quantum.FEN)
        .recipient("白花镇", BigDecimal.ONE).recipient("梁化镇", BigDecimal.ONE).recipient("多祝镇", BigDecimal.ONE)
        .build().allocate();
    PrecisionLossException e = assertThrows(PrecisionLossException.class, () -> AllocationTable.of(split,
        Map.of("白花镇", BAIHUA, "梁化镇", LIANGHUA, "多祝镇", DUOZHU)::get, AmountUnit.YUAN, 0));
    assertEquals("33.33元 cannot be printed with 0 decimal places without rounding", e.getMessage());
  }

  @Test
  void oneLineChangesInOneCallAndTheDifferenceSaysByHowMuch() {
    AllocationTable table = split();
    AllocationTable moved = table.withLine(AllocationLine.of(LIANGHUA, PrintedAmount.parse("18.50万元")));
    assertEquals("18.50万元", moved.line(LIANGHUA).orElseThrow().amount().toString());
    assertEquals(List.of(BAIHUA, LIANGHUA, DUOZHU), moved.lines().stream().map(AllocationLine::recipient).toList());
    assertFalse(moved.addsUp());
    assertEquals("0.50万元", moved.difference().toString());
    assertEquals("0.00万元", table.difference().toString());
    assertEquals("18.00万元", table.line(LIANGHUA).orElseThrow().amount().toString(), "the table is not changed");
    FiscalUnit pingshan = FiscalUnit.of("平山街道", AdministrativeLevel.TOWNSHIP, HUIDONG);
    AllocationTable added = moved.withLine(AllocationLine.of(pingshan, PrintedAmount.parse("-0.50万元")));
    assertEquals(4, added.lines().size());
    assertTrue(added.addsUp());
    assertEquals("61.00万元", table.withDeclaredTotal(PrintedAmount.parse("61.00万元")).declaredTotal().toString());
    assertEquals("-1.00万元", table.withDeclaredTotal(PrintedAmount.parse("61.00万元")).difference().toString());
    assertThrows(IllegalArgumentException.class,
        () -> table.withLine(AllocationLine.of(BAIHUA, PrintedAmount.parse("300000元"))));
  }

  @Test
  void aNoticeChangesItsAllocationsDateAndBasisInOneCallEach() {
    TransferNotice notice = notice(split());
    AllocationTable moved = split().withLine(AllocationLine.of(LIANGHUA, PrintedAmount.parse("18.50万元")));
    GrantAllocation allocation = notice.allocations().get(0).withTable(moved);
    TransferNotice changed = notice.withAllocation(0, allocation);
    assertEquals(moved, changed.allocations().get(0).table().orElseThrow());
    assertEquals(notice.allocations().get(0).grant(), changed.allocations().get(0).grant());
    assertEquals(split(), notice.allocations().get(0).table().orElseThrow(), "the notice is not changed");
    assertEquals(PrintedAmount.parse("60.50万元"),
        allocation.withStatedTotal(PrintedAmount.parse("60.50万元")).statedTotal());
    assertEquals(List.of(allocation), notice.withAllocations(List.of(allocation)).allocations());
    assertEquals(LocalDate.of(2024, 3, 1), notice.withIssueDate(LocalDate.of(2024, 3, 1)).issueDate().orElseThrow());
    DocumentReference basis = DocumentReference.of(DocumentNumber.parse("惠市财农〔2024〕1号"));
    assertEquals(List.of(basis), notice.withBasis(List.of(basis)).basis());
    assertEquals(notice.title(), notice.withBasis(List.of(basis)).title());
    assertThrows(IllegalArgumentException.class, () -> notice.withAllocations(List.of()));
  }
}
