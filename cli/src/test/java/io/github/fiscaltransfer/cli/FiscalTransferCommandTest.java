package io.github.fiscaltransfer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class FiscalTransferCommandTest {

  @ParameterizedTest
  @ValueSource(strings = {"validate", "flow", "report"})
  void everyCommandHasHelpWithExamplesAndChineseTerms(String command) {
    CommandRun run = CommandRun.of(command, "--help");
    assertEquals(ExitCode.CLEAN, run.exitCode());
    assertTrue(run.out().contains("Examples:\n  fiscal-transfer " + command + " "), run.out());
    assertTrue(run.out().contains("--units=FILE.csv") && run.out().contains("财政单位"), run.out());
    assertTrue(run.out().contains("Exit codes: 0 clean, 1 "), run.out());
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "flow", "report"})
  void everyCommandHasHelpInChineseWithItsExamplesAndExitCodes(String command) {
    CommandRun run = CommandRun.of(command, "--lang", "zh", "--help");
    assertEquals(ExitCode.CLEAN, run.exitCode());
    assertTrue(run.out().contains("示例：\n  fiscal-transfer " + command + " "), run.out());
    assertTrue(run.out().contains("--units=FILE.csv     在内置单位之外添加的财政单位"), run.out());
    assertTrue(run.out().contains("退出码：" + ExitCode.CLEAN + " 无问题，" + ExitCode.FINDINGS + " 发现"), run.out());
    assertTrue(run.out().contains("，" + ExitCode.UNREADABLE + " 输入无法读取"), run.out());
  }

  @Test
  void theTopLevelHelpListsTheCommands() {
    CommandRun run = CommandRun.of("--help");
    assertEquals(ExitCode.CLEAN, run.exitCode());
    assertTrue(run.out().contains("转移支付资金下达文件") && run.out().contains("  report"), run.out());
  }

  @Test
  void noCommandIsBadUsage() {
    CommandRun run = CommandRun.of();
    assertEquals(ExitCode.UNREADABLE, run.exitCode());
    assertTrue(run.err().startsWith("Missing a command: validate, flow or report"), run.err());
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "flow", "report"})
  void noFileIsBadUsage(String command) {
    CommandRun run = CommandRun.of(command);
    assertEquals(ExitCode.UNREADABLE, run.exitCode());
    assertTrue(run.err().startsWith("Missing required parameter: 'FILE|DIR'"), run.err());
  }

  @Test
  void anUnknownFormatIsBadUsage() {
    CommandRun run = CommandRun.of("validate", "--format", "xml", CommandRun.SEEDS);
    assertEquals(ExitCode.UNREADABLE, run.exitCode());
    assertTrue(run.err().startsWith("Invalid value for option '--format'"), run.err());
  }
}
