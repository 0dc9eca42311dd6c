package io.github.fiscaltransfer.hierarchy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.fiscaltransfer.notice.NationalNotices;
import io.github.fiscaltransfer.notice.TransferNotice;
import io.github.fiscaltransfer.unit.FiscalUnit;
import io.github.fiscaltransfer.unit.UnitRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A county notice of 成都市 links to 四川省's line for 成都市, by division code. */
class SichuanChainTest {

  private static final UnitRegistry UNITS = UnitRegistry.builtIn();
  private static final FiscalUnit SICHUAN = UNITS.byName("四川省").orElseThrow();
  private static final FiscalUnit CHENGDU = UNITS.byName("成都市").orElseThrow();

  private static TransferNotice province() {
    return NationalNotices.notice("川财社〔2024〕12号", SICHUAN, 2024, "2101301 城乡医疗救助", null,
        List.of(UNITS.recipient("成都市", SICHUAN), UNITS.recipient("绵阳市", SICHUAN)));
  }

  @Test
  void chengduDistributingToJinjiangAndWuhouIsLinkedToItsLine() {
    TransferNotice city = NationalNotices.notice("成财社〔2024〕30号", CHENGDU, 2024, "2101301 城乡医疗救助",
        "川财社〔2024〕12号", List.of(UNITS.recipient("锦江区", CHENGDU)));
    FundFlow flow = FundFlow.of(List.of(province(), city));
    assertEquals(1, flow.links().size());
    assertEquals("成都市", flow.links().get(0).line().orElseThrow().recipient().name());
    assertEquals(List.of(), flow.validate().findings());
  }

  @Test
  void aChildIssuerKeptUnderAnotherNameStillLinksByCode() {
    FiscalUnit printed = FiscalUnit.of("成都（市）", CHENGDU.code().orElseThrow(), SICHUAN);
    TransferNotice city = NationalNotices.notice("成财社〔2024〕30号", printed, 2024, "2101301 城乡医疗救助",
        "川财社〔2024〕12号", List.of(UNITS.recipient("锦江区", CHENGDU), UNITS.recipient("武侯区", CHENGDU)));
    assertEquals(1, FundFlow.of(List.of(province(), city)).links().size());
  }
}
