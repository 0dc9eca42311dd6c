package io.github.fiscaltransfer.policy;

import io.github.fiscaltransfer.deadline.DeadlineTable;
import io.github.fiscaltransfer.deadline.SuppliedDates;
import io.github.fiscaltransfer.subject.SubjectCatalog;
import io.github.fiscaltransfer.unit.UnitRegistry;
import io.github.fiscaltransfer.validation.Finding;
import io.github.fiscaltransfer.validation.Rule;
import io.github.fiscaltransfer.validation.Severity;
import io.github.fiscaltransfer.validation.ValidationReport;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How validation runs (审核规则配置): rules turned off, rules at another severity, rules of the user's own, and the
 * subject catalogs and unit registry rules check against, and the deadlines (时限) and supplied dates the deadline
 * rules check. One policy drives every document kind.
 *
 * <p>Like Error Prone's {@code -Xep:Name:OFF|WARN}: a rule is named by its {@link Rule} constant or by its id (ids
 * are not checked against a list, so that a policy can name rules of families it does not know). A disabled rule
 * reports nothing; a rule given a severity reports every finding at that severity, the milder cases included.
 *
 * <p>Immutable and thread-safe. Start from {@link #defaults()} or {@link #builder()}.
 */
public final class ValidationPolicy implements RuleContext {

  private static final ValidationPolicy DEFAULTS = builder().build();

  private final Set<String> disabled;
  private final Map<String, Severity> severities;
  private final List<CustomRule<?>> customRules;
  private final NavigableMap<Year, SubjectCatalog> catalogs;
  private final UnitRegistry units;
  private final DeadlineTable deadlines;
  private final SuppliedDates dates;

  private ValidationPolicy(Builder builder) {
    this.disabled = Set.copyOf(builder.disabled);
    this.severities = Map.copyOf(builder.severities);
    this.customRules = List.copyOf(builder.customRules);
    this.catalogs = builder.catalogs == null ? null
        : Collections.unmodifiableNavigableMap(new TreeMap<>(builder.catalogs));
    this.units = builder.units;
    this.deadlines = builder.deadlines;
    this.dates = builder.dates;
  }

  /**
   * Returns the policy that runs every built-in rule at its usual severity against the built-in reference data.
   *
   * @return the default policy, not null
   */
  public static ValidationPolicy defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a builder starting from the defaults.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns whether a rule reports findings under this policy.
   *
   * @param ruleId the rule id, such as {@code table.recipient-unknown}, not null
   * @return false if the policy turns the rule off
   */
  public boolean isEnabled(String ruleId) {
    return !disabled.contains(Objects.requireNonNull(ruleId, "ruleId"));
  }

  /**
   * Returns the rules of the user's own.
   *
   * @return the custom rules, in the order they were added, not null, unmodifiable
   */
  public List<CustomRule<?>> customRules() {
    return customRules;
  }

  @Override
  public Optional<SubjectCatalog> catalog(Year year) {
    Objects.requireNonNull(year, "year");
    if (catalogs != null) {
      return Optional.ofNullable(catalogs.floorEntry(year)).map(Map.Entry::getValue);
    }
    return SubjectCatalog.builtInNearest(year);
  }

  @Override
  public UnitRegistry units() {
    return units == null ? UnitRegistry.builtIn() : units;
  }

  /**
   * Returns the deadlines the deadline rules check: {@link DeadlineTable#builtIn()} unless the policy sets others.
   *
   * @return the table, not null
   */
  public DeadlineTable deadlines() {
    return deadlines;
  }

  /**
   * Returns the dates a user supplied where documents do not print them: none unless the policy sets them.
   *
   * @return the dates, not null
   */
  public SuppliedDates suppliedDates() {
    return dates;
  }

  /**
   * Finishes a validation: adds the findings of the custom rules for this kind of document, drops those of disabled
   * rules and sets the severities the policy changes.
   *
   * @param document the document validated, not null
   * @param builtIn the findings of the built-in rules, not null
   * @return the findings under this policy, in the order made, the custom rules' last, not null
   */
  public ValidationReport apply(Object document, Collection<Finding> builtIn) {
    Objects.requireNonNull(document, "document");
    List<Finding> all = new ArrayList<>(builtIn);
    for (CustomRule<?> rule : customRules) {
      all.addAll(rule.check(document, this));
    }
    return ValidationReport.of(adjust(all));
  }

  /**
   * Drops the findings of disabled rules and sets the severities the policy changes, without running custom rules;
   * for findings that come from a part already validated under this policy, or from reading.
   *
   * @param findings the findings, not null
   * @return the findings under this policy, in their order, not null
   */
  public ValidationReport adjust(ValidationReport findings) {
    return ValidationReport.of(adjust(findings.findings()));
  }

  private List<Finding> adjust(List<Finding> findings) {
    if (disabled.isEmpty() && severities.isEmpty()) {
      return findings;
    }
    List<Finding> kept = new ArrayList<>(findings.size());
    for (Finding finding : findings) {
      if (!disabled.contains(finding.ruleId())) {
        Severity severity = severities.get(finding.ruleId());
        kept.add(severity == null ? finding : finding.withSeverity(severity));
      }
    }
    return kept;
  }

  /**
   * Returns a builder holding this policy's settings, to make a changed copy.
   *
   * @return a new builder, not null
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.disabled.addAll(disabled);
    builder.severities.putAll(severities);
    builder.customRules.addAll(customRules);
    builder.catalogs = catalogs == null ? null : new HashMap<>(catalogs);
    builder.units = units;
    builder.deadlines = deadlines;
    builder.dates = dates;
    return builder;
  }

  /** Returns a summary such as {@code validation policy: off [table.recipient-unknown], chain.kin=warning}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("validation policy: ");
    if (disabled.isEmpty() && severities.isEmpty() && customRules.isEmpty()) {
      text.append("every built-in rule at its usual severity");
    } else {
      text.append("off ").append(new TreeSet<>(disabled));
      new TreeMap<>(severities).forEach((id, severity) -> text.append(", ").append(id).append('=')
          .append(severity.id()));
      customRules.forEach(rule -> text.append(", ").append(rule.id()).append(" (custom)"));
    }
    text.append(catalogs == null ? "; built-in catalogs" : "; catalogs " + new TreeSet<>(catalogs.keySet()));
    text.append(units == null ? ", built-in units" : ", user units");
    text.append(deadlines.equals(DeadlineTable.builtIn()) ? "" : ", user deadlines");
    return text.append(dates.equals(SuppliedDates.none()) ? "" : ", " + dates).toString();
  }

  /** Builds a {@link ValidationPolicy}; every setting starts at its default. Not thread-safe. */
  public static final class Builder {

    private final Set<String> disabled = new HashSet<>();
    private final Map<String, Severity> severities = new HashMap<>();
    private final List<CustomRule<?>> customRules = new ArrayList<>();
    private Map<Year, SubjectCatalog> catalogs;
    private UnitRegistry units;
    private DeadlineTable deadlines = DeadlineTable.builtIn();
    private SuppliedDates dates = SuppliedDates.none();

    private Builder() {}

    /**
     * Turns a rule off: it reports nothing.
     *
     * @param rule the rule, not null
     * @return this builder
     */
    public Builder disable(Rule rule) {
      return disable(Objects.requireNonNull(rule, "rule").id());
    }

    /**
     * Turns a rule off by id, such as {@code table.recipient-unknown}.
     *
     * @param ruleId the rule id, not null
     * @return this builder
     */
    public Builder disable(String ruleId) {
      disabled.add(Objects.requireNonNull(ruleId, "ruleId"));
      severities.remove(ruleId);
      return this;
    }

    /**
     * Reports every finding of a rule at the given severity, and turns it on again if it was off.
     *
     * @param rule the rule, not null
     * @param severity the severity, not null
     * @return this builder
     */
    public Builder severity(Rule rule, Severity severity) {
      return severity(Objects.requireNonNull(rule, "rule").id(), severity);
    }

    /**
     * Reports every finding of a rule, named by id, at the given severity, and turns it on again if it was off.
     *
     * @param ruleId the rule id, not null
     * @param severity the severity, not null
     * @return this builder
     */
    public Builder severity(String ruleId, Severity severity) {
      severities.put(Objects.requireNonNull(ruleId, "ruleId"), Objects.requireNonNull(severity, "severity"));
      disabled.remove(ruleId);
      return this;
    }

    /**
     * Adds a rule of the user's own; it runs after the built-in rules on every document of its kind.
     *
     * @param rule the rule, not null
     * @return this builder
     * @throws IllegalArgumentException if a custom rule with the same id was added already
     */
    public Builder addRule(CustomRule<?> rule) {
      Objects.requireNonNull(rule, "rule");
      if (customRules.stream().anyMatch(added -> added.id().equals(rule.id()))) {
        throw new IllegalArgumentException("Custom rule id added twice: " + rule.id());
      }
      customRules.add(rule);
      return this;
    }

    /**
     * Checks subjects against these catalogs instead of the built-in ones; a year without one against the nearest
     * earlier year's.
     *
     * @param yearCatalogs the catalogs, at most one a year, not null
     * @return this builder
     * @throws IllegalArgumentException if two catalogs have the same year
     */
    public Builder catalogs(Collection<SubjectCatalog> yearCatalogs) {
      Map<Year, SubjectCatalog> byYear = new HashMap<>();
      for (SubjectCatalog catalog : yearCatalogs) {
        if (byYear.putIfAbsent(catalog.year(), catalog) != null) {
          throw new IllegalArgumentException("Two subject catalogs for " + catalog.year());
        }
      }
      this.catalogs = byYear;
      return this;
    }

    /**
     * Resolves units against this registry instead of the built-in one.
     *
     * @param registry the registry, not null
     * @return this builder
     */
    public Builder units(UnitRegistry registry) {
      this.units = Objects.requireNonNull(registry, "registry");
      return this;
    }

    /**
     * Checks deadlines against this table instead of the built-in one, such as the built-in one with a province's
     * shorter limits added ({@code DeadlineTable.builtIn().with(…)}).
     *
     * @param table the table, not null
     * @return this builder
     */
    public Builder deadlines(DeadlineTable table) {
      this.deadlines = Objects.requireNonNull(table, "table");
      return this;
    }

    /**
     * Supplies the dates documents do not print: receipts, congress approvals, 批复 and disclosure dates.
     *
     * @param supplied the dates, not null
     * @return this builder
     */
    public Builder dates(SuppliedDates supplied) {
      this.dates = Objects.requireNonNull(supplied, "supplied");
      return this;
    }

    /**
     * Returns the policy.
     *
     * @return the policy, not null
     */
    public ValidationPolicy build() {
      return new ValidationPolicy(this);
    }
  }
}
