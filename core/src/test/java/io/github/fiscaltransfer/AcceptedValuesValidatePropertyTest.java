package io.github.fiscaltransfer;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.github.fiscaltransfer.hierarchy.FundFlow;
import io.github.fiscaltransfer.money.AmountUnit;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.notice.AllocationLine;
import io.github.fiscaltransfer.notice.AllocationTable;
import io.github.fiscaltransfer.identifier.DocumentNumber;
import io.github.fiscaltransfer.notice.FundLabel;
import io.github.fiscaltransfer.notice.FundingSource;
import io.github.fiscaltransfer.notice.Grant;
import io.github.fiscaltransfer.notice.GrantAllocation;
import io.github.fiscaltransfer.notice.NoticeKind;
import io.github.fiscaltransfer.notice.NoticeValidator;
import io.github.fiscaltransfer.identifier.ProjectCode;
import io.github.fiscaltransfer.notice.TransferNotice;
import io.github.fiscaltransfer.subject.Subject;
import io.github.fiscaltransfer.unit.FiscalUnit;
import io.github.fiscaltransfer.unit.UnitRegistry;
import io.github.fiscaltransfer.validation.Finding;
import io.github.fiscaltransfer.validation.ValidationReport;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Whatever the text parsers accept, a notice made of it validates and prints without throwing: 江门市's notice with a
 * mutated document number, fund label, project code, subject (as revenue or expenditure subject, by its code) and
 * table figures; a text a parser refuses keeps the seed's value. Validation reports what is wrong; it never throws on values a parser accepted.
 */
class AcceptedValuesValidatePropertyTest {

  private static final UnitRegistry UNITS = UnitRegistry.builtIn();
  private static final FiscalUnit JIANGMEN = UNITS.byName("江门市").orElseThrow();
  private static final NoticeValidator VALIDATOR = NoticeValidator.builtIn();
  private static final Subject EXPENDITURE = Subject.parse("2101301 城乡医疗救助");

  @Property(tries = 500)
  void aNoticeOfAcceptedValuesValidatesAndPrints(@ForAll("numbers") String number, @ForAll("labels") String label,
      @ForAll("projectCodes") String project, @ForAll("subjects") String subject,
      @ForAll("figures") List<String> figures) {
    TransferNotice notice = notice(number, label, project, subject, figures);
    ValidationReport report = VALIDATOR.validate(notice);
    report.findings().stream().map(Finding::ruleId).distinct().forEach(rule -> Statistics.label("rule").collect(rule));
    assertNotNull(notice.toString());
    assertNotNull(report.toString());
    assertNotNull(FundFlow.of(List.of(notice)).validate().toString());
  }

  private static TransferNotice notice(String number, String label, String project, String subject,
      List<String> figures) {
    List<FiscalUnit> districts = UNITS.children(JIANGMEN).stream().limit(3).toList();
    AllocationTable.Builder table = AllocationTable.builder().unit(AmountUnit.WAN_YUAN)
        .declaredTotal(read(TextParser.FIGURE, figures.get(3), PrintedAmount.class));
    for (int i = 0; i < districts.size(); i++) {
      table.addLines(AllocationLine.of(districts.get(i), read(TextParser.FIGURE, figures.get(i), PrintedAmount.class)));
    }
    AllocationTable built = table.build();
    Subject read = read(TextParser.SUBJECT, subject, Subject.class);
    boolean revenue = read.code().digits().startsWith("1");
    boolean expenditure = read.code().digits().startsWith("2");
    Grant grant = Grant.builder().name("医疗服务与保障能力提升补助资金").fiscalYear(Year.of(2023))
        .fundingSource(FundingSource.CENTRAL).expenditureSubject(expenditure ? read : EXPENDITURE)
        .revenueSubject(revenue ? Optional.of(read) : Optional.empty())
        .projectCode(read(TextParser.PROJECT_CODE, project, ProjectCode.class))
        .addLabels(read(TextParser.FUND_LABEL, label, FundLabel.class)).build();
    return TransferNotice.builder().number(read(TextParser.DOCUMENT_NUMBER, number, DocumentNumber.class))
        .title("关于下达医疗服务与保障能力提升补助资金的通知").issuer(JIANGMEN).issuingAuthority("江门市财政局")
        .kind(NoticeKind.FORMAL).addAllocations(GrantAllocation.of(grant, built.declaredTotal(), built)).build();
  }

  /** Reads a text, or the parser's first seed where the text is refused. */
  private static <T> T read(TextParser parser, String text, Class<T> type) {
    Object value = parser.check(text).isPresent() ? parser.check(text).get() : parser.check(parser.seeds().get(0)).get();
    return type.cast(value);
  }

  @Provide
  Arbitrary<String> numbers() {
    return TextMutations.of(TextParser.DOCUMENT_NUMBER.seeds());
  }

  @Provide
  Arbitrary<String> labels() {
    return TextMutations.of(TextParser.FUND_LABEL.seeds());
  }

  @Provide
  Arbitrary<String> projectCodes() {
    return TextMutations.of(TextParser.PROJECT_CODE.seeds());
  }

  @Provide
  Arbitrary<String> subjects() {
    return TextMutations.of(TextParser.SUBJECT.seeds());
  }

  @Provide
  Arbitrary<List<String>> figures() {
    return TextMutations.of(TextParser.FIGURE.seeds()).list().ofSize(4);
  }
}
