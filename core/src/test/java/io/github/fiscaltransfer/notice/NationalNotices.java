package io.github.fiscaltransfer.notice;

import io.github.fiscaltransfer.identifier.DocumentNumber;
import io.github.fiscaltransfer.identifier.DocumentReference;
import io.github.fiscaltransfer.money.AmountUnit;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.subject.Subject;
import io.github.fiscaltransfer.unit.FiscalUnit;
import io.github.fiscaltransfer.unit.Recipient;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;

/**
 * Builds a formal notice of any unit for any year: 100 万元 to each recipient, the table adding up, so that the only
 * findings are about its units and subject.
 */
public final class NationalNotices {

  private NationalNotices() {}

  /**
   * Returns a notice.
   *
   * @param number the document number, such as {@code 川财社〔2024〕12号}, not null
   * @param issuer the issuing unit, not null
   * @param fiscalYear the fiscal year, also the document's year
   * @param subject the expenditure subject as printed, such as {@code 2101301 城乡医疗救助}, not null
   * @param basis the number of the notice it distributes, or null
   * @param recipients the recipients, not empty
   * @return the notice, not null
   */
  public static TransferNotice notice(String number, FiscalUnit issuer, int fiscalYear, String subject, String basis,
      List<? extends Recipient> recipients) {
    AllocationTable.Builder table = AllocationTable.builder().unit(AmountUnit.WAN_YUAN);
    recipients.forEach(r -> table.addLines(AllocationLine.of(r, PrintedAmount.parse("100", AmountUnit.WAN_YUAN))));
    PrintedAmount total = PrintedAmount.of(BigDecimal.valueOf(100L * recipients.size()), AmountUnit.WAN_YUAN);
    Grant grant = Grant.builder().name("中央财政医疗救助补助资金").fiscalYear(Year.of(fiscalYear))
        .fundingSource(FundingSource.CENTRAL).expenditureSubject(Subject.parse(subject)).build();
    TransferNotice.Builder notice = TransferNotice.builder().number(DocumentNumber.parse(number))
        .title("关于下达" + fiscalYear + "年中央财政医疗救助补助资金的通知").issuer(issuer)
        .issuingAuthority(issuer.name() + "财政局").kind(NoticeKind.FORMAL)
        .addAllocations(GrantAllocation.of(grant, total, table.declaredTotal(total).build()));
    if (basis != null) {
      notice.addBasis(DocumentReference.of(DocumentNumber.parse(basis)));
    }
    return notice.build();
  }
}
