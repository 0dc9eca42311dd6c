package io.github.fiscaltransfer.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.fiscaltransfer.notice.NoticeRule;
import io.github.fiscaltransfer.statement.StatementRule;
import io.github.fiscaltransfer.validation.Messages;
import io.github.fiscaltransfer.validation.RuleDescriptor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every built-in rule speaks English and Chinese: its summary in Chinese, its messages in both, and every key of one
 * language in the other (that a finding's template names only arguments it carries is checked on seed, real and
 * generated documents: {@code FindingMessagesPropertyTest}, {@code SeedFindingMessagesTest}).
 */
class RuleMessagesTest {

  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

  private static List<RuleDescriptor> rules() {
    List<RuleDescriptor> rules = new ArrayList<>(RuleCatalog.builtIn().descriptors());
    Arrays.stream(StatementRule.values()).map(StatementRule::descriptor).forEach(rules::add);
    return rules;
  }

  @Test
  void everyRuleHasAChineseSummaryAndMessagesInBothLanguages() {
    Set<String> english = Messages.keys(Locale.ENGLISH);
    Set<String> chinese = Messages.keys(ZH);
    List<String> lacking = new ArrayList<>();
    for (RuleDescriptor rule : rules()) {
      if (!chinese.contains("summary." + rule.id())) {
        lacking.add("zh summary of " + rule.id());
      }
      if (english.stream().noneMatch(key -> key.equals(rule.id()) || key.startsWith(rule.id() + '.'))) {
        lacking.add("English message of " + rule.id());
      }
    }
    assertEquals(List.of(), lacking);
  }

  @Test
  void everyKeyIsWrittenInBothLanguages() {
    Set<String> english = Messages.keys(Locale.ENGLISH);
    Set<String> chinese = new TreeSet<>(Messages.keys(ZH));
    chinese.removeIf(key -> key.startsWith("summary.") || key.startsWith("severity.") || key.startsWith("finding."));
    Set<String> onlyEnglish = new TreeSet<>(english);
    onlyEnglish.removeAll(chinese);
    Set<String> onlyChinese = new TreeSet<>(chinese);
    onlyChinese.removeAll(english);
    assertEquals(Set.of(), onlyEnglish, "keys without Chinese");
    assertEquals(Set.of(), onlyChinese, "keys without English");
  }

  @Test
  void summariesFollowTheLocale() {
    assertEquals("分配表各行之和等于表中合计", NoticeRule.TABLE_SUM.summary(ZH));
    assertEquals("the lines add up to the declared total",
        NoticeRule.TABLE_SUM.summary(Locale.ENGLISH));
    assertEquals("部门合计数在各表之间一致", RuleCatalog.builtIn().find("budget.cross-total").orElseThrow().summary(ZH));
  }

}
