package io.github.fiscaltransfer.hierarchy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fiscaltransfer.identifier.DocumentNumber;
import io.github.fiscaltransfer.identifier.DocumentReference;
import io.github.fiscaltransfer.money.AmountUnit;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.notice.AllocationLine;
import io.github.fiscaltransfer.notice.AllocationTable;
import io.github.fiscaltransfer.notice.FundingSource;
import io.github.fiscaltransfer.notice.Grant;
import io.github.fiscaltransfer.notice.GrantAllocation;
import io.github.fiscaltransfer.notice.NoticeKind;
import io.github.fiscaltransfer.notice.TransferNotice;
import io.github.fiscaltransfer.unit.FiscalUnit;
import io.github.fiscaltransfer.unit.UnitRegistry;
import io.github.fiscaltransfer.validation.Finding;
import io.github.fiscaltransfer.validation.Severity;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two notices shaped as 永财农〔2021〕471号 and the 浙财农〔2020〕59号 it is paid from (从《…》中支付): linked through the
 * citation typed as the source even where neither prints a table line, and never a false error.
 */
class SourceLinkTest {

  private static final UnitRegistry UNITS = UnitRegistry.builtIn();
  private static final FiscalUnit ZHEJIANG = UNITS.byName("浙江省").orElseThrow();
  private static final FiscalUnit YONGJIA = UNITS.byName("永嘉县").orElseThrow();
  private static final DocumentNumber PARENT = DocumentNumber.parse("浙财农〔2020〕59号");

  private static TransferNotice parent(GrantAllocation allocation) {
    return TransferNotice.builder().number(PARENT).issuer(ZHEJIANG).issuingAuthority("浙江省财政厅")
        .title("浙江省财政厅 浙江省扶贫办公室关于提前下达2021年部分省级巩固拓展扶贫成果(暂定)专项资金的通知")
        .kind(NoticeKind.ADVANCE).addAllocations(allocation).build();
  }

  private static Grant parentGrant() {
    return Grant.builder().name("省级巩固拓展扶贫成果(暂定)专项资金").fiscalYear(Year.of(2021))
        .fundingSource(FundingSource.PROVINCIAL).build();
  }

  /** The parent's allocation with its table in an attachment not supplied. */
  private static GrantAllocation tableNotSupplied() {
    return GrantAllocation.builder().grant(parentGrant()).addTableAttachments("分配表").build();
  }

  private static GrantAllocation lineForYongjia(String figure) {
    AllocationTable table = AllocationTable.builder().unit(AmountUnit.WAN_YUAN)
        .addLines(AllocationLine.of(UNITS.recipient("永嘉县", ZHEJIANG), PrintedAmount.parse(figure + "万元")))
        .declaredTotal(PrintedAmount.parse(figure + "万元")).build();
    return GrantAllocation.of(parentGrant(), PrintedAmount.parse(figure + "万元"), table);
  }

  private static TransferNotice child(DocumentReference.Role role) {
    Grant grant = Grant.builder().name("2021年度第三批农村基础设施和农业开发项目财政衔接补助资金").fiscalYear(Year.of(2021))
        .fundingSource(FundingSource.PROVINCIAL).build();
    return TransferNotice.builder().number(DocumentNumber.parse("永财农〔2021〕471号")).issuer(YONGJIA)
        .issuingAuthority("永嘉县财政局").addCoIssuers("永嘉县农业农村局", "永嘉县乡村振兴局")
        .title("永嘉县财政局 永嘉县农业农村局 永嘉县乡村振兴局 关于下达2021年度第三批农村基础设施和农业开发项目财政衔接补助资金的通知")
        .kind(NoticeKind.FORMAL)
        .addBasis(DocumentReference.of("永嘉县财政专项扶贫资金和项目管理实施细则", DocumentNumber.parse("永财农〔2019〕288号"))
            .withRole(DocumentReference.Role.RULE))
        .addBasis(DocumentReference.of(PARENT).withRole(role))
        .addAllocations(GrantAllocation.builder().grant(grant).statedTotal(PrintedAmount.parse("106.21万元"))
            .addTableAttachments("2021年度第三批农村基础设施建设项目财政衔接资金安排表").build())
        .build();
  }

  @Test
  void neitherPrintsATableLine_theLinkIsShownAndTheCheckIsReportedNotCheckable() {
    TransferNotice parent = parent(tableNotSupplied());
    FundFlow flow = FundFlow.of(List.of(parent, child(DocumentReference.Role.SOURCE)));
    assertEquals(1, flow.links().size());
    FundLink link = flow.links().get(0);
    assertEquals(List.of(parent), flow.roots());
    assertTrue(link.line().isEmpty());
    assertFalse(link.passesOn());
    assertEquals("浙财农〔2020〕59号 → 永财农〔2021〕471号 (no line for 永嘉县: amount not checked)", link.toString());
    List<Finding> findings = flow.validate().findings();
    assertEquals(1, findings.size(), findings::toString);
    Finding unchecked = findings.get(0);
    assertEquals("chain.unchecked", unchecked.ruleId());
    assertEquals(Severity.INFO, unchecked.severity());
    assertEquals("永财农〔2021〕471号#/allocations/0/statedTotal", unchecked.path());
    assertTrue(unchecked.message().contains("浙财农〔2020〕59号 prints no line for 永嘉县"), unchecked.message());
  }

  @Test
  void aParentLineLargerThanWhatTheChildPaysOutOfItIsNoFinding() {
    FundFlow flow = FundFlow.of(List.of(parent(lineForYongjia("500")), child(DocumentReference.Role.SOURCE)));
    assertEquals("浙财农〔2020〕59号 → 永财农〔2021〕471号 (paid out of 永嘉县 500万元)", flow.links().get(0).toString());
    assertEquals(List.of(), flow.validate().findings());
  }

  @Test
  void payingMoreThanTheParentGivesIsAnError() {
    FundFlow flow = FundFlow.of(List.of(parent(lineForYongjia("100")), child(DocumentReference.Role.SOURCE)));
    List<Finding> findings = flow.validate().findings();
    assertEquals(1, findings.size(), findings::toString);
    assertEquals("chain.amount", findings.get(0).ruleId());
    assertEquals(Severity.ERROR, findings.get(0).severity());
    assertTrue(findings.get(0).message().startsWith("永嘉县 pays out of it 106.21万元 but is given 100万元"),
        findings.get(0).message());
  }

  @Test
  void aCitationNotTypedAsTheSourceLinksOnlyThroughATableLine() {
    FundFlow flow = FundFlow.of(List.of(parent(tableNotSupplied()), child(DocumentReference.Role.BASIS)));
    assertEquals(List.of(), flow.links());
    assertEquals(List.of("chain.unmatched"), flow.validate().findings().stream().map(Finding::ruleId).toList());
  }

  @Test
  void theSameGrantWithoutATableLineIsLinkedAsPassedOn() {
    TransferNotice child = child(DocumentReference.Role.SOURCE);
    GrantAllocation same = child.allocations().get(0);
    TransferNotice parent = parent(GrantAllocation.builder().grant(same.grant()).addTableAttachments("分配表").build());
    FundLink link = FundFlow.of(List.of(parent, child)).links().get(0);
    assertTrue(link.passesOn());
    assertTrue(link.linePointer().isEmpty());
  }
}
