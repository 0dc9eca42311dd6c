package io.github.fiscaltransfer.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fiscaltransfer.budget.BudgetRule;
import io.github.fiscaltransfer.deadline.DeadlineRule;
import io.github.fiscaltransfer.hierarchy.ChainRule;
import io.github.fiscaltransfer.notice.NoticeRule;
import io.github.fiscaltransfer.performance.PerformanceRule;
import io.github.fiscaltransfer.statement.StatementRule;
import io.github.fiscaltransfer.policy.CustomRule;
import io.github.fiscaltransfer.validation.Rule;
import io.github.fiscaltransfer.validation.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RuleCatalogTest {

  private static final List<Rule> EVERY_BUILT_IN = Stream.of(NoticeRule.values(), ChainRule.values(),
      PerformanceRule.values(), BudgetRule.values(), DeadlineRule.values(), StatementRule.values()).flatMap(Stream::of)
      .map(Rule.class::cast).toList();

  @Test
  void findsEveryRuleOfEveryFamilyByItsId() {
    RuleCatalog catalog = RuleCatalog.builtIn();
    for (Rule rule : EVERY_BUILT_IN) {
      assertEquals(Optional.of(rule.descriptor()), catalog.find(rule.id()), rule.id());
    }
    assertEquals(EVERY_BUILT_IN.stream().map(Rule::id).distinct().count(), catalog.descriptors().size(),
        "an id two families share (subject.catalog-missing) is one rule");
    assertEquals(Severity.WARNING, catalog.find("table.recipient-unknown").orElseThrow().severity());
    assertEquals(Optional.empty(), catalog.find("budget.rowsum"));
  }

  @Test
  void namesTheNearestIdsFirst() {
    RuleCatalog catalog = RuleCatalog.builtIn();
    assertEquals(List.of("budget.row-sum"), catalog.nearest("budget.rowsum", 1));
    assertEquals(List.of("table.recipient-unknown"), catalog.nearest("table.recipent-unknown", 1));
    assertEquals(3, catalog.nearest("x", 3).size());
    assertThrows(IllegalArgumentException.class, () -> catalog.nearest("x", 0));
  }

  @Test
  void editDistanceCountsInsertionsDeletionsAndSubstitutions() {
    assertEquals(3, RuleCatalog.distance("kitten", "sitting"));
    assertEquals(0, RuleCatalog.distance("table.sum", "table.sum"));
    assertEquals(9, RuleCatalog.distance("", "table.sum"));
    assertEquals(1, RuleCatalog.distance("chain.kin", "chain.kn"));
  }

  @Test
  void addsAFamilyAndRefusesAnIdTwiceWithAnotherMeaning() {
    CustomRule<Object> own = CustomRule.of("local.minimum-line", Severity.INFO, "a line is at least 1 万元",
        Object.class, (document, context, out) -> { });
    RuleCatalog catalog = RuleCatalog.builtIn().with(List.of(own));
    assertEquals(Optional.of(own.descriptor()), catalog.find("local.minimum-line"));
    assertEquals(Optional.empty(), RuleCatalog.builtIn().find("local.minimum-line"), "the built-in one unchanged");
    assertEquals(catalog.descriptors(), catalog.with(List.of(NoticeRule.TABLE_SUM)).descriptors(), "the same rule again");
    List<Rule> clash = new ArrayList<>(List.of(CustomRule.of("table.sum", Severity.INFO, "another table.sum",
        Object.class, (document, context, out) -> { })));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> catalog.with(clash));
    assertTrue(e.getMessage().startsWith("Two rules with the id table.sum: "), e.getMessage());
  }
}
