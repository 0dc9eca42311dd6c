package io.github.fiscaltransfer.performance;

import io.github.fiscaltransfer.identifier.ProjectCode;
import io.github.fiscaltransfer.validation.Finding;
import io.github.fiscaltransfer.policy.ValidationPolicy;
import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.validation.ValidationReport;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A performance target table (绩效目标表) as printed with a transfer notice: the grant, region, funding, annual goals
 * (年度目标) and indicators in printed order.
 *
 * <p>Immutable and thread-safe. The grant is identified by name and optional project code (项目代码) so this type
 * does not depend on the notice model. {@link #validate()} returns every finding; the rules are listed on
 * {@link PerformanceRule}.
 */
@Value.Immutable
public abstract class PerformanceTargetTable {

  PerformanceTargetTable() {}

  /**
   * Returns the grant's name as printed (转移支付名称 / 项目名称 / 专项名称).
   *
   * @return the name, not blank
   */
  public abstract String grantName();

  /**
   * Returns the grant's project code (项目代码), such as {@code Z155080000004}, where the documents print one.
   *
   * @return the code, or empty
   */
  public abstract Optional<ProjectCode> projectCode();

  /**
   * Returns the fiscal year the targets are for.
   *
   * @return the year, not null
   */
  public abstract Year year();

  /**
   * Returns the region (省份 / 地市 / 县（市）) as printed.
   *
   * @return the region, or empty if blank or not printed
   */
  public abstract Optional<String> region();

  /**
   * Returns the funding block (资金情况).
   *
   * @return the funding, not null
   */
  public abstract Funding funding();

  /**
   * Returns the annual goals (年度目标) as printed, one entry per goal.
   *
   * @return the goals, not null, unmodifiable
   */
  public abstract List<String> goals();

  /**
   * Returns the indicators in printed order.
   *
   * @return the indicators, not null, unmodifiable
   */
  public abstract List<PerformanceIndicator> indicators();

  @Value.Check
  void check() {
    if (grantName().isBlank()) {
      throw new IllegalArgumentException("Target table grant name must not be blank (year " + year() + ")");
    }
  }

  /**
   * Returns the indicator tree: printed level-1 wording, then printed level-2 wording, then indicators, all in
   * printed order.
   *
   * @return the tree, not null, unmodifiable at every level
   */
  public Map<String, Map<String, List<PerformanceIndicator>>> tree() {
    Map<String, Map<String, List<PerformanceIndicator>>> tree = new LinkedHashMap<>();
    for (PerformanceIndicator indicator : indicators()) {
      tree.computeIfAbsent(indicator.level1Text(), key -> new LinkedHashMap<>())
          .computeIfAbsent(indicator.level2Text(), key -> new ArrayList<>())
          .add(indicator);
    }
    Map<String, Map<String, List<PerformanceIndicator>>> view = new LinkedHashMap<>();
    tree.forEach((level1, level2s) -> view.put(level1, unmodifiable(level2s)));
    return Collections.unmodifiableMap(view);
  }

  private static Map<String, List<PerformanceIndicator>> unmodifiable(Map<String, List<PerformanceIndicator>> map) {
    Map<String, List<PerformanceIndicator>> copy = new LinkedHashMap<>();
    map.forEach((key, list) -> copy.put(key, List.copyOf(list)));
    return Collections.unmodifiableMap(copy);
  }

  /**
   * Checks the table as one being submitted: funding parts, blank amounts, template goals and rows,
   * placeholder, empty and unreadable targets, and category placement.
   *
   * @return every finding, not null
   */
  public ValidationReport validate() {
    return validate(ValidationPolicy.defaults());
  }

  /**
   * Checks the table as {@link #validate()} does, under a policy.
   *
   * @param policy which rules run, at what severity, and the custom rules for target tables, not null
   * @return every finding, not null
   */
  public ValidationReport validate(ValidationPolicy policy) {
    return policy.apply(this, TargetTableValidator.findings(this));
  }

  /**
   * Returns the stable key findings name the table by, such as {@code 绩效目标表 2023 江门市 医疗救助中央补助资金}.
   *
   * @return the reference, not null
   */
  public String reference() {
    return "绩效目标表 " + year() + region().map(r -> " " + r).orElse("") + " " + grantName();
  }

  /**
   * Checks the table as {@link #validate()} does, and that its 年度金额 equals the notice's total.
   *
   * @param noticeTotal the total the notice allocates, such as {@code 10,831万元}, not null
   * @return every finding, not null
   */
  public ValidationReport validate(PrintedAmount noticeTotal) {
    return validate(noticeTotal, ValidationPolicy.defaults());
  }

  /**
   * Checks the table as {@link #validate(PrintedAmount)} does, under a policy.
   *
   * @param noticeTotal the total the notice allocates, not null
   * @param policy which rules run, at what severity, and the custom rules for target tables, not null
   * @return every finding, not null
   */
  public ValidationReport validate(PrintedAmount noticeTotal, ValidationPolicy policy) {
    Objects.requireNonNull(noticeTotal, "noticeTotal");
    List<Finding> findings = new ArrayList<>(TargetTableValidator.findings(this));
    findings.addAll(TargetTableValidator.noticeTotalFindings(this, noticeTotal));
    return policy.apply(this, findings);
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a summary such as {@code 绩效目标表 2023 医疗救助中央补助资金 (江门市): 年度金额 1,829万元 …, 11 indicators}. */
  @Override
  public String toString() {
    return "绩效目标表 " + year() + " " + grantName() + region().map(r -> " (" + r + ")").orElse("") + ": "
        + funding() + ", " + goals().size() + " goals, " + indicators().size() + " indicators";
  }

  /**
   * Builds a {@link PerformanceTargetTable}; grant name, year and funding are required. Each method sets the attribute of the same name, described at its accessor;
   * {@linkplain io.github.fiscaltransfer how the methods behave}.
   */
  public static final class Builder extends ImmutablePerformanceTargetTable.Builder {
    Builder() {}
  }
}
