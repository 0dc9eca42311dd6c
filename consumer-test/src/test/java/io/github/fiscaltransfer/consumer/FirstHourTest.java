package io.github.fiscaltransfer.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.fiscaltransfer.allocation.AllocationRequest;
import io.github.fiscaltransfer.document.NoticeDocument;
import io.github.fiscaltransfer.identifier.DocumentNumber;
import io.github.fiscaltransfer.jackson.FiscalTransferMappers;
import io.github.fiscaltransfer.money.AmountUnit;
import io.github.fiscaltransfer.money.CnyAmount;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.money.Quantum;
import io.github.fiscaltransfer.notice.AllocationLine;
import io.github.fiscaltransfer.notice.AllocationTable;
import io.github.fiscaltransfer.notice.FundingSource;
import io.github.fiscaltransfer.notice.Grant;
import io.github.fiscaltransfer.notice.GrantAllocation;
import io.github.fiscaltransfer.notice.NoticeKind;
import io.github.fiscaltransfer.notice.NoticeValidator;
import io.github.fiscaltransfer.notice.TransferNotice;
import io.github.fiscaltransfer.subject.Subject;
import io.github.fiscaltransfer.unit.AdministrativeLevel;
import io.github.fiscaltransfer.unit.FiscalUnit;
import io.github.fiscaltransfer.unit.Recipient;
import io.github.fiscaltransfer.unit.UnitRegistry;
import java.io.File;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a new user does in the first hour, written as a user writes it — against the published artifacts, compiled
 * by Maven with {@code -Xlint:all -Werror}: read a seed and take a city's line in 万元 and 元; build a county notice
 * splitting 60万元 5:3:2 among townships, move one figure, and keep it through JSON.
 */
class FirstHourTest {

  private static final ObjectMapper MAPPER = FiscalTransferMappers.newMapper();

  @Test
  void aCitysLineOfSeed000InWanYuanAndYuan() throws Exception {
    TransferNotice notice = MAPPER.readValue(new File("examples/src/main/resources/seeds/000-guangdong-307.json"),
        NoticeDocument.class).notice().orElseThrow();
    AllocationLine jiangmen = notice.allocations().get(0).table().orElseThrow().line("江门市").orElseThrow();
    assertEquals("196万元", jiangmen.amount().toString());
    assertEquals("1,960,000元", PrintedAmount.inUnit(jiangmen.amount().toAmount(), AmountUnit.YUAN, 0).toString());
  }

  @Test
  void aCountyNoticeToTownshipsChangesInOneCallAndSurvivesJson() throws Exception {
    FiscalUnit huidong = UnitRegistry.builtIn().byName("惠东县").orElseThrow();
    Map<String, Recipient> townships = Map.of(
        "白花镇", FiscalUnit.of("白花镇", AdministrativeLevel.TOWNSHIP, huidong),
        "梁化镇", FiscalUnit.of("梁化镇", AdministrativeLevel.TOWNSHIP, huidong),
        "多祝镇", FiscalUnit.of("多祝镇", AdministrativeLevel.TOWNSHIP, huidong));
    AllocationTable table = AllocationTable.of(AllocationRequest.builder().total(CnyAmount.ofYuan(600_000))
        .quantum(Quantum.parse("0.01万元")).recipient("白花镇", BigDecimal.valueOf(5))
        .recipient("梁化镇", BigDecimal.valueOf(3)).recipient("多祝镇", BigDecimal.valueOf(2)).build().allocate(),
        townships::get, AmountUnit.WAN_YUAN, 2);
    Grant grant = Grant.builder().name("乡村振兴补助资金").fiscalYear(Year.of(2024)).fundingSource(FundingSource.COUNTY)
        .expenditureSubject(Subject.parse("21305 巩固脱贫攻坚成果衔接乡村振兴")).build();
    TransferNotice notice = TransferNotice.builder().number(DocumentNumber.parse("惠财农〔2024〕5号"))
        .title("关于下达2024年乡村振兴补助资金的通知").issuer(huidong).issuingAuthority("惠东县财政局")
        .kind(NoticeKind.FORMAL).addAllocation(GrantAllocation.of(grant, PrintedAmount.parse("60万元"), table))
        .build();

    AllocationTable moved = table.withLine(AllocationLine.of(townships.get("梁化镇"), PrintedAmount.parse("18.50万元")))
        .withLine(AllocationLine.of(townships.get("多祝镇"), PrintedAmount.parse("11.50万元")));
    TransferNotice changed = notice.withAllocation(0, notice.allocations().get(0).withTable(moved))
        .withIssueDate(LocalDate.of(2024, 3, 1));

    assertTrue(moved.addsUp(), moved.difference()::toString);
    assertEquals("18.50万元", changed.allocations().get(0).table().orElseThrow().line("梁化镇").orElseThrow()
        .amount().toString());
    assertTrue(NoticeValidator.builtIn().validate(changed).findings("table.recipient-unknown").isEmpty());
    assertEquals(changed, MAPPER.readValue(MAPPER.writeValueAsString(changed), TransferNotice.class));
  }
}
