package io.github.fiscaltransfer.cli;

import static io.github.fiscaltransfer.cli.SourceCopies.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate} on published sources (seed texts, workbooks) and on department budgets. */
class ValidateSourcesCommandTest {

  private static final String JIANGMEN_16 = "002-jiangmen-16.txt";
  private static final String BUDGET = "004-shenzhen-healthcare-security-2022.json";
  /** The real 部门决算 PDFs and their extractions, shipped with the reader's tests. */
  private static final Path REAL = Path.of("..", "reader", "src", "test", "resources", "real");

  @TempDir
  Path folder;

  /** The section of the text output that holds the reading findings, up to the document's section. */
  private static String reading(CommandRun run) {
    String out = run.out();
    return out.substring(out.indexOf("reading the source (读取)"), out.indexOf("the document (文件审核)"));
  }

  private static String document(CommandRun run) {
    return run.out().substring(run.out().indexOf("the document (文件审核)"));
  }

  @Test
  void seedNoticeTextPrintsItsReadingApartFromItsDocument() {
    CommandRun run = CommandRun.of("validate", text(JIANGMEN_16));
    assertEquals(ExitCode.CLEAN, run.exitCode(), run.out() + run.err());
    assertTrue(run.out().contains(text(JIANGMEN_16) + "  notice (资金下达通知) 江财社〔2023〕16号:"), run.out());
    // Line 78 of the seed is the title of 1号's 绩效目标表, which the reader does not read.
    assertTrue(reading(run).contains("WARNING read.not-read at 江财社〔2023〕16号#/notice (line 78, column 1)"), run.out());
    assertTrue(document(run).startsWith("the document (文件审核): no findings"), run.out());
    assertEquals(ExitCode.FINDINGS, CommandRun.of("validate", "--strict", text(JIANGMEN_16)).exitCode(),
        "reading warnings count under --strict");
  }

  @Test
  void aWrongFigureInTheTextIsADocumentErrorNotAReadingOne() throws IOException {
    // 3号's line for 市本级 prints 70.91万元 and its 合计 194.00万元.
    Path broken = text(folder, JIANGMEN_16, "市本级\t70.91", "市本级\t71.91");
    CommandRun run = CommandRun.of("validate", broken);
    assertEquals(ExitCode.FINDINGS, run.exitCode(), run.out());
    assertTrue(document(run).contains("ERROR table.sum"), run.out());
    assertTrue(reading(run).startsWith("reading the source (读取): 0 error(s)"), run.out());
  }

  @Test
  void aFigureTheReaderCannotTellIsAReadingErrorAndFails() throws IOException {
    Path broken = text(folder, JIANGMEN_16, "市本级\t70.91", "市本级\t70 91");
    CommandRun run = CommandRun.of("validate", broken);
    assertEquals(ExitCode.FINDINGS, run.exitCode(), run.out());
    assertTrue(reading(run).contains("ERROR read.ambiguous at 江财社〔2023〕16号#/notice (line 222, column 7)"), run.out());
    assertTrue(document(run).contains("ERROR table.sum"), "the line left out no longer adds up: " + run.out());
  }

  @Test
  void seed000TextPrintsNoTitleSoNoNoticeIsRead() {
    CommandRun run = CommandRun.of("validate", text("000-guangdong-307.txt"));
    assertEquals(ExitCode.UNREADABLE, run.exitCode(), run.out());
    assertTrue(run.err().contains("no notice (资金下达通知) could be read: ERROR read.absent at /title"), run.err());
  }

  @Test
  void aSelfEvaluationIsToldByItsTitle() {
    CommandRun run = CommandRun.of("validate", text("003-jiangmen-self-evaluation-2022.txt"));
    assertEquals(ExitCode.CLEAN, run.exitCode(), run.out() + run.err());
    assertTrue(run.out().contains("self-evaluation (绩效自评报告) 绩效自评 2022 江门市"), run.out());
    // Line 291 of the seed is the page number "- 7 -".
    assertTrue(reading(run).contains("INFO read.page-furniture at 绩效自评 2022 江门市 中央财政医疗服务与保障能力提升补助资金"
        + "#/selfEvaluation (line 291, column 1)"), run.out());
    assertTrue(document(run).contains("INFO evaluation.grade-unverifiable"), run.out());
  }

