package io.github.fiscaltransfer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate notice.txt --attachment table.xlsx}: a notice whose table is a separate file, checked as one. */
class AttachmentCommandTest {

  /** 江财社〔2023〕3号's body as a web page prints it, its 附件1 a separate file (194万元, seed 002). */
  private static final String NOTICE = """
      江财社〔2023〕3号
      关于预下达2023年中央财政医疗服务与保障能力提升补助资金的通知
      各县（市、区）财政局：
      现预下达2023年中央财政医疗服务与保障能力提升补助资金共%s万元（详见附件1），支出功能科目列“21015 医疗保障管理事务”。
      附件：1.预下达2023年中央财政医疗服务与保障能力提升补助资金表
      江门市财政局
      2023年1月20日
      """;

  @TempDir
  Path folder;

  private Path notice(String total) throws IOException {
    return Files.writeString(folder.resolve("3号.txt"), NOTICE.formatted(total), StandardCharsets.UTF_8);
  }

  @Test
  void theAttachedTableIsCheckedAgainstTheBodysTotal() throws IOException {
    Path table = SourceCopies.jiangmen3(folder.resolve("附件1.xlsx"), 194.00);
    CommandRun run = CommandRun.of("validate", notice("194"), "--attachment", table);
    assertFalse(run.out().contains("notice.total"), run.out());
    assertFalse(run.out().contains("notice.unchecked"), run.out());
    assertTrue(run.out().contains("江财社〔2023〕3号"), run.out());
  }

  @Test
  void aTableThatDiffersFromTheBodyIsAnError() throws IOException {
    Path table = SourceCopies.jiangmen3(folder.resolve("附件1.xlsx"), 194.00);
    CommandRun run = CommandRun.of("validate", notice("195"), "--attachment", table);
    assertEquals(ExitCode.FINDINGS, run.exitCode(), run.out() + run.err());
    assertTrue(run.out().contains("notice.total"), run.out());
  }

  @Test
  void withoutTheAttachmentTheTableIsReportedUnchecked() throws IOException {
    CommandRun run = CommandRun.of("validate", notice("194"));
    assertTrue(run.out().contains("notice.unchecked"), run.out());
  }
}
