package io.github.fiscaltransfer.cli;

import io.github.fiscaltransfer.policy.ValidationPolicy;
import io.github.fiscaltransfer.reader.ReadRule;
import io.github.fiscaltransfer.rules.RuleCatalog;
import io.github.fiscaltransfer.validation.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The rule settings (审核规则配置) every validating command takes: rules turned off, rules at another severity, and a
 * policy file of the same settings, mapped onto {@link ValidationPolicy}. The file comes first, so the command line
 * overrides it.
 *
 * <p>A policy file (UTF-8) holds one setting a line; blank lines and text after {@code #} are ignored:
 * <pre>
 * # 江门市财政局 house rules
 * disable table.recipient-unknown
 * severity budget.row-sum=error
 * </pre>
 */
final class PolicyOptions {

  /** How many near ids an unknown rule id's message names. */
  static final int SUGGESTIONS = 3;
  private static final RuleCatalog RULES = RuleCatalog.builtIn().with(Arrays.asList(ReadRule.values()));

  @Option(names = "--disable", paramLabel = "RULE", description = {
      "Turn a rule (审核规则) off by its id, such as table.recipient-unknown; repeatable."})
  private List<String> disabled = new ArrayList<>();

  @Option(names = "--severity", paramLabel = "RULE=LEVEL", description = {
      "Report a rule's findings at another severity (严重程度): error, warning or info, such as "
          + "budget.row-sum=error; repeatable."})
  private List<String> severities = new ArrayList<>();

  @Option(names = "--policy", paramLabel = "FILE", description = {
      "A policy file (审核规则配置文件) of the same settings, one a line, # for comments: "
          + "'disable RULE' or 'severity RULE=LEVEL'. The command line's settings come after it."})
  private Path file;

  /**
   * Sets the rule settings on a policy: the file's lines first, then the command line's.
   *
   * @param policy the policy being built, not null
   * @param text the words of the errors, not null
   * @throws IOException if the policy file cannot be read
   * @throws IllegalArgumentException if a setting is malformed or names an unknown rule, with the nearest known ids
   */
  void applyTo(ValidationPolicy.Builder policy, CliText text) throws IOException {
    if (file != null) {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i).replaceFirst("#.*", "").strip();
        if (!line.isEmpty()) {
          applyLine(policy, line, text.text("policy.line", file, Integer.toString(i + 1)), text);
        }
      }
    }
    for (String rule : disabled) {
      policy.disable(known(rule, "--disable " + rule + ": ", text));
    }
    for (String setting : severities) {
      applySeverity(policy, setting, "--severity " + setting + ": ", text);
    }
  }

  private static void applyLine(ValidationPolicy.Builder policy, String line, String where, CliText text) {
    String[] words = line.split("\\s+", 2);
    if (words.length == 2 && words[0].equals("disable")) {
      policy.disable(known(words[1], where, text));
    } else if (words.length == 2 && words[0].equals("severity")) {
      applySeverity(policy, words[1], where, text);
    } else {
      throw new IllegalArgumentException(where + text.text("policy.file-line", line));
    }
  }

  private static void applySeverity(ValidationPolicy.Builder policy, String setting, String where, CliText text) {
    int equals = setting.indexOf('=');
    if (equals < 0) {
      throw new IllegalArgumentException(where + text.text("policy.setting"));
    }
    String level = setting.substring(equals + 1).strip().toLowerCase(Locale.ROOT);
    Severity severity = Arrays.stream(Severity.values()).filter(known -> known.id().equals(level)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException(where + text.text("policy.level", level)));
    policy.severity(known(setting.substring(0, equals).strip(), where, text), severity);
  }

  /** The id if a rule has it, or an error naming the known ids nearest to it. */
  private static String known(String id, String where, CliText text) {
    Optional<String> found = RULES.find(id).map(descriptor -> descriptor.id());
    return found.orElseThrow(() -> new IllegalArgumentException(where + text.text("policy.unknown", id,
        String.join(", ", RULES.nearest(id, SUGGESTIONS)))));
  }
}
