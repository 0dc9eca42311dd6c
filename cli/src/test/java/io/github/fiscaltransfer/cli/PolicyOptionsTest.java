package io.github.fiscaltransfer.cli;

import static io.github.fiscaltransfer.cli.CommandRun.seed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --disable, --severity and --policy on every command that validates. */
class PolicyOptionsTest {

  /** Seed 002 prints no level-1 category for 医疗救助救助对象满意度(%): its one warning, category.unstated. */
  private static final Path JIANGMEN = seed("002-jiangmen-16.json");

  @TempDir
  Path folder;

  @Test
  void aRuleTurnedOffReportsNothing() {
    CommandRun strict = CommandRun.of("validate", "--strict", JIANGMEN);
    assertTrue(strict.out().contains("WARNING category.unstated"), strict.out());
    CommandRun off = CommandRun.of("validate", "--strict", "--disable", "category.unstated", JIANGMEN);
    assertFalse(off.out().contains("category.unstated"), off.out());
    assertEquals(ExitCode.CLEAN, off.exitCode(), off.out());
  }

  @Test
  void aRuleAtAnotherSeverityChangesTheExitCode() {
    assertEquals(ExitCode.CLEAN, CommandRun.of("validate", JIANGMEN).exitCode());
    CommandRun error = CommandRun.of("validate", "--severity", "category.unstated=error", JIANGMEN);
    assertEquals(ExitCode.FINDINGS, error.exitCode(), error.out());
    assertTrue(error.out().contains("ERROR category.unstated"), error.out());
  }

  @Test
  void aPolicyFileHoldsTheSameSettingsWithComments() throws IOException {
    Path policy = Files.writeString(folder.resolve("house-rules.txt"), "# 江门市财政局 house rules\n\n"
        + "severity category.unstated=error   # we want every category printed\n"
        + "disable table.recipient-unknown\n", StandardCharsets.UTF_8);
    CommandRun run = CommandRun.of("validate", "--policy", policy, JIANGMEN);
    assertEquals(ExitCode.FINDINGS, run.exitCode(), run.out() + run.err());
    assertTrue(run.out().contains("ERROR category.unstated"), run.out());
    CommandRun overridden = CommandRun.of("validate", "--policy", policy, "--severity", "category.unstated=info",
        JIANGMEN);
    assertEquals(ExitCode.CLEAN, overridden.exitCode(), "the command line comes after the file");
    assertTrue(overridden.out().contains("INFO category.unstated"), overridden.out());
  }

  @Test
  void anUnknownRuleIsAUsageErrorNamingTheNearestIds() {
    CommandRun run = CommandRun.of("validate", "--disable", "budget.rowsum", JIANGMEN);
    assertEquals(ExitCode.UNREADABLE, run.exitCode());
    assertTrue(run.err().contains("--disable budget.rowsum: no rule has the id budget.rowsum; the nearest known "
        + "ids are budget.row-sum, "), run.err());
    CommandRun flow = CommandRun.of("flow", "--severity", "chain.orphn=info", CommandRun.SEEDS);
    assertEquals(ExitCode.UNREADABLE, flow.exitCode());
    assertTrue(flow.err().contains("nearest known ids are chain.orphan"), flow.err());
  }

  @Test
  void aMalformedPolicyLineNamesTheFileAndLine() throws IOException {
    Path policy = Files.writeString(folder.resolve("rules.txt"), "# ok\nseverity table.sum=fatal\n");
    CommandRun run = CommandRun.of("report", "--policy", policy, JIANGMEN, "-o", folder.resolve("r.html"));
    assertEquals(ExitCode.UNREADABLE, run.exitCode());
    assertTrue(run.err().contains(policy + ", line 2: the level must be error, warning or info, not fatal"),
        run.err());
    Files.writeString(policy, "enable table.sum\n");
    CommandRun verb = CommandRun.of("validate", "--policy", policy, JIANGMEN);
    assertTrue(verb.err().contains(policy + ", line 1: expected 'disable RULE' or 'severity RULE=LEVEL': "
        + "enable table.sum"), verb.err());
  }

  @Test
  void flowAndReportTakeTheSettingsToo() throws IOException {
    CommandRun flow = CommandRun.of("flow", CommandRun.SEEDS);
    assertTrue(flow.out().contains("chain.orphan"), flow.out());
    CommandRun quiet = CommandRun.of("flow", "--disable", "chain.orphan", CommandRun.SEEDS);
    assertFalse(quiet.out().contains("chain.orphan"), quiet.out());
    Path html = folder.resolve("report.html");
    CommandRun report = CommandRun.of("report", "--disable", "chain.orphan", CommandRun.SEEDS, "-o", html);
    assertFalse(Files.readString(html, StandardCharsets.UTF_8).contains("\"rule\":\"chain.orphan\""), report.out());
  }

  @Test
  void readingRulesAreSettingsToo() {
    Path text = Path.of("..", "reader", "src", "test", "resources", "seeds", "002-jiangmen-16.txt");
    CommandRun read = CommandRun.of("validate", text);
    assertTrue(read.out().contains("read.absent"), read.out());
    CommandRun off = CommandRun.of("validate", "--disable", "read.absent", text);
    assertFalse(off.out().contains("read.absent"), off.out());
  }
}
