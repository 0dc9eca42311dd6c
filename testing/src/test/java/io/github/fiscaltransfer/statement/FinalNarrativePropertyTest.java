package io.github.fiscaltransfer.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fiscaltransfer.budget.FinalAccounts;
import io.github.fiscaltransfer.reader.ReadResult;
import io.github.fiscaltransfer.reader.text.NarrativeTextReader;
import io.github.fiscaltransfer.testing.BudgetProse.Fault;
import io.github.fiscaltransfer.testing.BudgetProse.Written;
import io.github.fiscaltransfer.testing.FinalAccountsDomain;
import io.github.fiscaltransfer.testing.FinalAccountsProse;
import io.github.fiscaltransfer.testing.ProseForm;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The 情况说明 of a generated 部门决算, written from its own tables in every {@link ProseForm} (万元/元/亿元,
 * separators, full-width digits, verbs, comparison wordings, percentage decimals), reads back statement for
 * statement; every figure statement links to a cell of the nine tables and every statement passes. With one figure,
 * sign word or percentage printed wrong, exactly that statement is reported, by the rule of its fault.
 */
class FinalNarrativePropertyTest {

  private static final NarrativeTextReader READER = NarrativeTextReader.create();

  @Provide
  Arbitrary<FinalAccounts> accounts() {
    return new FinalAccountsDomain().printed();
  }

  @Provide
  Arbitrary<List<ProseForm>> forms() {
    return ProseForm.forms().list().ofMinSize(1).ofMaxSize(6);
  }

  @Property(tries = 150)
  void proseFromTheTablesLinksAndPasses(@ForAll("accounts") FinalAccounts accounts,
      @ForAll("forms") List<ProseForm> forms) {
    Written prose = FinalAccountsProse.write(accounts, forms, Optional.empty(), 0);
    ProseVerdicts.allLinkAndPass(verdicts(prose, accounts), prose);
    Statistics.label("unit").collect(forms.get(0).unit());
  }

  @Property(tries = 150)
  void oneFaultIsReportedOnItsStatementAlone(@ForAll("accounts") FinalAccounts accounts,
      @ForAll("forms") List<ProseForm> forms, @ForAll Fault fault, @ForAll int at) {
    Written prose = FinalAccountsProse.write(accounts, forms, Optional.of(fault), at);
    ProseVerdicts.onlyTheFaultIsReported(verdicts(prose, accounts), prose);
  }

  @Property(tries = 100)
  void anyTextReadsWithoutThrowingAndWithinTheText(@ForAll("accounts") FinalAccounts accounts,
      @ForAll("noise") String noise) {
    Narrative narrative = READER.read(noise, accounts).document().orElseThrow();
    NarrativeValidator.builtIn().validate(accounts, narrative).toString();
    long lines = noise.lines().count();
    narrative.statements().forEach(s -> assertTrue(s.source().line() <= lines, s::toString));
    Statistics.label("statements").collect(narrative.statements().isEmpty() ? "none" : "some");
  }

  @Provide
  Arbitrary<String> noise() {
    Arbitrary<String> pieces = Arbitraries.of("第三部分", "第四部分", "\n", "\n\n", "收入支出总计", "307.82", "万元",
        "，", "。", "；", "：", "增加", "减少", "增长", "下降（增长）", "12.08%", "占", "持平", "（类）", "（款）", "（项）",
        "年初预算为", "支出决算为", "“三公”经费", "无政府性基金预算", "１２３", "（含）以上", "主要用于以下方面：", " ");
    return Arbitraries.of("", "第三部分 情况说明\n").flatMap(lead -> pieces.list().ofMaxSize(60)
        .map(list -> lead + String.join("", list)));
  }

  private static List<StatementVerdict> verdicts(Written prose, FinalAccounts accounts) {
    ReadResult<Narrative> read = READER.read(prose.text(), accounts);
    Narrative narrative = read.document().orElseThrow();
    assertEquals(prose.statements(), narrative.statements().size(), () -> narrative + "\n" + read.report()
        + "\n" + prose.text());
    return NarrativeValidator.builtIn().verdicts(accounts, narrative);
  }
}
