package io.github.fiscaltransfer.examples;

import static io.github.fiscaltransfer.budget.ExpenditureColumn.BASIC;
import static io.github.fiscaltransfer.budget.ExpenditureColumn.PROJECT;
import static io.github.fiscaltransfer.budget.ExpenditureColumn.TOTAL;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.fiscaltransfer.budget.BudgetKind;
import io.github.fiscaltransfer.budget.BudgetValidator;
import io.github.fiscaltransfer.budget.Cells;
import io.github.fiscaltransfer.budget.DepartmentBudget;
import io.github.fiscaltransfer.budget.ExpenditureColumn;
import io.github.fiscaltransfer.budget.SubjectRow;
import io.github.fiscaltransfer.budget.SubjectSection;
import io.github.fiscaltransfer.budget.SubjectTable;
import io.github.fiscaltransfer.budget.TableFormat;
import io.github.fiscaltransfer.subject.Subject;
import io.github.fiscaltransfer.validation.Finding;
import io.github.fiscaltransfer.validation.ValidationReport;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's department budget example, compiled and run as printed there. */
class ReadmeBudgetTest {

  @Test
  void readmeExample() {
    // --- README: begin (keep in step with "Department budgets" in README.md)
    TableFormat wan = TableFormat.WHOLE_WAN_YUAN;                          // 单位：万元, whole figures
    List<ExpenditureColumn> columns = List.of(TOTAL, BASIC, PROJECT);      // 支出总计, 基本支出, 项目支出
    SubjectTable<ExpenditureColumn> general = SubjectTable.of(wan, Cells.parse(wan, columns, "12,168", "6,672", "5,496"), List.of(
        SubjectSection.of("深圳市医疗保障局", Cells.parse(wan, columns, "12,168", "6,672", "5,496"), List.of(
            SubjectRow.of(Subject.parse("210 卫生健康支出"), Cells.parse(wan, columns, "12,168", "6,672", "5,496")),
            SubjectRow.of(Subject.parse("21015 医疗保障管理事务"), Cells.parse(wan, columns, "12,168", "6,672", "5,496")),
            SubjectRow.of(Subject.parse("2101501 行政运行"), Cells.parse(wan, columns, "9,042", "6,672", "2,370")),
            SubjectRow.of(Subject.parse("2101505 医疗保障政策管理"), Cells.parse(wan, columns, "2,810", "0", "2,810")),
            SubjectRow.of(Subject.parse("2101599 其他医疗保障管理事务支出"), Cells.parse(wan, columns, "317", "0", "317"))))));
    DepartmentBudget budget = DepartmentBudget.builder()
        .year(Year.of(2022)).kind(BudgetKind.BUDGET).department("深圳市医疗保障局").addUnits("深圳市医疗保障局")
        .generalPublic(general)                                            // 表7; the other tables are missing
        .build();
    ValidationReport report = BudgetValidator.builtIn().validate(budget);
    report.findings("budget.subject-sum").forEach(System.out::println);
    // WARNING budget.subject-sum at 深圳市医疗保障局 2022 预算#/generalPublic/sections/0/rows/1/total:
    //   expected 12,169万元, actual 12,168万元
    //   — 表7 …, 深圳市医疗保障局, 21015 医疗保障管理事务, 支出总计: its 项 rows add up to 12,169万元 but 12,168万元
    //   is printed (difference -1万元); within the ±2万元 that rounding (四舍五入) 4 printed figures allows (尾数误差)
    // WARNING budget.subject-sum at 深圳市医疗保障局 2022 预算#/generalPublic/sections/0/rows/1/project:
    //   expected 5,497万元, actual 5,496万元 — … 项目支出: its 项 rows add up to 5,497万元 but 5,496万元 is printed …
    // --- README: end
    List<Finding> sums = report.findings("budget.subject-sum");
    assertEquals(List.of("/generalPublic/sections/0/rows/1/total", "/generalPublic/sections/0/rows/1/project"),
        sums.stream().map(f -> f.pointer().toString()).toList());
    assertEquals("WARNING budget.subject-sum at 深圳市医疗保障局 2022 预算#/generalPublic/sections/0/rows/1/total: "
        + "expected 12,169万元, actual 12,168万元 — 表7 一般公共预算支出表（按功能分类）, 深圳市医疗保障局, 21015 医疗保障管理事务, 支出总计: its 项 "
        + "rows add up to 12,169万元 but 12,168万元 is printed (difference -1万元); within the ±2万元 that rounding "
        + "(四舍五入) 4 printed figures allows (尾数误差)", sums.get(0).toString());
    assertEquals(10, report.findings("budget.table-missing").size());
  }
}