  @Test
  void aBudgetTextIsReadAsABudget() {
    CommandRun run = CommandRun.of("validate", text("004-shenzhen-budget-2022.txt"));
    assertTrue(run.exitCode() == ExitCode.CLEAN || run.exitCode() == ExitCode.FINDINGS, run.err());
    assertTrue(run.out().contains("department budget (部门预算) 深圳市医疗保障局 2022 预算"), run.out());
    assertTrue(reading(run).contains("INFO read.page-furniture"), run.out());
    assertTrue(document(run).contains("budget.row-sum"), "the budget rules ran: " + run.out());
  }

  @Test
  void kindOverridesWhatTheTitleSays() {
    CommandRun run = CommandRun.of("validate", "--kind", "notice", text("004-shenzhen-budget-2022.txt"));
    assertEquals(ExitCode.UNREADABLE, run.exitCode(), run.out());
    assertTrue(run.err().contains("no notice (资金下达通知) could be read"), run.err());
    CommandRun wrong = CommandRun.of("validate", "--kind", "预算", text("004-shenzhen-budget-2022.txt"));
    assertEquals(ExitCode.UNREADABLE, wrong.exitCode());
    assertTrue(wrong.err().contains("--kind 预算: one of notice, self-evaluation, budget, final-accounts"), wrong.err());
  }

  @Test
  void everyRealFinalAccountsPdfAndTextIsReadAndValidated() {
    for (String name : List.of("shanghai-2024-final-accounts-template", "putuo-planning-resources-2024-final-accounts",
        "putuo-social-work-2024-final-accounts")) {
      for (String file : List.of(name + ".pdf", name + ".layout.txt", name + ".raw.txt")) {
        CommandRun run = CommandRun.of("validate", REAL.resolve(file));
        assertTrue(run.exitCode() == ExitCode.CLEAN || run.exitCode() == ExitCode.FINDINGS,
            file + ": " + run.out() + run.err());
        assertTrue(run.out().contains("final accounts (部门决算)"), run.out());
        if (name.startsWith("putuo") && !file.endsWith(".raw.txt")) {
          // read.kind, and the prose's thresholds (以上/以下) or rates read as no statement
          assertTrue(reading(run).startsWith("reading the source (读取): 0 error(s), 0 warning(s)"), run.out());
        }
      }
    }
  }

  @Test
  void aFilledFinalAccountsIsValidatedAsRead() {
    CommandRun run = CommandRun.of("validate", REAL.resolve("putuo-social-work-2024-final-accounts.pdf"));
    assertEquals(ExitCode.FINDINGS, run.exitCode(), run.out());
    // 302 商品和服务支出 prints 10.23 over 款 rows of 10.22, and 人员经费 95.36 + 公用经费 10.23 = 105.59 against the
    // 105.58 of 基本支出: both within rounding, as the typed JSON shows (RealFinalAccountsTest); the 情况说明 restates
    // that 105.58 (within rounding too), but prints 住房保障支出 29.42 as 9.55% of 307.82 (9.557…%, so 9.56%) and a
    // completion rate of 95.89% of a 年初预算 of 0万元 (RealFinalAccountsStatementsTest lists every statement).
    assertTrue(document(run).startsWith("the document (文件审核): 2 error(s), 3 warning(s)"), run.out());
    assertTrue(document(run).contains("WARNING budget.subject-sum at 中共上海市普陀区委社会工作部 2024 决算#/basicExpenditure/"
        + "sections/0/rows/27/total: expected 10.22万元, actual 10.23万元"), run.out());
    assertTrue(document(run).contains("ERROR statement.percent at 中共上海市普陀区委社会工作部 2024 决算#/statements/12 "
        + "(line 340, column 19): expected 9.56%, actual 9.55%"), run.out());
    assertTrue(document(run).contains("WARNING statement.figure at 中共上海市普陀区委社会工作部 2024 决算#/statements/34 "
        + "(line 383, column 15): expected 105.59万元, actual 105.58万元"), run.out());
    CommandRun template = CommandRun.of("validate", REAL.resolve("shanghai-2024-final-accounts-template.pdf"));
    assertTrue(document(template).contains("budget.table-missing at 上海市XX局 2024 决算#/summary"), template.out());
  }

