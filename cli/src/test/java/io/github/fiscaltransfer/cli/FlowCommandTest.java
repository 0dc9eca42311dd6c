package io.github.fiscaltransfer.cli;

import static io.github.fiscaltransfer.cli.CommandRun.seed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fiscaltransfer.document.NoticeDocument;
import io.github.fiscaltransfer.identifier.DocumentNumber;
import io.github.fiscaltransfer.jackson.FiscalTransferMappers;
import io.github.fiscaltransfer.notice.FundingSource;
import io.github.fiscaltransfer.notice.Grant;
import io.github.fiscaltransfer.notice.GrantAllocation;
import io.github.fiscaltransfer.notice.NoticeKind;
import io.github.fiscaltransfer.notice.TransferNotice;
import io.github.fiscaltransfer.unit.UnitRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlowCommandTest {

  @TempDir
  Path folder;

  @Test
  void theSeedsAreOrphansWithoutErrors() {
    CommandRun run = CommandRun.of("flow", CommandRun.SEEDS);
    assertEquals(ExitCode.CLEAN, run.exitCode(), run.err());
    // 307号 cites 财社〔2021〕156号 and 梁河县 cites 德财社〔2022〕11号; neither is a seed.
    assertTrue(run.out().contains("  粤财社〔2021〕307号 (广东省), cites [财社〔2021〕156号], not in the set"), run.out());
    assertTrue(run.out().contains("cites [德财社〔2022〕11号], not in the set"), run.out());
    assertTrue(run.out().contains("INFO chain.kin"), run.out());
    assertTrue(run.out().contains("INFO chain.evaluation-unchecked"), run.out());
  }

  @Test
  void oneNoticeIsCountedInTheSingular() {
    CommandRun run = CommandRun.of("flow", seed("000-guangdong-307.json"));
    assertTrue(run.out().startsWith("Fund flow (资金链) of 1 document: 1 notice, 0 links"), run.out());
  }

  @Test
  void aChildThatDiffersFromItsParentsLineIsAChainError() throws IOException {
    Path child = BrokenCopies.jiangmen3Citing307(folder);
    CommandRun run = CommandRun.of("flow", seed("000-guangdong-307.json"), child);
    assertEquals(ExitCode.FINDINGS, run.exitCode(), run.out());
    // 307号 gives 江门市 196万元 of the 2022 grant; 3号 states 194万元 for 2023.
    assertTrue(run.out().contains("粤财社〔2021〕307号 → 江财社〔2023〕3号 (江门市 196万元)"), run.out());
    assertTrue(run.out().contains("ERROR chain.amount"), run.out());
    assertTrue(run.out().contains("ERROR chain.fiscal-year"), run.out());
    // 3号's table gives out the 194万元 it states: one shortfall, reported once, as chain.amount (issue #31).
    assertFalse(run.out().contains("chain.subtotal"), "the shortfall is not reported again as a subtotal: " + run.out());
  }

  /**
   * Issue #32: the real 永财农〔2021〕471号 is paid out of 浙财农〔2020〕59号 (从《…》中支付), whose allocation table is an
   * attachment not supplied: the link is shown, and its amount reported as not checkable, never as an error.
   */
  @Test
  void aRealNoticeIsLinkedToTheParentItIsPaidFromWithoutATable() throws IOException {
    UnitRegistry units = UnitRegistry.builtIn();
    Grant grant = Grant.builder().name("省级巩固拓展扶贫成果(暂定)专项资金").fiscalYear(Year.of(2021))
        .fundingSource(FundingSource.PROVINCIAL).build();
    TransferNotice parent = TransferNotice.builder().number(DocumentNumber.parse("浙财农〔2020〕59号"))
        .issuer(units.byName("浙江省").orElseThrow()).issuingAuthority("浙江省财政厅").kind(NoticeKind.ADVANCE)
        .title("浙江省财政厅 浙江省扶贫办公室关于提前下达2021年部分省级巩固拓展扶贫成果(暂定)专项资金的通知")
        .addAllocations(GrantAllocation.builder().grant(grant).addTableAttachments("分配表").build()).build();
    Path json = folder.resolve("zhejiang-59.json");
    Files.writeString(json, FiscalTransferMappers.newMapper().writeValueAsString(NoticeDocument.of(parent, List.of())));
    CommandRun run = CommandRun.of("flow", json, RealNoticesCommandTest.NOTICES.resolve("yongjia-2021-rural-471.txt"));
    assertEquals(ExitCode.CLEAN, run.exitCode(), run.out() + run.err());
    assertTrue(run.out().lines().anyMatch(line -> line.endsWith("2 notices, 1 link")), run.out());
    assertTrue(run.out().contains("浙财农〔2020〕59号 → 永财农〔2021〕471号 (no line for 永嘉县: amount not checked)"),
        run.out());
    assertTrue(run.out().contains("INFO chain.unchecked"), run.out());
  }

  @Test
  void aDatedLinkShowsItsDaysAndTheDeadlineForTheChildsLevel() throws IOException {
    Path parent = BrokenCopies.guangdong(folder, "\"kind\": \"advance\",",
        "\"issueDate\": \"2022-12-21\", \"kind\": \"advance\",");
    CommandRun run = CommandRun.of("flow", parent, BrokenCopies.jiangmen3Citing307(folder));
    // 3号 is dated 2023-01-20: 30 days after 2022-12-21; the law sets no days for a city passing funds on.
    assertTrue(run.out().contains("粤财社〔2021〕307号 → 江财社〔2023〕3号 (江门市 196万元)  30 days; no deadline for a "
        + "地级市/州"), run.out());
  }

  @Test
  void twoDifferentNoticesWithOneNumberAreBadInput() throws IOException {
    Path copy = BrokenCopies.guangdong(folder, "\"figure\": \"357\"", "\"figure\": \"457\"");
    CommandRun run = CommandRun.of("flow", seed("000-guangdong-307.json"), copy);
    assertEquals(ExitCode.UNREADABLE, run.exitCode());
    assertEquals("error: Two notices of a fund flow have the number 粤财社〔2021〕307号", run.err().strip());
  }

  @Test
  void anUnreadableFileIsReportedAndTheRestLinked() throws IOException {
    Path empty = Files.writeString(folder.resolve("empty.json"), "");
    CommandRun run = CommandRun.of("flow", empty, seed("000-guangdong-307.json"));
    assertEquals(ExitCode.UNREADABLE, run.exitCode());
    assertTrue(run.err().startsWith("error: " + empty), run.err());
    assertTrue(run.out().contains("粤财社〔2021〕307号 (广东省)"), run.out());
  }

  @Test
  void seedTextsJoinTheFlowAndABudgetIsListedOutsideIt() {
    CommandRun run = CommandRun.of("flow", SourceCopies.text("002-jiangmen-16.txt"),
        SourceCopies.text("003-jiangmen-self-evaluation-2022.txt"),
        seed("004-shenzhen-healthcare-security-2022.json"));
    assertEquals(ExitCode.CLEAN, run.exitCode(), run.err());
    // 16号 (read from its text) confirms 1号–3号; 3号 cites 粤财社〔2022〕328号, not in the set.
    assertTrue(run.out().contains("  江财社〔2023〕3号 (江门市), cites [粤财社〔2022〕328号], not in the set"), run.out());
    assertTrue(run.out().contains("Not part of a fund flow (不属于资金链):\n  "
        + seed("004-shenzhen-healthcare-security-2022.json") + "  department budget (部门预算) 深圳市医疗保障局 2022 预算"),
        run.out());
    assertTrue(run.out().contains("INFO chain.evaluation-unchecked"), run.out());
  }

  @Test
  void aReadingErrorInATextSourceIsPrintedAndFailsTheFlow() throws IOException {
    // 3号's line for 市本级 prints 70.91; "70 91" may be one figure or two, so the reader does not read it.
    Path broken = SourceCopies.text(folder, "002-jiangmen-16.txt", "市本级\t70.91", "市本级\t70 91");
    CommandRun run = CommandRun.of("flow", broken);
    assertEquals(ExitCode.FINDINGS, run.exitCode(), run.out());
    assertTrue(run.out().contains("Reading the sources (读取):\n  " + broken + ": 1 error(s)"), run.out());
    assertTrue(run.out().contains("ERROR read.ambiguous at 江财社〔2023〕16号#/notice (line 222, column 7)"), run.out());
  }
}
