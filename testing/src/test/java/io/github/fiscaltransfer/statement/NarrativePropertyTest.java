package io.github.fiscaltransfer.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fiscaltransfer.budget.DepartmentBudget;
import io.github.fiscaltransfer.reader.ReadResult;
import io.github.fiscaltransfer.reader.text.NarrativeTextReader;
import io.github.fiscaltransfer.testing.BudgetDomain;
import io.github.fiscaltransfer.testing.BudgetPrinter;
import io.github.fiscaltransfer.testing.BudgetProse;
import io.github.fiscaltransfer.testing.BudgetProse.Fault;
import io.github.fiscaltransfer.testing.BudgetProse.Written;
import io.github.fiscaltransfer.testing.ExactDepartment;
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
 * Prose written from a generated budget's own tables (in every {@link ProseForm}: 万元/元/亿元, separators,
 * full-width digits, verbs, comparison wordings, percentage decimals) reads back statement for statement, every
 * figure statement links to a cell and every statement passes; with one figure, sign word or percentage printed
 * wrong, exactly that statement is reported, by the rule of its fault.
 */
class NarrativePropertyTest {

  private static final NarrativeTextReader READER = NarrativeTextReader.create();

  @Provide
  Arbitrary<ExactDepartment> departments() {
    return new BudgetDomain().departments();
  }

  @Provide
  Arbitrary<List<ProseForm>> forms() {
    return ProseForm.forms().list().ofMinSize(1).ofMaxSize(6);
  }

  @Property(tries = 150)
  void proseFromTheTablesLinksAndPasses(@ForAll("departments") ExactDepartment department,
      @ForAll("forms") List<ProseForm> forms) {
    DepartmentBudget budget = BudgetPrinter.of(department, BudgetDomain.CATALOG).print();
    Written prose = BudgetProse.write(budget, forms, Optional.empty(), 0);
    ProseVerdicts.allLinkAndPass(verdicts(prose, budget), prose);
    Statistics.label("unit").collect(forms.get(0).unit());
  }

  @Property(tries = 150)
  void oneFaultIsReportedOnItsStatementAlone(@ForAll("departments") ExactDepartment department,
      @ForAll("forms") List<ProseForm> forms, @ForAll Fault fault, @ForAll int at) {
    DepartmentBudget budget = BudgetPrinter.of(department, BudgetDomain.CATALOG).print();
    Written prose = BudgetProse.write(budget, forms, Optional.of(fault), at);
    ProseVerdicts.onlyTheFaultIsReported(verdicts(prose, budget), prose);
  }

  @Property(tries = 100)
  void anyProseReadsWithoutThrowingAndWithinTheText(@ForAll("departments") ExactDepartment department,
      @ForAll("noise") String noise) {
    DepartmentBudget budget = BudgetPrinter.of(department, BudgetDomain.CATALOG).print();
    ReadResult<Narrative> read = READER.read(noise, budget);
    Narrative narrative = read.document().orElseThrow();
    NarrativeValidator.builtIn().validate(budget, narrative).toString();
    long lines = noise.lines().count();
    narrative.statements().forEach(s -> assertTrue(s.source().line() <= lines, s::toString));
    assertFalse(read.report().toString().isEmpty());
  }

  @Provide
  Arbitrary<String> noise() {
    Arbitrary<String> pieces = Arbitraries.of("比上年增加", "减少", "增长", "4%", "占", "持平", "273,800", "万元",
        "元", "亿元", "，", "。", "\n", "\n\n", "预算", "市医保中心", "（以下简称“", "”）", "\t", "１２３", "无国有资本经营支出预算",
        "- （四）基本支出总表", "表 1", " ", "预算单位甲", "项目支出", "三公", "3.5");
    return pieces.list().ofMaxSize(60).map(list -> String.join("", list));
  }

  private static List<StatementVerdict> verdicts(Written prose, DepartmentBudget budget) {
    ReadResult<Narrative> read = READER.read(prose.text(), budget);
    Narrative narrative = read.document().orElseThrow();
    assertEquals(prose.statements(), narrative.statements().size(), () -> narrative + "\n" + read.report()
        + "\n" + prose.text());
    return NarrativeValidator.builtIn().verdicts(budget, narrative);
  }
}
