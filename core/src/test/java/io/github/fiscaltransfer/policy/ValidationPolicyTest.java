package io.github.fiscaltransfer.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.fiscaltransfer.deadline.DateEvent;
import io.github.fiscaltransfer.deadline.Deadline;
import io.github.fiscaltransfer.deadline.DeadlineTable;
import io.github.fiscaltransfer.deadline.SuppliedDates;
import io.github.fiscaltransfer.deadline.TransferKind;
import io.github.fiscaltransfer.money.AmountUnit;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.notice.AllocationLine;
import io.github.fiscaltransfer.notice.AllocationTable;
import io.github.fiscaltransfer.identifier.DocumentNumber;
import io.github.fiscaltransfer.notice.FundingSource;
import io.github.fiscaltransfer.notice.Grant;
import io.github.fiscaltransfer.notice.GrantAllocation;
import io.github.fiscaltransfer.notice.NoticeKind;
import io.github.fiscaltransfer.notice.NoticeRule;
import io.github.fiscaltransfer.notice.NoticeValidator;
import io.github.fiscaltransfer.notice.TransferNotice;
import io.github.fiscaltransfer.subject.Subject;
import io.github.fiscaltransfer.subject.SubjectCatalog;
import io.github.fiscaltransfer.unit.AdministrativeLevel;
import io.github.fiscaltransfer.unit.FiscalUnit;
import io.github.fiscaltransfer.unit.UnitRegistry;
import io.github.fiscaltransfer.unit.UnknownRecipient;
import io.github.fiscaltransfer.validation.Finding;
import io.github.fiscaltransfer.validation.JsonPointer;
import io.github.fiscaltransfer.validation.Severity;
import io.github.fiscaltransfer.validation.ValidationReport;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A policy turns rules off, changes their severity and adds the user's own, for every document kind. */
class ValidationPolicyTest {

  private static final UnitRegistry UNITS = UnitRegistry.builtIn();
  private static final FiscalUnit JIANGMEN = UNITS.byName("江门市").orElseThrow();

  /** 蓬江区 70.91万元 and an unknown 某某区 0.5万元, adding up to the declared 71.41万元. */
  private static final TransferNotice NOTICE = TransferNotice.builder()
      .number(DocumentNumber.parse("江财社〔2023〕3号")).title("关于预下达资金的通知").issuer(JIANGMEN)
      .issuingAuthority("江门市财政局").kind(NoticeKind.PRE_ALLOCATION)
      .addAllocations(GrantAllocation.of(Grant.builder().name("医疗服务与保障能力提升补助资金")
              .fiscalYear(Year.of(2023)).fundingSource(FundingSource.CENTRAL)
              .expenditureSubject(Subject.parse("21015 医疗保障管理事务")).build(),
          PrintedAmount.parse("71.41万元"), AllocationTable.builder().unit(AmountUnit.WAN_YUAN)
              .addLines(AllocationLine.of(UNITS.byName("蓬江区").orElseThrow(), wan("70.91")))
              .addLines(AllocationLine.of(UnknownRecipient.of("某某区", JIANGMEN), wan("0.50")))
              .declaredTotal(wan("71.41")).build()))
      .build();

