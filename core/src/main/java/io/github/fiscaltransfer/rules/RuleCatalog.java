package io.github.fiscaltransfer.rules;

import io.github.fiscaltransfer.budget.BudgetRule;
import io.github.fiscaltransfer.deadline.DeadlineRule;
import io.github.fiscaltransfer.hierarchy.ChainRule;
import io.github.fiscaltransfer.notice.NoticeRule;
import io.github.fiscaltransfer.performance.PerformanceRule;
import io.github.fiscaltransfer.statement.StatementRule;
import io.github.fiscaltransfer.validation.Rule;
import io.github.fiscaltransfer.validation.RuleDescriptor;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A catalog of rules by id (审核规则目录): the built-in families, and any a caller adds, each rule's
 * {@link RuleDescriptor} found by its id, and the ids nearest (by edit distance) to one that is not there.
 *
 * <p>Immutable and thread-safe. Start from {@link #builtIn()}.
 */
public final class RuleCatalog {

  private static final RuleCatalog BUILT_IN = new RuleCatalog(Map.of()).with(Arrays.asList(NoticeRule.values()))
      .with(Arrays.asList(ChainRule.values())).with(Arrays.asList(PerformanceRule.values()))
      .with(Arrays.asList(BudgetRule.values())).with(Arrays.asList(DeadlineRule.values()))
      .with(Arrays.asList(StatementRule.values()));

  private final Map<String, RuleDescriptor> byId;

  private RuleCatalog(Map<String, RuleDescriptor> byId) {
    this.byId = byId;
  }

  /**
   * Returns the catalog of core's built-in rules: notice, chain, performance, budget, deadline and
   * statement rules.
   *
   * @return the catalog, not null
   */
  public static RuleCatalog builtIn() {
    return BUILT_IN;
  }

  /**
   * Returns a new catalog holding this one's rules and the given ones, such as a reader's {@code read.*} rules.
   *
   * @param rules the rules to add, not null
   * @return the new catalog, not null
   * @throws IllegalArgumentException if two different rules have one id
   */
  public RuleCatalog with(Collection<? extends Rule> rules) {
    Map<String, RuleDescriptor> all = new LinkedHashMap<>(byId);
    for (Rule rule : rules) {
      RuleDescriptor known = all.putIfAbsent(rule.id(), rule.descriptor());
      if (known != null && !known.equals(rule.descriptor())) {
        throw new IllegalArgumentException("Two rules with the id " + rule.id() + ": " + known + "; "
            + rule.descriptor());
      }
    }
    return new RuleCatalog(Collections.unmodifiableMap(all));
  }

  /**
   * Returns the descriptor of the rule with an id.
   *
   * @param id the rule id, such as {@code budget.row-sum}, not null
   * @return the descriptor, empty if no rule of the catalog has the id, not null
   */
  public Optional<RuleDescriptor> find(String id) {
    return Optional.ofNullable(byId.get(Objects.requireNonNull(id, "id")));
  }

  /**
   * Returns every rule's descriptor, the families in the order added, each in its declaration order.
   *
   * @return the descriptors, not null, unmodifiable
   */
  public List<RuleDescriptor> descriptors() {
    return List.copyOf(byId.values());
  }

  /**
   * Returns the known ids nearest to an id (fewest single-character insertions, deletions and substitutions),
   * nearest first and in catalog order among equals: for {@code budget.rowsum}, {@code budget.row-sum}.
   *
   * @param id the id, possibly mistyped, not null
   * @param limit how many ids at most, one or more
   * @return the nearest ids, at most {@code limit}, not null
   * @throws IllegalArgumentException if the limit is below one
   */
  public List<String> nearest(String id, int limit) {
    Objects.requireNonNull(id, "id");
    if (limit < 1) {
      throw new IllegalArgumentException("Limit must be one or more: " + limit);
    }
    return byId.keySet().stream().sorted(Comparator.comparingInt(known -> distance(id, known))).limit(limit)
        .toList();
  }

  /** Levenshtein distance, two rows at a time. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  /** Returns {@code rule catalog: 93 rules}. */
  @Override
  public String toString() {
    return "rule catalog: " + byId.size() + " rules";
  }
}
