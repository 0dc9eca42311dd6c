package io.github.fiscaltransfer.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fiscaltransfer.budget.BudgetValidator;
import io.github.fiscaltransfer.budget.FinalAccountsValidator;
import io.github.fiscaltransfer.document.NoticeDocument;
import io.github.fiscaltransfer.notice.NoticeValidator;
import io.github.fiscaltransfer.statement.StatementVerdict;
import io.github.fiscaltransfer.validation.Finding;
import io.github.fiscaltransfer.validation.Messages;
import io.github.fiscaltransfer.validation.ValidationReport;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The seed documents' and the real 决算's findings in English and Chinese: every one has a template in both
 * languages naming only arguments it carries, and a few read, figure for figure, as a budget officer writes them.
 */
class SeedFindingMessagesTest {

  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

  private static List<Finding> all() throws IOException {
    List<NoticeDocument> documents = SeedDocuments.load();
    List<Finding> findings = new ArrayList<>();
    documents.forEach(d -> findings.addAll(d.validate().findings()));
    SeedFlow flow = SeedFlow.of(documents);
    findings.addAll(flow.chain().findings());
    flow.evaluations().forEach(r -> findings.addAll(r.findings()));
    findings.addAll(NoticeValidator.builtIn().validate(BrokenNotice.of(SeedNotices.guangdong307())).findings());
    findings.addAll(BudgetValidator.builtIn().validate(SeedBudget.document()).findings());
    SeedBudgetStatements.verdicts().stream().map(StatementVerdict::findings).forEach(findings::addAll);
    for (var accounts : RealFinalAccounts.load()) {
      findings.addAll(FinalAccountsValidator.builtIn().validate(accounts).findings());
    }
    return findings;
  }

  @Test
  void everyFindingOfTheSeedsAndTheRealDocumentsSpeaksBothLanguages() throws IOException {
    List<Finding> findings = all();
    assertTrue(findings.size() > 100, () -> findings.size() + " findings");
    List<String> gaps = new ArrayList<>();
    for (Finding finding : findings) {
      gaps.addAll(Messages.gaps(finding, Locale.ENGLISH));
      gaps.addAll(Messages.gaps(finding, ZH));
    }
    assertEquals(List.of(), gaps);
  }

  /** Seed 004, 表7, the office's 21015: its 项 9,042 + 2,810 + 317 = 12,169, printed 12,168. */
  @Test
  void theOfficesMedicalSecurityRowInChinese() {
    ValidationReport report = BudgetValidator.builtIn().validate(SeedBudget.document());
    Finding row = report.findings().stream()
        .filter(f -> f.pointer().toString().equals("/generalPublic/sections/0/rows/7/total")).findFirst()
        .orElseThrow();
    assertEquals("表7 一般公共预算支出表（按功能分类）, 深圳市医疗保障局, 21015 医疗保障管理事务, 支出总计：其下各项合计 "
        + "12,169万元，表中列示 12,168万元，相差 1万元，在四舍五入允许的尾数误差（±2万元，4 个列示数）以内", row.message(ZH));
    assertEquals(row.message(), row.message(Locale.ENGLISH));
    assertTrue(row.message().startsWith("表7 一般公共预算支出表（按功能分类）, 深圳市医疗保障局, 21015 医疗保障管理事务"),
        row::message);
  }

  /** Seed 001 (梁河县): the performance target table left as its template (目标1：, ≥**次). */
  @Test
  void theTemplateTextOfLiangheInChinese() throws IOException {
    ValidationReport report = SeedDocuments.load().get(1).validate();
    assertEquals("年度目标仍是模板文字，没有填写实际目标：目标1：",
        report.findings("goal.placeholder").get(0).message(ZH));
    assertEquals("指标“召开医保工作新闻发布会、政策吹风会次数”的指标值仍是未填写的模板：≥**次",
        report.findings("target.placeholder").get(0).message(ZH));
    assertEquals("The goal is template text, not a goal: 目标1：", report.findings("goal.placeholder").get(0).message());
  }

  /** Seed 004 has no 表4 基本支出总表, although its table of contents lists it. */
  @Test
  void theMissingTableInChinese() {
    Finding missing = BudgetValidator.builtIn().validate(SeedBudget.document()).findings("budget.table-missing")
        .get(0);
    assertEquals("文件中没有表4 基本支出总表，与该表有关的合计和勾稽关系未核对", missing.message(ZH));
    assertEquals("警告 budget.table-missing（深圳市医疗保障局 2022 预算#/basicExpenditure）：文件中没有表4 基本支出总表，"
        + "与该表有关的合计和勾稽关系未核对", missing.line(ZH));
  }
}
