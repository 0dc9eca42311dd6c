package io.github.fiscaltransfer.hierarchy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.fiscaltransfer.notice.AllocationLine;
import io.github.fiscaltransfer.notice.NoticeValidator;
import io.github.fiscaltransfer.notice.TransferNotice;
import io.github.fiscaltransfer.policy.ValidationPolicy;
import io.github.fiscaltransfer.unit.AdministrativeLevel;
import io.github.fiscaltransfer.unit.FiscalUnit;
import io.github.fiscaltransfer.unit.RetainedShare;
import io.github.fiscaltransfer.validation.Finding;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The generated national tree has China's shape, conserves every grant and validates clean. */
class NationalTreeTest {

  private static final NationalTree TREE = NationalTree.generate(7, 2);
  private static final NoticeValidator VALIDATOR =
      NoticeValidator.of(ValidationPolicy.builder().units(TREE.units().registry()).build());

  @Test
  void everyLevelHasChinasCount() {
    NationalUnits units = TREE.units();
    assertEquals(1, units.units(AdministrativeLevel.CENTRAL).size());
    assertEquals(31, units.units(AdministrativeLevel.PROVINCE).size());
    assertEquals(333, units.units(AdministrativeLevel.PREFECTURE).size());
    assertEquals(2_844, units.units(AdministrativeLevel.COUNTY).size());
    assertEquals(38_600, units.units(AdministrativeLevel.TOWNSHIP).size());
    assertEquals(31 + 333 + 2_844 + 38_600, units.weights().size());
  }

  @Test
  void everyIssuingUnitIssuesOneNoticePerGrant() {
    assertEquals(3_209, TREE.notices(0).size());
    assertEquals(2 * 3_209, TREE.notices().size());
    assertEquals(2 * 45_016, TREE.lineCount());
    assertEquals(2 * 45_016, TREE.notices().stream().mapToInt(notice -> lines(notice).size()).sum());
  }

  @Test
  void moneyEndingAtRetainedSharesAndTownshipsIsTheNationalTotal() {
    for (int grant = 0; grant < TREE.grants(); grant++) {
      List<TransferNotice> notices = TREE.notices(grant);
      BigDecimal national = notices.get(0).allocations().get(0).statedTotal().orElseThrow().toYuan();
      BigDecimal ending = notices.stream().flatMap(notice -> lines(notice).stream())
          .filter(line -> line.recipient() instanceof RetainedShare
              || line.recipient().unit().level() == AdministrativeLevel.TOWNSHIP)
          .map(line -> line.amount().toYuan()).reduce(BigDecimal.ZERO, BigDecimal::add);
      assertEquals(0, national.compareTo(ending), "grant " + grant + ": " + national + " 元 vs " + ending + " 元");
    }
  }

  @Test
  void everyNoticeAndEveryLinkValidatesWithoutFindings() {
    // The tree's subjects are real codes the partial built-in catalogs do not all cite: unverified, not wrong.
    List<Finding> findings = TREE.notices().stream()
        .flatMap(notice -> VALIDATOR.validate(notice).findings().stream())
        .filter(f -> !f.ruleId().equals("subject.unlisted")).toList();
    assertEquals(List.of(), findings);
    FundFlow flow = FundFlow.of(TREE.notices());
    assertEquals(TREE.notices().size() - TREE.grants(), flow.links().size());
    assertEquals(List.of(), flow.validate().findings());
    assertEquals(List.of(), RollUp.subtotals(flow).findings(), "every subtotal, printed to the fen, is exact");
  }

  @Test
  void aProvincesNoticesAreItsOwnAndThoseBelowIt() {
    FiscalUnit province = TREE.units().units(AdministrativeLevel.PROVINCE).get(0);
    List<TransferNotice> notices = TREE.notices(1, province);
    int prefectures = TREE.units().children(province).size();
    int counties = TREE.units().children(province).stream().mapToInt(p -> TREE.units().children(p).size()).sum();
    assertEquals(1 + prefectures + counties, notices.size());
    assertEquals(province, notices.get(0).issuer());
  }

  @Test
  void theSameSeedGivesEqualNotices() {
    assertEquals(TREE.notices(0), NationalTree.generate(7, 1).notices(0));
  }

  private static List<AllocationLine> lines(TransferNotice notice) {
    return notice.allocations().get(0).table().orElseThrow().lines();
  }
}