  @Test
  void jsonOutputKeepsReadingFindingsApart() throws IOException {
    CommandRun run = CommandRun.of("validate", "--format", "json", text(JIANGMEN_16), CommandRun.seed(BUDGET));
    JsonNode files = JsonMapper.builder().build().readTree(run.out()).path("files");
    assertEquals("notice", files.path(0).path("kind").asText());
    assertEquals("read.not-read", files.path(0).path("reading").path(0).path("rule").asText());
    assertEquals(0, files.path(0).path("findings").size());
    assertEquals("department_budget", files.path(1).path("kind").asText());
    assertFalse(files.path(1).has("reading"), "a JSON document has no reading findings");
  }

  @Test
  void aWorkbookIsReadForTheIssuerGiven() throws IOException {
    for (String name : new String[] {"3.xlsx", "3.xls"}) {
      Path book = SourceCopies.jiangmen3(folder.resolve(name), 194.00);
      CommandRun run = CommandRun.of("validate", "--issuer", "江门市", book);
      assertEquals(ExitCode.CLEAN, run.exitCode(), run.out() + run.err());
      assertTrue(run.out().contains(book + "  allocation table (分配表) " + name + ":"), run.out());
      assertTrue(reading(run).startsWith("reading the source (读取): no findings"), run.out());
      assertTrue(document(run).startsWith("the document (文件审核): no findings"), run.out());
    }
  }

  @Test
  void aWorkbookWhoseTotalDiffersIsAnError() throws IOException {
    Path book = SourceCopies.jiangmen3(folder.resolve("3.xlsx"), 195.00);
    CommandRun run = CommandRun.of("validate", "--issuer", "江门市", book);
    assertEquals(ExitCode.FINDINGS, run.exitCode(), run.out());
    assertTrue(document(run).contains("ERROR table.sum"), run.out());
    assertTrue(document(run).contains("195.00万元"), "the total as the sheet prints it: " + run.out());
  }

  @Test
  void aWorkbookNeedsAKnownIssuer() throws IOException {
    Path book = SourceCopies.jiangmen3(folder.resolve("3.xlsx"), 194.00);
    CommandRun none = CommandRun.of("validate", book);
    assertEquals(ExitCode.UNREADABLE, none.exitCode());
    assertTrue(none.err().contains("An .xlsx/.xls allocation table needs --issuer NAME"), none.err());
    CommandRun unknown = CommandRun.of("validate", "--issuer", "江门县", book);
    assertEquals(ExitCode.UNREADABLE, unknown.exitCode());
    assertTrue(unknown.err().contains("--issuer 江门县: no unit of that name"), unknown.err());
  }

  @Test
  void aFileThatIsNoWorkbookIsUnreadable() throws IOException {
    Path fake = Files.writeString(folder.resolve("3.xlsx"), "not a workbook", StandardCharsets.UTF_8);
    CommandRun run = CommandRun.of("validate", "--issuer", "江门市", fake);
    assertEquals(ExitCode.UNREADABLE, run.exitCode());
    assertTrue(run.err().startsWith("error: " + fake + ": "), run.err());
  }

  @Test
  void theBudgetSeedIsCheckedByTheBudgetRules() {
    CommandRun run = CommandRun.of("validate", CommandRun.seed(BUDGET));
    // Seed 004's differences are all within the rounding envelope (尾数误差): warnings, so the exit code is clean
    // unless --strict.
    assertEquals(ExitCode.CLEAN, run.exitCode(), run.out());
    assertEquals(ExitCode.FINDINGS, CommandRun.of("validate", "--strict", CommandRun.seed(BUDGET))
        .exitCode());
    assertTrue(run.out().contains("深圳市医疗保障局 2022 预算: "), run.out());
    // 表2 收入总表 prints 16,910万元 as 深圳市医疗保障局's 收入总计; its printed parts add up to 16,911万元.
    assertTrue(run.out().contains("WARNING budget.row-sum at 深圳市医疗保障局 2022 预算#/revenue/rows/0/cells/total: "
        + "expected 16,911万元, actual 16,910万元"), run.out());
  }

  @Test
  void aBudgetWithoutItsDepartmentIsUnreadable() throws IOException {
    String json = Files.readString(CommandRun.seed(BUDGET), StandardCharsets.UTF_8);
    Path broken = Files.writeString(folder.resolve(BUDGET),
        json.replace("\"department\": \"深圳市医疗保障局\"", "\"department\": \" \""), StandardCharsets.UTF_8);
    CommandRun run = CommandRun.of("validate", broken);
    assertEquals(ExitCode.UNREADABLE, run.exitCode(), run.out());
    assertTrue(run.err().contains("A department budget must name its department (2022)"), run.err());
  }
}