  /** A bureau's own rule: no line below 1万元. */
  private static final CustomRule<TransferNotice> MINIMUM_LINE = CustomRule.of("local.minimum-line",
      Severity.ERROR, "every line is at least 1万元", TransferNotice.class, (notice, context, out) -> {
        for (int a = 0; a < notice.allocations().size(); a++) {
          List<AllocationLine> lines = notice.allocations().get(a).table().map(AllocationTable::lines)
              .orElse(List.of());
          for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).amount().toYuan().compareTo(BigDecimal.valueOf(10_000)) < 0) {
              out.report(JsonPointer.root().element("allocations", a).child("table").element("lines", i)
                  .child("amount"), "at least 1万元", lines.get(i).amount(), "the line is below 1万元");
            }
          }
        }
      });

  private static PrintedAmount wan(String figure) {
    return PrintedAmount.parse(figure, AmountUnit.WAN_YUAN);
  }

  private static List<String> ids(ValidationReport report) {
    return report.findings().stream().map(f -> f.ruleId() + "/" + f.severity().id()).toList();
  }

  @Test
  void defaultsRunEveryBuiltInRule() {
    ValidationReport report = NoticeValidator.of(ValidationPolicy.defaults()).validate(NOTICE);
    assertEquals(List.of("table.recipient-unknown/warning"), ids(report));
    assertEquals(report, NoticeValidator.builtIn().validate(NOTICE));
  }

  @Test
  void aDisabledRuleReportsNothing() {
    ValidationPolicy policy = ValidationPolicy.builder().disable(NoticeRule.TABLE_RECIPIENT_UNKNOWN).build();
    assertEquals(List.of(), ids(NoticeValidator.of(policy).validate(NOTICE)));
    assertEquals(List.of(), ids(NoticeValidator.of(ValidationPolicy.builder()
        .disable("table.recipient-unknown").build()).validate(NOTICE)));
  }

  @Test
  void aRuleGivenASeverityReportsAtIt() {
    ValidationPolicy policy = ValidationPolicy.builder()
        .severity(NoticeRule.TABLE_RECIPIENT_UNKNOWN, Severity.ERROR).build();
    assertEquals(List.of("table.recipient-unknown/error"), ids(NoticeValidator.of(policy).validate(NOTICE)));
  }

  @Test
  void theLastSettingOfARuleWins() {
    ValidationPolicy policy = ValidationPolicy.builder().disable(NoticeRule.TABLE_RECIPIENT_UNKNOWN)
        .severity(NoticeRule.TABLE_RECIPIENT_UNKNOWN, Severity.INFO).build();
    assertEquals(List.of("table.recipient-unknown/info"), ids(NoticeValidator.of(policy).validate(NOTICE)));
  }

  @Test
  void aCustomRuleRunsAfterTheBuiltInOnesAndIsLocatedInTheNotice() {
    ValidationPolicy policy = ValidationPolicy.builder().addRule(MINIMUM_LINE).build();
    ValidationReport report = NoticeValidator.of(policy).validate(NOTICE);
    assertEquals(List.of("table.recipient-unknown/warning", "local.minimum-line/error"), ids(report));
    Finding minimum = report.findings("local.minimum-line").get(0);
    assertEquals("江财社〔2023〕3号#/allocations/0/table/lines/1/amount", minimum.path());
    assertEquals("ERROR local.minimum-line at 江财社〔2023〕3号#/allocations/0/table/lines/1/amount: expected at "
        + "least 1万元, actual 0.50万元 — the line is below 1万元", minimum.toString());
  }

  @Test
  void aCustomRuleCanBeTurnedDownLikeABuiltInOne() {
    ValidationPolicy policy = ValidationPolicy.builder().addRule(MINIMUM_LINE)
        .severity("local.minimum-line", Severity.WARNING).disable(NoticeRule.TABLE_RECIPIENT_UNKNOWN).build();
    assertEquals(List.of("local.minimum-line/warning"), ids(NoticeValidator.of(policy).validate(NOTICE)));
  }

  @Test
  void aCustomRuleForAnotherKindOfDocumentDoesNotRun() {
    CustomRule<String> other = CustomRule.of("local.other", Severity.ERROR, "never on a notice", String.class,
        (text, context, out) -> out.report(JsonPointer.root(), "x", "y", "ran on a notice"));
    ValidationPolicy policy = ValidationPolicy.builder().addRule(other).build();
    assertEquals(List.of("table.recipient-unknown/warning"), ids(NoticeValidator.of(policy).validate(NOTICE)));
  }

  @Test
  void refusesTheSameCustomRuleIdTwiceAndMalformedIds() {
    ValidationPolicy.Builder builder = ValidationPolicy.builder().addRule(MINIMUM_LINE);
    IllegalArgumentException twice = assertThrows(IllegalArgumentException.class, () -> builder.addRule(MINIMUM_LINE));
    assertEquals("Custom rule id added twice: local.minimum-line", twice.getMessage());
    IllegalArgumentException malformed = assertThrows(IllegalArgumentException.class, () -> CustomRule.of("Minimum",
        Severity.ERROR, "x", TransferNotice.class, (notice, context, out) -> { }));
    assertEquals("Rule id must be lower-case words joined by dots, such as table.sum: Minimum",
        malformed.getMessage());
  }

  @Test
  void checksSubjectsAgainstTheCatalogsItIsGiven() {
    ValidationPolicy policy = ValidationPolicy.builder().catalogs(List.of()).build();
    assertEquals(List.of("table.recipient-unknown/warning", "subject.catalog-missing/info"),
        ids(NoticeValidator.of(policy).validate(NOTICE)));
  }

  @Test
  void aYearWithoutACatalogOfItsOwnIsCheckedAgainstTheNearestEarlierOne() {
    SubjectCatalog own2022 = SubjectCatalog.read(new StringReader("2022,210,卫生健康支出,\n2022,21015,医疗保障管理事务,"))
        .get(Year.of(2022));
    ValidationReport report = NoticeValidator.of(ValidationPolicy.builder().catalogs(List.of(own2022)).build())
        .validate(NOTICE);
    assertEquals(List.of("table.recipient-unknown/warning", "subject.catalog-year/info"), ids(report));
    assertEquals("江财社〔2023〕3号#/allocations/0/grant/fiscalYear", report.findings("subject.catalog-year").get(0).path());
    assertEquals(Optional.of(own2022), ValidationPolicy.builder().catalogs(List.of(own2022)).build()
        .catalog(Year.of(2024)));
    assertEquals(Optional.empty(), ValidationPolicy.defaults().catalog(Year.of(2021)));
  }

  @Test
  void printsWhatItChanges() {
    assertEquals("validation policy: every built-in rule at its usual severity; built-in catalogs, built-in units",
        ValidationPolicy.defaults().toString());
    ValidationPolicy policy = ValidationPolicy.builder().disable(NoticeRule.TABLE_RECIPIENT_UNKNOWN)
        .severity("chain.kin", Severity.WARNING).addRule(MINIMUM_LINE).build();
    assertEquals("validation policy: off [table.recipient-unknown], chain.kin=warning, local.minimum-line (custom); "
        + "built-in catalogs, built-in units", policy.toString());
    assertEquals("local.minimum-line (error): every line is at least 1万元", MINIMUM_LINE.toString());
    assertEquals("table.sum", NoticeRule.TABLE_SUM.toString());
  }

  @Test
  void carriesDeadlinesAndSuppliedDatesIntoChangedCopies() {
    DeadlineTable shorter = DeadlineTable.builtIn().with(Deadline.of(AdministrativeLevel.PROVINCE, TransferKind.ANY,
        DateEvent.RECEIPT, DateEvent.ISSUE, 20, "a province's own limit"));
    SuppliedDates dates = SuppliedDates.builder().receipt(DocumentNumber.parse("财社〔2021〕156号"),
        UnitRegistry.builtIn().byName("广东省").orElseThrow(), LocalDate.of(2021, 11, 10), "收文登记簿").build();
    ValidationPolicy policy = ValidationPolicy.builder().deadlines(shorter).dates(dates).build();
    ValidationPolicy copy = policy.toBuilder().disable("chain.kin").build();
    assertEquals(shorter, copy.deadlines());
    assertEquals(dates, copy.suppliedDates());
    assertEquals(DeadlineTable.builtIn(), ValidationPolicy.defaults().deadlines());
    assertEquals(SuppliedDates.none(), ValidationPolicy.defaults().suppliedDates());
    assertEquals("validation policy: every built-in rule at its usual severity; built-in catalogs, built-in units, "
        + "user deadlines, 1 supplied date", policy.toString());
  }
}
