package io.github.fiscaltransfer.rules;

import io.github.fiscaltransfer.validation.MessageSource;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The message bundles of core's rule families (核心规则消息), one per family beside its rules, and the validation
 * package's own words (severities, the line of a finding): provided to {@link MessageSource}'s service loader.
 *
 * <p>Stateless and thread-safe; {@link ResourceBundle} caches the bundles.
 */
public final class BuiltInMessages implements MessageSource {

  private static final List<String> BASE_NAMES = List.of(
      "io.github.fiscaltransfer.validation.ValidationMessages",
      "io.github.fiscaltransfer.notice.NoticeMessages",
      "io.github.fiscaltransfer.hierarchy.ChainMessages",
      "io.github.fiscaltransfer.performance.PerformanceMessages",
      "io.github.fiscaltransfer.budget.BudgetMessages",
      "io.github.fiscaltransfer.deadline.DeadlineMessages",
      "io.github.fiscaltransfer.statement.StatementMessages");

  /** Makes the provider; the service loader calls this. */
  public BuiltInMessages() {}

  @Override
  public List<ResourceBundle> bundles(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return BASE_NAMES.stream().map(name -> ResourceBundle.getBundle(name, locale)).toList();
  }

  /** Returns {@code core's rule messages}. */
  @Override
  public String toString() {
    return "core's rule messages";
  }
}
