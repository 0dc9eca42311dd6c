package io.github.fiscaltransfer.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.fiscaltransfer.budget.BudgetValidator;
import io.github.fiscaltransfer.budget.FinalAccountsValidator;
import io.github.fiscaltransfer.hierarchy.FundFlow;
import io.github.fiscaltransfer.notice.NoticeValidator;
import io.github.fiscaltransfer.notice.TransferNotice;
import io.github.fiscaltransfer.reader.text.NarrativeTextReader;
import io.github.fiscaltransfer.statement.Narrative;
import io.github.fiscaltransfer.statement.NarrativeValidator;
import io.github.fiscaltransfer.testing.BudgetDomain;
import io.github.fiscaltransfer.testing.BudgetPrinter;
import io.github.fiscaltransfer.testing.BudgetProse;
import io.github.fiscaltransfer.testing.BudgetProse.Fault;
import io.github.fiscaltransfer.testing.ChainSpec;
import io.github.fiscaltransfer.testing.ExactDepartment;
import io.github.fiscaltransfer.testing.ExactFinalAccounts;
import io.github.fiscaltransfer.testing.FinalAccountsDomain;
import io.github.fiscaltransfer.testing.FinalAccountsPrinter;
import io.github.fiscaltransfer.testing.HierarchyDomain;
import io.github.fiscaltransfer.testing.NoticeDomain;
import io.github.fiscaltransfer.testing.NoticeFault;
import io.github.fiscaltransfer.testing.PrintedCell;
import io.github.fiscaltransfer.testing.ProseForm;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;
import net.jqwik.api.statistics.Statistics;

/**
 * Every finding of a generated document with a fault in it has its message in English and in Chinese, and neither
 * template names an argument the finding does not carry: notices with each {@link NoticeFault}, chains with each
 * {@link ChainSpec.Fault}, department budgets and 决算 with one cell printed wrong, and prose with each
 * {@link Fault}.
 */
class FindingMessagesPropertyTest {

  /** Beyond rounding in a budget's whole 万元 and in a 决算's 万元 to two places. */
  private static final BigDecimal BUDGET_WRONG_BY = new BigDecimal("37");
  private static final BigDecimal ACCOUNTS_WRONG_BY = new BigDecimal("3.17");

  /** The message key's templates in both languages, and the arguments either lacks. */
  static void assertSpeaksBothLanguages(ValidationReport report) {
    List<String> gaps = new ArrayList<>();
    for (Finding finding : report.findings()) {
      gaps.addAll(Messages.gaps(finding, Locale.ENGLISH));
      gaps.addAll(Messages.gaps(finding, Locale.SIMPLIFIED_CHINESE));
      Statistics.label("rule").collect(finding.ruleId().substring(0, finding.ruleId().indexOf('.')));
    }
    assertEquals(List.of(), gaps, report::toString);
  }

  @Property(tries = 200)
  @Domain(NoticeDomain.class)
  @Domain(DomainContext.Global.class)
  void noticesWithAFault(@ForAll TransferNotice notice, @ForAll NoticeFault fault) {
    assertSpeaksBothLanguages(NoticeValidator.builtIn().validate(fault.inject(notice)));
  }

  @Property(tries = 200)
  @Domain(HierarchyDomain.class)
  @Domain(DomainContext.Global.class)
  void chainsWithAFault(@ForAll ChainSpec chain, @ForAll ChainSpec.Fault fault, @ForAll @IntRange(max = 40) int at) {
    assertSpeaksBothLanguages(FundFlow.of(chain.notices(at % chain.size(), fault)).validate());
  }

  @Property(tries = 100)
  void budgetsWithAWrongCell(@ForAll("departments") ExactDepartment department,
      @ForAll @IntRange(max = 10_000) int pick) {
    List<PrintedCell> cells = BudgetPrinter.of(department, BudgetDomain.CATALOG).checked();
    String pointer = cells.get(pick % cells.size()).pointer();
    assertSpeaksBothLanguages(BudgetValidator.builtIn().validate(BudgetPrinter.wrong(department,
        BudgetDomain.CATALOG, pointer, BUDGET_WRONG_BY).print()));
  }

  @Property(tries = 100)
  void finalAccountsWithAWrongCell(@ForAll("accounts") ExactFinalAccounts accounts,
      @ForAll @IntRange(max = 10_000) int pick) {
    List<PrintedCell> cells = FinalAccountsPrinter.of(accounts, FinalAccountsDomain.CATALOG).checked();
    String pointer = cells.get(pick % cells.size()).pointer();
    assertSpeaksBothLanguages(FinalAccountsValidator.builtIn().validate(FinalAccountsPrinter.wrong(accounts,
        FinalAccountsDomain.CATALOG, pointer, ACCOUNTS_WRONG_BY).print()));
  }

  @Property(tries = 100)
  void proseWithAFault(@ForAll("departments") ExactDepartment department,
      @ForAll("forms") List<ProseForm> forms, @ForAll Optional<Fault> fault, @ForAll int at) {
    var budget = BudgetPrinter.of(department, BudgetDomain.CATALOG).print();
    BudgetProse.Written prose = BudgetProse.write(budget, forms, fault, at);
    Narrative narrative = NarrativeTextReader.create().read(prose.text(), budget).document().orElseThrow();
    assertSpeaksBothLanguages(NarrativeValidator.builtIn().validate(budget, narrative));
  }

  @Provide
  Arbitrary<ExactDepartment> departments() {
    return new BudgetDomain().departments();
  }

  @Provide
  Arbitrary<ExactFinalAccounts> accounts() {
    return new FinalAccountsDomain().accounts();
  }

  @Provide
  Arbitrary<List<ProseForm>> forms() {
    return ProseForm.forms().list().ofMinSize(1).ofMaxSize(6);
  }
}
