package io.github.fiscaltransfer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** {@code validate} on the five real notices of the reader's fixtures: each reads, none is refused (exit 2). */
class RealNoticesCommandTest {

  static final Path NOTICES = Path.of("..", "reader", "src", "test", "resources", "real", "notices");

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "guangdong-2020-sports-61.txt, 粤财科教〔2020〕61号, 0",
      "hunan-2017-supply-chain-176.txt, 湘财建指〔2017〕176号, 0",
      "changsha-2018-afforestation-10.txt, 长财农指〔2018〕10号, 0",
      "hunan-2017-forest-roads-7.txt, 湘财建指〔2017〕7号, 0",
      "yongjia-2021-rural-471.txt, 永财农〔2021〕471号, 0"})
  void readsEveryRealNotice(String file, String number, int exitCode) {
    CommandRun run = CommandRun.of("validate", NOTICES.resolve(file));
    assertEquals(exitCode, run.exitCode(), run.out() + run.err());
    assertTrue(run.out().contains(number), run.out());
    assertTrue(run.out().contains("read.kind"), run.out());
  }

  @Test
  void aNoticeNamingDepartmentBudgetSubjectsIsANotice() {
    CommandRun run = CommandRun.of("validate", NOTICES.resolve("changsha-2018-afforestation-10.txt"));
    assertTrue(run.out().contains("read as a notice (资金下达通知): its title names a 通知 or prints a 发文字号"), run.out());
  }

  @Test
  void kindOverridesTheDecision() {
    CommandRun run = CommandRun.of("validate", "--kind", "budget",
        NOTICES.resolve("changsha-2018-afforestation-10.txt"));
    assertEquals(ExitCode.UNREADABLE, run.exitCode());
    assertTrue(run.err().contains("no department budget (部门预算) could be read"), run.err());
  }
}
