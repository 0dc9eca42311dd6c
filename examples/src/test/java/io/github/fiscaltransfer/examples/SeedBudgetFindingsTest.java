package io.github.fiscaltransfer.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.fiscaltransfer.budget.BudgetValidator;
import io.github.fiscaltransfer.budget.DepartmentBudget;
import io.github.fiscaltransfer.subject.SubjectCatalog;
import io.github.fiscaltransfer.subject.SubjectCode;
import io.github.fiscaltransfer.validation.Finding;
import io.github.fiscaltransfer.validation.ValidationReport;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every finding seed 004 produces, one by one, each explained from the document itself. */
class SeedBudgetFindingsTest {

  private static final DepartmentBudget SEED = SeedBudget.document();
  private static final ValidationReport REPORT = BudgetValidator.builtIn().validate(SEED);

  @Test
  void tableFindings() {
    List<String> findings = REPORT.findings().stream().filter(f -> !f.ruleId().startsWith("subject."))
        .map(SeedBudgetFindingsTest::brief).toList();
    assertEquals(List.of(
        // The seed text has no 表4 基本支出总表, although its table of contents lists (四) 基本支出总表.
        "WARNING budget.table-missing /basicExpenditure 表4 基本支出总表",
        // 表2: the office's headings add up to 14,346 + 1,429 + 1,136 = 16,911, printed 16,910.
        "WARNING budget.row-sum /revenue/rows/0/cells/total 16,911万元 16,910万元",
        // 表2: the centre's add up to 251,414 + 1,477 + 2,234 + 1,764 = 256,889, printed 256,890.
        "WARNING budget.row-sum /revenue/rows/1/cells/total 256,889万元 256,890万元",
        // 表3: the office's 9,986 + 6,925 = 16,911, printed 16,910; the text (第三部分) prints the same figures.
        "WARNING budget.row-sum /expenditure/rows/0/cells/total 16,911万元 16,910万元",
        // 表3: the centre's 6,283 + 250,606 = 256,889, printed 256,890.
        "WARNING budget.row-sum /expenditure/rows/1/cells/total 256,889万元 256,890万元",
        // 表7, office, 21015: its 项 9,042 + 2,810 + 317 = 12,169, printed 12,168 ...
        "WARNING budget.subject-sum /generalPublic/sections/0/rows/7/total 12,169万元 12,168万元",
        // ... in 项目支出: 2,370 + 2,810 + 317 = 5,497, printed 5,496 (its 基本支出 6,672 agrees).
        "WARNING budget.subject-sum /generalPublic/sections/0/rows/7/project 5,497万元 5,496万元",
        // 表11: the sixteen tasks' 总额 add up to 273,799, 金额合计 prints 273,800 (= 表1's 支出总计).
        "WARNING budget.task-sum /performance/totals/total 273,799万元 273,800万元",
        // 表11: their 财政拨款 add up to 270,136, printed 270,137 (= 表6's 支出总计).
        "WARNING budget.task-sum /performance/totals/fiscal 270,136万元 270,137万元",
        // 表6 prints 1,358 for 208, where 表7's units print 831 + 528 = 1,359 (表9 and 表10 have no 208).
        "WARNING budget.cross-subject /appropriations/expenditure/sections/0/rows/0/total 1,359万元 1,358万元",
        // The same difference on its 款 20805 (831 + 528) ...
        "WARNING budget.cross-subject /appropriations/expenditure/sections/0/rows/1/total 1,359万元 1,358万元",
        // ... and on its 项 2080505 (564 + 358 = 922, printed 921); 2080506 (267 + 170 = 437) agrees.
        "WARNING budget.cross-subject /appropriations/expenditure/sections/0/rows/2/total 922万元 921万元",
        // 210: 表7 prints 12,410 + 251,132 = 263,542, 表6 prints 263,543.
        "WARNING budget.cross-subject /appropriations/expenditure/sections/0/rows/4/total 263,542万元 263,543万元",
        // 21015: 表7 prints 12,168 + 11,634 = 23,802, 表6 prints 23,803 (表7's office 21015 is itself 1 short).
        "WARNING budget.cross-subject /appropriations/expenditure/sections/0/rows/13/total 23,802万元 23,803万元",
        // 表5 prints six of the centre's projects and no total: 247,424, where 表3's 项目支出 is 6,925 + 250,606
        // = 257,531 (the text: 涉及预算资金 257,531 万元); the office's projects and four of the centre's are missing.
        "WARNING budget.table-incomplete /projectExpenditure/total/total 257,531万元 247,424万元"), findings);
    assertFalse(REPORT.findings().stream().anyMatch(f -> f.severity().name().equals("ERROR")
        && !f.ruleId().startsWith("subject.")), "no sum or tie of seed 004 is wrong by more than rounding");
  }

  /**
   * Subjects are checked against the built-in 2022 catalog: every code the seed prints that the catalog lacks is a
   * subject.unknown error at the row that prints it, and nothing else is reported about subjects.
   */
  @Test
  void subjectFindings() {
    SubjectCatalog catalog = SubjectCatalog.builtIn(Year.of(2022));
    List<Finding> subjects = REPORT.findings().stream().filter(f -> f.ruleId().startsWith("subject.")).toList();
    subjects.forEach(f -> {
      assertEquals("subject.unknown", f.ruleId());
      assertFalse(catalog.contains(SubjectCode.of(f.actual().orElseThrow())), f.toString());
    });
    long printedUnknown = SEED.summary().orElseThrow().expenditure().sections().stream()
        .flatMap(s -> s.rows().stream()).filter(r -> !catalog.contains(r.subject().code())).count();
    assertEquals(printedUnknown, subjects.stream().filter(f -> f.pointer().toString().startsWith("/summary/")).count());
  }

  private static String brief(Finding finding) {
    return finding.severity() + " " + finding.ruleId() + " " + finding.pointer()
        + finding.expected().map(e -> " " + e).orElse("")
        + (finding.ruleId().equals("budget.table-missing") ? "" : finding.actual().map(a -> " " + a).orElse(""));
  }
}
